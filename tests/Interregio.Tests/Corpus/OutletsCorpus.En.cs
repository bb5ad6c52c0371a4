using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>
/// Retail and dealer networks: the owner (named before, or after "of"/"under the brand"), the count in digits or
/// words with its hedge, and the kind; networks still to open, and counts of other things, are not networks.
/// </summary>
public static class OutletsCorpusEn
{
    public static readonly RecogniserCorpus Corpus = new(FactRecognitions.Outlets, FactRecognitions.English)
    {
        Positive =
        [
            new("Bellegprom 8 exact branded stores", "Bellegprom operates eight branded stores in the region.", "Eight branded stores of Bellegprom Concern operate in the region."),
            new("Pinskdrev 14 exact outlets", "Pinskdrev furniture is sold through 14 outlets in Penza."),
            new("Milavitsa 12 over stores", "More than a dozen stores under the brand Milavitsa operate in the oblast."),
            new("Belwest 12 exact shops", "A dozen shops of Belwest are open in the region."),
            new("Atlant 20 over outlets", "Atlant appliances are sold through over 20 outlets in the region."),
            new("Savushkin Product 30 under outlets", "Savushkin Product sells its cheese through almost 30 outlets in the region."),
            new("Gomselmash 3 exact dealer centres", "Gomselmash has three dealer centres in the oblast."),
            new("Conte 40 approx stores", "Conte hosiery is available in some 40 stores across the oblast."),
            new("Marko 11 exact branded stores", "Marko runs eleven branded stores across the region."),
            new("Mark Formelle 20 exact branded shops", "Twenty branded shops of Mark Formelle operate in Penza."),
            new("MTZ 5 exact service centres", "MTZ tractors are serviced at 5 service centres in the region."),
        ],
        Negative =
        [
            // "a service centre" is not a count
            "Gomselmash opened a service centre in Penza.",
            // networks still to come
            "Bellegprom plans to open five stores next year.",
            "Two more branded stores are due to open later this year.",
            // no owner named
            "The region has 300 stores that sell Belarusian goods.",
            "Belarusian goods are sold in almost every supermarket.",
            // counts of other things
            "MAZ delivered 40 buses to the region.",
        ],
    };
}

/// <summary>Networks in Russian reports: the kind in the nominative, the count in any case, the hedge before "в".</summary>
public static class OutletsCorpusRu
{
    public static readonly RecogniserCorpus Corpus = new(FactRecognitions.Outlets, FactRecognitions.Russian)
    {
        Positive =
        [
            new("Бабушкина крынка 30 under торговые точки", "Молочный холдинг «Бабушкина крынка» продает сыры почти в 30 торговых точках региона."),
            new("Атлант 30 over фирменные магазины", "Холодильники «Атланта» продаются более чем в 30 фирменных магазинах области."),
            new("Марко 6 exact фирменные магазины", "«Марко» открыл в регионе шесть фирменных магазинов."),
            new("Милавица 10 over магазины", "Белье «Милавицы» продается более чем в десяти магазинах области."),
            new("Пинскдрев 11 exact салоны", "Мебель «Пинскдрева» продается в 11 салонах региона."),
            new("Белвест 8 exact фирменные магазины", "«Белвест» открыл в области восемь фирменных магазинов."),
            // the owner after the kind, in the genitive; "точек" has lost the vowel of "точка"
            new("Белвест 40 approx торговые точки", "Около 40 торговых точек «Белвеста» работают в регионе."),
            new("Савушкин продукт 100 over магазины", "«Савушкин продукт» продает свою продукцию более чем в 100 магазинах области."),
            new("Милавица 4 exact фирменные магазины", "«Милавица» открыла в Пензе четыре фирменных магазина."),
        ],
        Negative =
        [
            "В регионе откроются два фирменных магазина «Марко».",
            "Белорусские продукты есть в каждом магазине области.",
        ],
    };
}
