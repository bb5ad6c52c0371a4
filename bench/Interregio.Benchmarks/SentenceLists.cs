namespace Interregio.Benchmarks;

/// <summary>
/// Sentences in the genre, written for these benchmarks: each list is what its recogniser meets in a report,
/// mostly sentences that hold a match and some that only look as if they might (numbers that are years, counts,
/// percentages), because the recogniser pays for both.
/// </summary>
public static class SentenceLists
{
    public static readonly string[] MoneyEn =
    [
        "Trade between Belarus and Penza Oblast reached $152 million in 2024, up 10% over 2023.",
        "In January-May 2025, the turnover came to nearly $1 billion, the embassy said.",
        "Belarusian exports to the region amounted to US$1.2 billion, and imports to USD 320 million.",
        "The figure stood at $82 mln in the first quarter, compared with $75 mln a year earlier.",
        "The region bought 152 million US dollars worth of tractors, trucks and buses.",
        "For the whole of 2021, the trade exceeded USD 3.2bn for the first time.",
        "Over the nine months, exports came to more than $1.1 billion and imports to approximately $510 million.",
        "The plant employs 2,400 people and produced 1,850 combine harvesters last year.",
        "Some 14 branded stores sell Belarusian dairy products in Samara and Tolyatti.",
        "The trade surplus was close to $96.4 million in 2023.",
        "The delegation visited 12 enterprises in three days.",
        "Kaluga Oblast and Belarus traded goods worth some $700 million in 2020-2021.",
    ];

    public static readonly string[] MoneyRu =
    [
        "Товарооборот Беларуси с Пензенской областью составил 68,4 млн долларов, увеличившись на 7,5%.",
        "По итогам января-мая 2025 года товарооборот превысил 91 млн долларов.",
        "Белорусский экспорт составил почти 1 млрд долларов, импорт — около 320 млн долл. США.",
        "Стороны намерены выйти на товарооборот в $1,5 млрд к 2030 году.",
        "Объем взаимной торговли в прошлом году достиг 4,5 млрд рублей.",
        "В 2023 году этот показатель был на уровне 152 млн долларов США.",
        "Предприятие выпустило 1850 зерноуборочных комбайнов и 2400 тракторов.",
        "В регионе работают 14 фирменных магазинов белорусской продукции.",
        "Сальдо торговли сложилось положительное — 96,4 млн долларов.",
        "За девять месяцев экспорт составил более 1,1 млрд долларов, импорт — порядка 510 млн долларов.",
        "Инвестиции белорусских компаний превысили 320 тыс. долларов.",
        "Делегация посетила 12 предприятий за три дня.",
    ];

    public static readonly string[] PeriodEn =
    [
        "Trade between Belarus and Tver Oblast reached $412 million in 2024.",
        "In January-May 2025, the turnover came to nearly $1 billion.",
        "In the first half of 2024, exports grew by 12%.",
        "The figure for Q1 2025 was $82 million, and for the first quarter of 2024 it was $75 million.",
        "Over the nine months of 2024, trade rose by 9%.",
        "In eleven months of 2023, Belarusian exports came to $1.1 billion.",
        "Last year, it amounted to $347 million, and this year the sides expect more.",
        "In 2020-2021, the region bought some $700 million worth of Belarusian goods.",
        "In 2020 and 2021, trade stayed at about the same level as in the previous year.",
        "In January through May, imports from the region grew faster than exports.",
        "The sides aim to reach $1 billion by 2030.",
        "The plant employs 2,400 people and has 14 stores in the region.",
    ];

    public static readonly string[] PeriodRu =
    [
        "Товарооборот Беларуси с Тверской областью в 2024 году составил 412 млн долларов.",
        "За январь-май 2025 года товарооборот превысил 91 млн долларов.",
        "В первом полугодии 2024 года экспорт вырос на 12%.",
        "В I квартале 2025 года показатель составил 82 млн долларов.",
        "За девять месяцев 2024 года товарооборот вырос на 9%.",
        "За одиннадцать месяцев 2023 года экспорт составил 1,1 млрд долларов.",
        "В прошлом году он составил 347 млн долларов.",
        "В 2020-2021 годах регион закупил белорусских товаров примерно на 700 млн долларов.",
        "По итогам 2022 года товарооборот превысил 309 млн долларов.",
        "В январе-сентябре импорт из региона рос быстрее экспорта.",
        "Стороны намерены выйти на товарооборот в $1,5 млрд к 2030 году.",
        "На предприятии работают 2400 человек.",
    ];

    public static readonly string[] GrowthEn =
    [
        "Trade reached $152 million in 2024, up 10% over 2023.",
        "Exports grew by 10.5 per cent, and imports fell by 5%.",
        "The turnover was $82 million, a 10% increase year-on-year.",
        "Imports from the region were down 5% compared with 2022.",
        "Over the nine months, trade grew 1.5 times.",
        "Supplies of dairy products doubled, and supplies of machinery tripled.",
        "In 2023, it was $309 million, an increase of 14.2%.",
        "Belarusian exports came to $290 million, 8% more than a year earlier.",
        "The region's population is about 1.2 million people.",
        "The company has been working in the region since 2015.",
        "Trade decreased by 3.4 per cent in January-February.",
        "The share of machinery in exports is about 40%.",
    ];

