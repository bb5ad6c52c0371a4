using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>
/// Datelines of Russian reports, valued as the article's date and the city as reported. Every phrase is followed by
/// the same body paragraph, a full-year figure for 2024, so a dateline without a year is in 2025 as the contract says.
/// </summary>
public static class DatelineCorpusRu
{
    public const string Body = "По итогам 2024 года товарооборот Беларуси с Пензенской областью составил 152 млн долларов.";

    public static readonly RecogniserCorpus Corpus = new(Recognitions.Dateline, new CorpusContext(null, Language.Russian, Following: Body))
    {
        Positive =
        [
            new("2025-04-01 Минск", "МИНСК, 1 апреля (БЕЛТА) –", "МИНСК, 1 апреля (БЕЛТА) -", "МИНСК, 1 апреля (БЕЛТА) —",
                "Минск, 1 апреля 2025 /БЕЛТА/.", "МИНСК, 1 апреля 2025 (БЕЛТА) –", "Минск, 01.04.2025"),
            new("2024-03-21 Гомель", "ГОМЕЛЬ, 21 марта 2024 (БЕЛТА) –"),
            new("2025-09-08 Барнаул", "БАРНАУЛ, 8 сентября (БЕЛТА) –"),
            new("2025-05-30 Москва", "МОСКВА, 30 мая /ТАСС/"),
            new("2025-11-17 Смоленск", "СМОЛЕНСК, 17 ноября (БЕЛТА) –"),
            new("2025-10-02 Нижний Новгород", "НИЖНИЙ НОВГОРОД, 2 октября (БЕЛТА) –"),
            new("2025-12-05 Ростов-на-Дону", "РОСТОВ-НА-ДОНУ, 5 декабря (БЕЛТА) –"),
        ],
        Negative =
        [
            "Минск – столица Беларуси.",
            "МИНСК, 31 июня (БЕЛТА) –",
            "Товарооборот вырос, Минск, 1 апреля.",
        ],
    };
}
