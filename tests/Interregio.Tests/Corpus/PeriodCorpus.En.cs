using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>
/// Periods of months, read with the dateline 12 June 2025: "last year" is 2024 and "this year" is January to June
/// 2025. A phrase that needs the period last spoken of is written "context: ...".
/// </summary>
public static class PeriodCorpusEn
{
    public static readonly DateOnly Reference = new(2025, 6, 12);

    public static readonly RecogniserCorpus Corpus = new(Recognitions.Period, new CorpusContext(Reference, Language.English))
    {
        Positive =
        [
            new("2024-01..2024-12", "in 2024", "2024", "last year", "the previous year", "for 2024 as a whole", "2024 as a whole",
                "the past year"),
            new("2023-01..2023-12", "in 2023", "the year before last", "two years ago"),
            new("2025-01..2025-06", "this year", "since the beginning of this year", "so far this year", "the current year"),
            new("2020-01..2021-12", "in 2020-2021", "in 2020–2021", "in 2020 and 2021"),
            new("2025-01..2025-05", "January-May 2025", "January–May 2025", "January through May", "in January-May",
                "January-May of 2025", "Jan.-May 2025", "the first five months of this year"),
            new("2024-01..2024-09", "January-September 2024", "nine months of 2024", "the first nine months of 2024",
                "the first three quarters of 2024", "the nine months of last year"),
            new("2021-01..2021-10", "January-October 2021"),
            new("2018-01..2018-06", "the first half of 2018", "H1 2018", "in the first half of 2018"),
            new("2024-07..2024-12", "the second half of 2024", "H2 2024", "the second half of last year"),
            new("2025-01..2025-03", "Q1 2025", "the first quarter of 2025", "the first quarter", "in the first quarter of this year"),
            new("2024-04..2024-06", "the second quarter of 2024", "Q2 2024"),
            new("2023-01..2023-01", "January 2023", "in January 2023"),
            new("2025-01..2025-04", "January-April", "January to April", "the first four months"),
            // "in eleven months" without a year: the period the article last spoke of
            new("context: 11 months", "eleven months", "over the eleven months"),
            new("context: 8 months", "over the eight months"),
            new("context: same period -1y", "the same period last year", "the same period a year earlier"),
            new("context: same period of 2021", "the same period of 2021"),
        ],
        Negative =
        [
            "2,024 tractors",
            "2025 tractors",
            "May Day",
            "on 1 April",
            "April 1",
            "Resolution 2025/14",
            "Decree No. 2024",
            // a deadline is never the period of a figure
            "by 2030",
            "until 2027",
            "in May",
            "$152 million",
            "over the past five years",
        ],
    };
}
