namespace Interregio.Bench.EndToEnd;

/// <summary>
/// Russian agency-style articles, the counterpart of <see cref="EnglishArticleWriter"/>: decimal commas, «млн»,
/// «млрд», «тыс.», «долл. США», rouble amounts, qualifiers (более, свыше, почти, около, порядка), periods in
/// their case forms (за январь-май, в первом полугодии, за девять месяцев), growth (на 10%, в 1,5 раза, вдвое),
/// regions and people in oblique cases, targets that are not trade, and a currency ticker. Written for this benchmark.
/// </summary>
internal sealed class RussianArticleWriter(Random rng, IReadOnlyList<RussianRegionForms> partners, IReadOnlyList<RussianRegionForms> oblasts) : ArticleWriter(rng)
{
    private static readonly string[] MonthsNominative =
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    private static readonly string[] MonthsGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    private static readonly string[] MonthsPrepositional =
        ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"];

    private static readonly string[] Navigation =
    [
        "Главная | Политика | Экономика | Общество | Регионы | Союзное государство | Спорт | Фото",
        "Новости | Экономика | Регионы | Интервью | Видео | Контакты",
        "Меню  Поиск  RU  EN  BY",
        "Экономика > Регионы > Сотрудничество",
    ];

    private static readonly string[] Qualifiers = ["", "", "", "более ", "свыше ", "почти ", "около ", "порядка ", "менее ", "примерно ", "почти "];

    private static readonly string[] Sources =
    [
        "сообщили в посольстве Беларуси", "сообщили в министерстве экономического развития региона", "отметили в пресс-службе губернатора",
        "по данным таможенной статистики", "сообщили в торговом представительстве", "рассказали в торгово-промышленной палате",
    ];

    private static readonly string[] Sectors =
    [
        "сельском хозяйстве", "машиностроении", "лесной промышленности", "образовании", "здравоохранении", "туризме", "строительстве",
        "фармацевтике", "пищевой промышленности", "логистике", "энергетике", "молодежной политике",
    ];

    private static readonly string[] Enterprises =
    [
        "ОАО «МАЗ»", "ОАО «БЕЛАЗ»", "Минский тракторный завод", "ОАО «Гомсельмаш»", "ОАО «Амкодор»", "ОАО «Белшина»",
        "ОАО «Могилевлифтмаш»", "ОАО «Бобруйскагромаш»", "ОАО «Савушкин продукт»", "СООО «Санта Бремор»", "ОАО «Гродно Азот»",
    ];

    private static readonly string[] Products =
    [
        "молочную продукцию", "сливочное масло", "сыры", "сухое молоко", "мясо", "колбасные изделия", "сахар", "тракторы",
        "зерноуборочные комбайны", "карьерные самосвалы", "лифты", "шины", "мебель", "обувь", "трикотаж", "калийные удобрения",
        "автобусы", "троллейбусы", "дорожную технику", "льноволокно", "пиломатериалы", "металлопрокат", "лекарства", "кондитерские изделия",
    ];

    private static readonly string[] Quotes =
    [
        "Мы видим большой потенциал в промышленной кооперации и хотим, чтобы наши предприятия вместе выпускали новую продукцию",
        "Белорусская техника хорошо зарекомендовала себя на наших полях, аграрии просят еще",
        "Наша задача на ближайшие годы — наполнить дорожную карту конкретными проектами",
        "Регион открыт для белорусских инвесторов и готов предложить площадки и инфраструктуру",
        "Товарооборот растет, но мы можем гораздо больше, если логистика не будет отставать",
    ];

    private RussianRegionForms _partner = null!;
    private RussianRegionForms _oblast = null!;
    private RussianPerson _governor = null!;
    private int _year;
    private int _articleYear;

    public override string Write(int index)
    {
        _partner = Pick(partners);
        _oblast = Pick(oblasts);
        _governor = RussianPeople.Pick(Rng);
        _year = Between(2018, 2025);
        _articleYear = Chance(0.6) ? _year : Math.Min(_year + 1, 2026);

        var header = new List<string>();
        if (Chance(0.8))
            header.Add(Pick(Navigation));
        if (Chance(0.7))
            header.Add(Ticker());
        var body = new List<string>();
        var paragraphs = Between(6, 12);
        for (var i = 0; i < paragraphs; i++)
            body.Add(Paragraph(i));
        var footer = new List<string>();
        if (Chance(0.6))
            footer.Add($"Теги: Беларусь, Россия, {_partner.Nominative}, регионы, торговля");
        if (Chance(0.6))
        {
            footer.Add("Читайте также:");
            for (var i = Between(2, 5); i > 0; i--)
                footer.Add(Headline());
        }
        if (Chance(0.3))
            footer.Add(Ticker());
        return Layout(header, Headline(), Dateline() + TradeSentence(), body, footer);
    }

