using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>
/// Datelines, valued as the article's date and the city. Every phrase is followed by the same body paragraph, a
/// full-year figure for 2024, so a dateline without a year is in 2025 as the contract says.
/// </summary>
public static class DatelineCorpusEn
{
    public const string Body = "In 2024, trade between Belarus and Penza Oblast amounted to $152 million.";

    public static readonly RecogniserCorpus Corpus = new(Recognitions.Dateline, new CorpusContext(null, Language.English, Following: Body))
    {
        Positive =
        [
            new("2025-04-01 Minsk", "MINSK, 1 April (BelTA) -", "MINSK, 1 April (BelTA) –", "MINSK, 1 April (BelTA) —",
                "MINSK, April 1 (BelTA) -", "Minsk, 1 April 2025 /BelTA/.", "MINSK, 1 April 2025 (BelTA) –", "Minsk, 01.04.2025"),
            new("2025-04-01 Moscow", "MOSCOW, April 1 /TASS/", "MOSCOW, April 1, 2025 /TASS/ -", "Moscow, 1 April -"),
            new("2025-07-21 Minsk", "Minsk, 21.07.2025", "MINSK, 21 July (BelTA) -", "MINSK, July 21 (BelTA) –"),
            new("2024-03-14 Minsk", "Minsk, 14 March 2024 /BelTA/."),
            new("2023-06-15 Yaroslavl", "Yaroslavl, 15 June 2023."),
            new("2022-07-11 Yekaterinburg", "Yekaterinburg, 11 July 2022 /BelTA/."),
            new("2025-11-17 Smolensk", "SMOLENSK, 17 November (BelTA) –"),
            new("2025-10-02 Nizhny Novgorod", "NIZHNY NOVGOROD, 2 October (BelTA) -"),
            new("2025-09-08 Rostov-on-Don", "ROSTOV-ON-DON, 8 September (BelTA) –"),
            // a date standing alone on a line, as regional papers print it
            new("2019-10-03 ", "2019-10-03", "03.10.2019", "3 October 2019"),
        ],
        Negative =
        [
            "Minsk is the capital of Belarus.",
            "MINSK, 31 June (BelTA) –",
            "Minsk, 32.13.2025",
            "Trade grew, Minsk, 1 April.",
        ],
    };
}
