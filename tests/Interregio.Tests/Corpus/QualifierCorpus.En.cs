using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>Hedges on an amount: the finding runs from the hedge to the end of the amount.</summary>
public static class QualifierCorpusEn
{
    public static readonly RecogniserCorpus Corpus = new(Recognitions.Qualifier, new CorpusContext(new DateOnly(2025, 6, 12), Language.English))
    {
        Positive =
        [
            new("over", "exceeded $152 million", "topped $1 billion", "surpassed $500 million", "in excess of $2 billion",
                "more than $82 million", "over $300 million", "above $45 million", "upwards of $70 million",
                "no less than $20 million", "has exceeded $1.1 billion", "at least $60 million"),
            new("under", "almost $600 million", "close to $1 billion", "just under $50 million", "nearly $2 billion",
                "less than $10 million", "just short of $900 million", "approaching $400 million"),
            new("approx", "some $5.2 billion", "roughly $40 million", "an estimated $120 million", "approximated $90 million",
                "about $300 million", "around $1.1 billion", "approximately $75 million", "circa $15 million",
                "in the region of $250 million"),
            new("exact", "$152 million", "USD 48.6 million", "3.6 billion Russian rubles"),
        ],
        Negative =
        [
            // hedges without an amount
            "more than 20 outlets",
            "almost half of the supplies",
            "over the same period",
            "about 40 enterprises",
        ],
    };
}