    private string Paragraph(int i) => (i == 0 ? 0 : Rng.Next(10)) switch
    {
        0 or 1 => TradeSentence() + " " + FlowSentence(),
        2 => PronounSentence(),
        3 => Distractor() + " " + Distractor(),
        4 => Meeting(),
        5 => EnterpriseSentence() + " " + EnterpriseSentence(),
        6 => Quote(),
        7 => OblastSentence(),
        8 => Filler(),
        _ => TradeSentence(),
    };

    private string Ticker() =>
        $"USD {Decimal1Comma4(2.4 + Rng.NextDouble() * 0.9)} | EUR {Decimal1Comma4(2.6 + Rng.NextDouble() * 0.9)} | RUB (100) {Decimal1Comma4(3.5 + Rng.NextDouble())}";

    private static string Decimal1Comma4(double v) => v.ToString("0.0000", Invariant).Replace('.', ',');

    private string Headline() => Rng.Next(5) switch
    {
        0 => $"Беларусь и {_partner.Nominative} обсудили сотрудничество в {Pick(Sectors)}",
        1 => $"Делегация {_oblast.Genitive} посетила {Pick(partners).Nominative}",
        2 => $"Товарооборот с {Pick(partners).Instrumental} вырос на {Between(3, 40)}% в {_year} году",
        3 => $"Белорусские предприятия наращивают поставки в {Pick(partners).Nominative}",
        _ => $"С {_partner.Instrumental} подписана дорожная карта на {_year}-{_year + 2} годы",
    };

    private string Dateline()
    {
        var month = Between(1, 12);
        var day = Between(1, 28);
        return Rng.Next(3) switch
        {
            0 => $"МИНСК, {day} {MonthsGenitive[month - 1]} (БЕЛТА) – ",
            1 => $"МОСКВА, {day} {MonthsGenitive[month - 1]} {_articleYear} (ТАСС) — ",
            _ => $"Минск, {day:00}.{month:00}.{_articleYear} – ",
        };
    }

    private string Money()
    {
        var roll = Rng.Next(12);
        if (roll < 7)
        {
            var m = Chance(0.5) ? Between(5, 990).ToString(Invariant) : Decimal1Comma(5 + Rng.NextDouble() * 900);
            return Rng.Next(5) switch
            {
                0 => $"{m} млн долларов",
                1 => $"${m} млн",
                2 => $"{m} млн долл. США",
                3 => $"{m} млн долларов США",
                _ => $"{m} млн долларов",
            };
        }
        if (roll < 10)
        {
            var b = Decimal1Comma(1 + Rng.NextDouble() * 4);
            return Rng.Next(3) switch
            {
                0 => $"{b} млрд долларов",
                1 => $"${b} млрд",
                _ => $"{b} млрд долл. США",
            };
        }
        return Chance(0.5) ? $"{Between(100, 990)} тыс. долларов" : $"{Decimal1Comma(1 + Rng.NextDouble() * 30)} млрд рублей";
    }

    private string Period()
    {
        var y = _year;
        return Rng.Next(12) switch
        {
            0 or 1 => $"в {y} году",
            2 => $"за январь-{MonthsNominative[Between(2, 11) - 1]} {y} года",
            3 => $"в январе-{MonthsPrepositional[Between(2, 11) - 1]} {y} года",
            4 => $"в первом полугодии {y} года",
            5 => $"в I квартале {y} года",
            6 => $"за девять месяцев {y} года",
            7 => $"за одиннадцать месяцев {y} года",
            8 => $"по итогам {y} года",
            9 => $"в {y - 1}-{y} годах",
            10 => "в прошлом году",
            _ => "в первом полугодии",
        };
    }

    private string Growth()
    {
        var p = Chance(0.5) ? Between(2, 45).ToString(Invariant) : Decimal1Comma(1 + Rng.NextDouble() * 40);
        return Rng.Next(7) switch
        {
            0 => $"увеличившись на {p}%",
            1 => $"рост составил {p}%",
            2 => $"что на {p}% больше, чем в {_year - 1} году",
            3 => $"снизившись на {p}%",
            4 => $"рост в 1,{Between(1, 9)} раза",
            5 => "увеличившись вдвое",
            _ => $"прирост к уровню {_year - 1} года — {p}%",
        };
    }

