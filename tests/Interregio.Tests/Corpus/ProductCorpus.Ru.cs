namespace Interregio.Tests.Corpus;

/// <summary>
/// Goods in Russian reports, in any case (a product is named in the nominative: "говядину" is говядина): who
/// sells to whom, the verb left out after ", а", the maker in the genitive after the goods, and the goods that are
/// not traded.
/// </summary>
public static class ProductCorpusRu
{
    public static readonly RecogniserCorpus Corpus = new(FactRecognitions.Product, FactRecognitions.Russian)
    {
        Positive =
        [
            new("тракторы 8701 export; сыры 0406 export", "Беларусь поставляет в регион тракторы и сыры."),
            new("дизельные двигатели 8408 import", "Из региона в Беларусь идут дизельные двигатели."),
            new("говядина 0201 export", "Белорусская говядина пользуется спросом у местных мясопереработчиков.", "Регион закупает белорусскую говядину."),
            new("рыбные пресервы 1604 export", "«Санта Бремор» поставляет в регион рыбные пресервы."),
            new("холодильники 8418 export", "Холодильники «Атланта» продаются во всех районах области."),
            // ", а «Бабушкина крынка» – сыры": the verb of the clause before
            new("лифты 8428 export; сыры 0406 export; сливочное масло 0405 export",
                "Могилевлифтмаш поставляет в регион лифты, а холдинг «Бабушкина крынка» – сыры и сливочное масло."),
            new("паровые турбины 8406 import; автокомпоненты 8708 import",
                "Калужский турбинный завод поставляет паровые турбины для белорусских ТЭЦ, а предприятия региона – автокомпоненты."),
            // "для грузовиков": what the engines are for
            new("двигатели 8407 export", "Белорусский завод поставляет в регион двигатели для грузовиков."),
            // the perfective past delivers as the present supplies; goods in the genitive after a count or "партию"
            new("самосвалы 8704 export", "ОАО «МАЗ» поставило в область партию самосвалов."),
            new("автобусы 8702 export", "МАЗ поставил в регион сорок автобусов."),
            new("сливочное масло 0405 export", "Беларусь поставляет в область сливочное масло."),
        ],
        Negative =
        [
            "Регион больше не поставляет в Беларусь зерно.",
            // prices are not trade
            "Цены на сливочное масло в регионе выросли на 5%.",
            "Губернатор предложил наладить поставки белорусских лифтов.",
            "Беларусь поставляет в регион технику и продукцию.",
            "Стороны обсудили поставки белорусских автобусов.",
        ],
    };
}
