using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>
/// What page furniture and scraper repeats the paragraph stage drops. The expected value lists every paragraph:
/// kept ones as written, dropped ones as [reason]. Every document here is one we wrote in the agency style.
/// </summary>
public static class CleaningCorpusEn
{
    private const string Lead = "MINSK, 1 April (BelTA) – Trade between Belarus and Penza Oblast grew by 10% in 2024.";
    private const string Second = "Exports amounted to $98.1 million, the governor said.";

    public static readonly RecogniserCorpus Corpus = new(Recognitions.Cleaning, new CorpusContext(new DateOnly(2025, 6, 12), Language.English))
    {
        Positive =
        [
            new($"{Lead} | {Second}", $"{Lead}\n{Second}", $"{Lead}\n\n{Second}\n", $"  {Lead}\r\n{Second}  "),
            // the scraper saved one paragraph twice, once with other spacing
            new($"{Lead} | {Second} | [repeated paragraph]", $"{Lead}\n{Second}\n{Second}", $"{Lead}\n{Second}\n{Second.Replace(" ", "  ", StringComparison.Ordinal)}"),
            // the whole body saved twice, a block of paragraphs
            new($"{Lead} | {Second} | [repeated paragraph] | [repeated paragraph]", $"{Lead}\n{Second}\n{Lead}\n{Second}"),
            new($"[currency ticker] | {Lead} | {Second}",
                $"USD 3.2677 EUR 3.5412 RUB 100 3.8519\n{Lead}\n{Second}",
                $"USD 3.2677 | EUR 3.5412 | CNY 10 4.4861\n{Lead}\n{Second}"),
            new($"[navigation] | {Lead} | {Second}",
                $"Politics | Economics | Society | Regions | Sports\n{Lead}\n{Second}",
                $"News > Economics > Regions > Volga\n{Lead}\n{Second}"),
            // "Home >" opens a breadcrumb line, which the lexicon lists as page furniture
            new($"[page furniture] | {Lead} | {Second}", $"Home > News > Economics > Regions\n{Lead}\n{Second}"),
            new($"[menu] | [menu] | [menu] | [menu] | {Lead} | {Second}", $"Home\nPolitics\nEconomy\nRegions\n{Lead}\n{Second}"),
            new($"{Lead} | {Second} | [related-news heading] | [other headline] | [other headline]",
                $"{Lead}\n{Second}\nRecent news\nTrade between Belarus and Omsk Oblast reached $600 million in 2024\nMinsk Oblast, Tula sign cooperation roadmap",
                $"{Lead}\n{Second}\nRead also\nTrade between Belarus and Omsk Oblast reached $600 million in 2024\nMinsk Oblast, Tula sign cooperation roadmap"),
            // after the list, an article paragraph is kept again
            new($"[related-news heading] | [other headline] | {Lead} | {Second}",
                $"Related news\nBelarus, Tula sign cooperation roadmap\n{Lead}\n{Second}"),
            new($"{Lead} | {Second} | [page furniture] | [page furniture]", $"{Lead}\n{Second}\nTags: Penza Oblast, trade\n© BelTA 2025. All rights reserved."),
        ],
        Negative =
        [
            "",
            "\n\n \n",
        ],
    };
}
