using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>
/// Stated changes in percent ("+10%"), with the period they compare with when the phrase names one
/// ("+10% vs 2023-01..2023-12"): that period belongs to the growth, never to the figure.
/// </summary>
public static class GrowthCorpusEn
{
    public static readonly RecogniserCorpus Corpus = new(Recognitions.Growth, new CorpusContext(new DateOnly(2025, 6, 12), Language.English))
    {
        Positive =
        [
            new("+10%", "up 10%", "up by 10%", "grew by 10%", "increased by 10%", "a 10% increase", "rose 10%", "up 10 per cent",
                "growth of 10%", "an increase of 10 percent"),
            new("+10.5%", "grew by 10.5 per cent", "up 10.5%"),
            new("-5%", "fell by 5%", "down 5%", "a 5% decrease", "declined by 5%", "dropped by 5 per cent", "a drop of 5%", "5% lower"),
            new("-8%", "fell by 8%", "decreased by 8%"),
            new("+50%", "grew 1.5 times", "increased 1.5 times", "rose 1.5-fold"),
            new("+30%", "grew 1.3 times"),
            new("-50%", "fell 2 times", "halved"),
            new("+100%", "doubled", "increased 2 times"),
            new("+200%", "tripled", "trebled"),
            new("+30% vs 2023-01..2023-12", "30% more than in 2023", "up 30% over 2023", "up 30% compared with 2023"),
            new("+10% vs context: same period of 2020", "grew by 10% on the same period of 2020"),
            new("+12% vs 2024-01..2024-12", "12% more than a year earlier", "up 12% over last year"),
        ],
        Negative =
        [
            "10%",
            "a 10% share",
            "1.5 times",
            "$152 million",
            "15 per cent of the total",
            "in 2024",
        ],
    };
}