    public static readonly string[] GrowthRu =
    [
        "Товарооборот составил 68,4 млн долларов, увеличившись на 7,5%.",
        "Рост на 10,5% обеспечили поставки техники.",
        "Импорт снизился на 5% по сравнению с 2022 годом.",
        "За девять месяцев товарооборот вырос в 1,5 раза.",
        "Поставки молочной продукции выросли вдвое.",
        "Экспорт составил 290 млн долларов, что на 8% больше, чем годом ранее.",
        "Объем взаимной торговли снизился на 3,4%.",
        "Население региона — около 1,2 млн человек.",
        "Предприятие работает в регионе с 2015 года.",
        "Доля техники в экспорте составляет около 40%.",
        "Прирост к уровню 2023 года — 12,4%.",
        "В 2023 году товарооборот составил 309 млн долларов, рост составил 14,2%.",
    ];

    public static readonly string[] PlaceEn =
    [
        "Trade between Belarus and Penza Oblast reached $152 million in 2024.",
        "The Penza region and Mogilev Oblast signed a cooperation programme.",
        "Tatarstan and the Republic of Bashkortostan are among Belarus's main partners in the Volga region.",
        "The delegation travelled from St. Petersburg to Saint Petersburg's port and then to Moscow Oblast.",
        "Bashkiria buys Belarusian tractors, and Moscow ships pharmaceuticals to Minsk.",
        "Trade between Belarus and Russia as a whole reached $50.2 billion.",
        "The Russian region is the third largest partner of Vitebsk Oblast.",
        "Stores in Tver and Vyazma sell Belarusian footwear.",
        "Governor of Samara Oblast Vyacheslav Fedorishchev arrived in Gomel.",
        "The Kuban region and Krasnodar Krai are the same partner under two names.",
        "Exports to the oblast grew by 12%.",
        "The forum was held in Kazan and Ufa.",
    ];

    public static readonly string[] PlaceRu =
    [
        "Товарооборот Беларуси с Пензенской областью составил 68,4 млн долларов.",
        "Пензенская область и Могилевская область подписали программу сотрудничества.",
        "Республика Татарстан и Республика Башкортостан входят в число главных партнеров Беларуси.",
        "Делегация Гомельской области посетила Санкт-Петербург и Москву.",
        "Товарооборот Беларуси и России в целом составил 50,2 млрд долларов.",
        "Губернатор Калужской области провел переговоры в Минске.",
        "С Пензенским регионом Беларусь связывают давние партнерские отношения.",
        "Белорусскую обувь продают в Твери и Вязьме.",
        "Краснодарский край закупает белорусские тракторы.",
        "Экспорт в область вырос на 12%.",
        "Форум прошел в Казани и Уфе.",
        "Витебская область поставляет в Смоленскую область льноволокно.",
    ];

    public static readonly string[] PersonEn =
    [
        "Penza Oblast Governor Oleg Melnichenko met with the Belarusian ambassador.",
        "Governor of Samara Oblast Vyacheslav Fedorishchev held talks in Minsk.",
        "Head of Tatarstan Rustam Minnikhanov and Aleksandr Lukashenko discussed machine building.",
        "President of Belarus Alexander Lukashenko met with Governor of Kaluga Oblast Vladislav Shapsha.",
        "Chairman of the Gomel Oblast Executive Committee Ivan Krupko visited Bryansk.",
        "Prime Minister of Belarus Roman Golovchenko signed the roadmap.",
        "Pavel Kulagin, Governor of Ulyanovsk Oblast, said the region was ready to assemble buses.",
        "The governor noted that trade had grown by 12%.",
        "Rais of the Republic of Tatarstan Rustam Minnikhanov arrived in Minsk on 12 March.",
        "The talks were attended by the heads of 14 enterprises.",
        "Belarusian President Aleksandr Lukashenko received the delegation.",
        "Ambassador Dmitry Krutoi opened the exhibition in Ufa.",
    ];

    public static readonly string[] PersonRu =
    [
        "Губернатор Пензенской области Олег Мельниченко встретился с послом Беларуси.",
        "Президент Беларуси Александр Лукашенко встретился с губернатором Калужской области Владиславом Шапшой.",
        "Глава Татарстана Рустам Минниханов провел переговоры в Минске.",
        "Председатель Гомельского облисполкома Иван Крупко посетил Брянск.",
        "Премьер-министр Беларуси Роман Головченко подписал дорожную карту.",
        "Губернатор отметил, что товарооборот вырос на 12%.",
        "Павел Кулагин, губернатор Ульяновской области, заявил о готовности собирать автобусы.",
        "В переговорах участвовали руководители 14 предприятий.",
        "Белорусский лидер принял делегацию 12 марта.",
        "С губернатором Самарской области Вячеславом Федорищевым обсудили поставки техники.",
        "Посол Беларуси Дмитрий Крутой открыл выставку в Уфе.",
        "Раис Республики Татарстан Рустам Минниханов прибыл в Минск.",
    ];
}
