using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Recognisers;
using Interregio.Text;

namespace Interregio.Tests;

/// <summary>
/// The mention stage skips the money recogniser in a sentence without a number or a scale word. The test reads
/// tokens and skips a word whose first letter no scale word or stem starts with, in any case; it must still say
/// what the plain test says (some token is a number, or a word that is a scale word or starts with a scale stem).
/// </summary>
public sealed class MoneyIsWantedTests
{
    [Theory]
    [InlineData("Trade reached half a billion dollars")]
    [InlineData("Trade reached half a BILLION dollars")]
    [InlineData("Trade reached half a Billion")]
    [InlineData("Trade reached several thousand units")]
    [InlineData("товарооборот составил полтора миллиарда долларов")]
    [InlineData("товарооборот составил полтора МИЛЛИАРДА долларов")]
    [InlineData("товарооборот составил полтора Млрд")]
    [InlineData("no figures here at all, (only words); and \"quotes\"")]
    [InlineData("иллиард is not a stem, nor is illion")]
    [InlineData("the \u212Aelvin scale and ıron")]
    [InlineData("Trade reached $152 million")]
    [InlineData("Q1 results and the MAZ-5440 truck")]
    [InlineData("a multi-billion-dollar plan")]
    [InlineData("")]
    public void The_sentence_test_agrees_with_the_plain_test(string text)
    {
        var lexicon = CueLexicon.Default;
        var scales = lexicon.FirstWords(false, CueCategory.Scale);
        var stems = lexicon.FirstStems(CueCategory.Scale);
        var (ctx, sentence) = Tokenised(text);
        var plain = false;
        foreach (var t in sentence.Tokens)
        {
            var word = t.Of(text).ToString();
            plain |= t.Kind == TokenKind.Number
                || t.Kind == TokenKind.Word && (scales.Contains(word) || stems.Any(s => word.StartsWith(s, StringComparison.OrdinalIgnoreCase)));
        }
        Assert.Equal(plain, new MoneyRecogniser(lexicon).IsWanted(ctx, sentence));
    }

    [Theory]
    [InlineData("half a BILLION", true)]
    [InlineData("полтора МИЛЛИАРДА", true)]
    [InlineData("exports of 12 tractors", true)]
    [InlineData("no amount here", false)]
    [InlineData("Q1 and H2 results", false)]
    public void The_sentence_test_finds_numbers_and_scale_words_in_any_case(string text, bool wanted)
    {
        var (ctx, sentence) = Tokenised(text);
        Assert.Equal(wanted, new MoneyRecogniser().IsWanted(ctx, sentence));
    }

    private static (DocumentContext, Sentence) Tokenised(string text)
    {
        var ctx = new DocumentContext(new SourceDocument("t.txt", text), ExtractionOptions.Default);
        var sentence = new Sentence(new TextSpan(0, text.Length), 0);
        Tokenizer.Tokenize(text, 0, text.Length, sentence.Tokens);
        return (ctx, sentence);
    }
}
