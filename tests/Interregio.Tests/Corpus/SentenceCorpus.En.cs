using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>
/// Sentence splitting within a paragraph. The expected value is the paragraph with " | " where it splits; the
/// phrase is the same paragraph as written.
/// </summary>
public static class SentenceCorpusEn
{
    public static readonly RecogniserCorpus Corpus = new(Recognitions.Sentences, new CorpusContext(new DateOnly(2025, 6, 12), Language.English))
    {
        Positive =
        [
            Split("Trade with St. Petersburg grew. | It reached $1.2 billion."),
            Split("The delegation visited St. Petersburg and Kazan. | Talks followed."),
            Split("Trade amounted to $152.3 million in 2024. | Exports were $98.1 million."),
            Split("Exports rose by 10.5% to $1.25 billion. | Imports fell."),
            Split("The figure was 1.5 times higher. | This is a record."),
            Split("\"We are ready to supply buses.\" | The governor agreed."),
            Split("\"Trade is growing,\" the governor said. | He named the figure."),
            Split("The President said: \"Our trade will reach $2 billion.\" | The sides signed a roadmap."),
            Split("A. Lukashenko met the governor. | They discussed trade."),
            Split("Mr. Melnichenko arrived in Minsk. | He met the Prime Minister."),
            Split("Companies from the U.S. left the market. | Belarusian firms stayed."),
            Split("Trade grew! | Exports doubled? | No, they tripled."),
            Split("The plant supplies tractors, buses etc. to the region."),
            Split("Trade reached $1.2 bn. | Exports grew."),
            Split("In 2024 trade grew by 10%. | In January-May 2025 it rose further."),
            Split("Trade (excluding services) grew. | It was a record."),
            Split("The figure reached $1.5 billion... | Then it fell."),
        ],
        Negative =
        [
            "",
            "   ",
        ],
    };

    private static CorpusGroup Split(string sentences) => new(sentences, sentences.Replace(" | ", " ", StringComparison.Ordinal));
}