    private string TradeSentence()
    {
        var r = _partner;
        return Rng.Next(6) switch
        {
            0 => $"Товарооборот Беларуси с {r.Instrumental} {Period()} составил {Pick(Qualifiers)}{Money()}, {Growth()}.",
            1 => $"{Cap(Period())} товарооборот между Беларусью и {r.Instrumental} превысил {Money()}, {Pick(Sources)}.",
            2 => $"По данным статистики, взаимная торговля Беларуси и {r.Genitive} {Period()} достигла {Pick(Qualifiers)}{Money()}.",
            3 => $"В {_year} году товарооборот с {r.Instrumental} составил {Pick(Qualifiers)}{Money()}, {Growth()}.",
            4 => $"Объем взаимной торговли Беларуси и {r.Genitive} {Period()} составил {Pick(Qualifiers)}{Money()} ({Growth()}), {Pick(Sources)}.",
            _ => $"{Cap(Period())} Беларусь и {r.Nominative} наторговали на {Pick(Qualifiers)}{Money()}.",
        };
    }

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private string FlowSentence() => Rng.Next(3) switch
    {
        0 => $"Белорусский экспорт в регион составил {Pick(Qualifiers)}{Money()}, импорт — {Pick(Qualifiers)}{Money()}.",
        1 => $"Экспорт составил {Money()} ({Growth()}), импорт — {Money()}.",
        _ => $"Сальдо торговли сложилось положительное — {Money()}.",
    };

    private string PronounSentence() => Rng.Next(3) switch
    {
        0 => $"В прошлом году он составил {Pick(Qualifiers)}{Money()}.",
        1 => $"В {_year - 1} году этот показатель был на уровне {Money()}.",
        _ => $"По итогам {_year - 1} года товарооборот превысил {Money()}.",
    };

    private string Distractor() => Rng.Next(6) switch
    {
        0 => $"Товарооборот Беларуси и России в целом по итогам {_year - 1} года составил {Decimal1Comma(38 + Rng.NextDouble() * 18)} млрд долларов.",
        1 => $"Белорусские компании вложили в экономику региона {Money()} за последние пять лет.",
        2 => $"Стороны намерены выйти на товарооборот в ${Between(1, 3)} млрд к {_year + Between(3, 7)} году.",
        3 => $"Население региона — около {Decimal1Comma(0.8 + Rng.NextDouble() * 4)} млн человек, валовой региональный продукт в прошлом году вырос на {Between(1, 6)}%.",
        4 => $"Объем производства на предприятии в {_year - 1} году достиг {Money()}.",
        _ => $"Цены на {Pick(Products)} в {_year - 1} году выросли на {Between(2, 15)}%.",
    };

    private string Meeting()
    {
        var day = Between(1, 28);
        var month = MonthsGenitive[Between(1, 12) - 1];
        var r = _partner;
        return Rng.Next(3) switch
        {
            0 => $"Президент Беларуси Александр Лукашенко {day} {month} встретился в Минске с губернатором {r.Genitive} {_governor.Instrumental}. Стороны обсудили сотрудничество в {Pick(Sectors)}.",
            1 => $"Губернатор {r.Genitive} {_governor.Nominative} провел переговоры с председателем {_oblast.Genitive.Replace(" области", "", StringComparison.Ordinal)} облисполкома {RussianPeople.Pick(Rng).Instrumental} {day} {month}.",
            _ => $"Переговоры прошли в Минске {day} {month}, стороны договорились провести бизнес-форум в {r.Prepositional} осенью.",
        };
    }

    private string EnterpriseSentence() => Rng.Next(4) switch
    {
        0 => $"{Pick(Enterprises)} поставляет в {_partner.Nominative} {Pick(Products)}.",
        1 => $"Белорусскую продукцию продают {Between(3, 40)} фирменных магазинов в {_partner.Prepositional}.",
        2 => $"Планируется наладить сборку техники {Pick(Enterprises)} на предприятии в {_partner.Prepositional}.",
        _ => $"Регион закупает в Беларуси {Pick(Products)} и {Pick(Products)}, а поставляет {Pick(Products)}.",
    };

    private string Quote() =>
        $"«{Pick(Quotes)}», — сказал {_governor.Nominative}. «{Pick(Quotes)}».";

    private string OblastSentence() => Rng.Next(3) switch
    {
        0 => $"На {_oblast.Nominative.Replace("ая область", "ую область", StringComparison.Ordinal)} приходится значительная доля товарооборота. В прошлом году он составил {Money()}.",
        1 => $"Товарооборот {_oblast.Genitive} с {_partner.Instrumental} {Period()} составил {Pick(Qualifiers)}{Money()}.",
        _ => $"У {_oblast.Genitive} есть соглашения о сотрудничестве с {Between(5, 40)} российскими регионами.",
    };

    private string Filler() => Rng.Next(3) switch
    {
        0 => $"Развивается и сотрудничество в {Pick(Sectors)}: в этом году {Between(20, 400)} студентов из {_partner.Genitive} поступили в белорусские вузы.",
        1 => $"Программа охватывает сотрудничество в {Pick(Sectors)} и {Pick(Sectors)}, рабочая группа будет собираться дважды в год.",
        _ => $"Очередной Форум регионов Беларуси и России пройдет в {_articleYear + 1} году.",
    };
}
