using Interregio.Gazetteers;
using Interregio.Recognisers;

namespace Interregio.Tests;

/// <summary>
/// The money recogniser's sentence test skips a word whose first letter no scale word or stem starts with, in any
/// case; it must still say what the plain test says (some word is a scale word or starts with a scale stem).
/// </summary>
public sealed class MoneyCanMatchTests
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
    [InlineData("")]
    public void The_sentence_test_agrees_with_the_plain_test(string sentence)
    {
        var lexicon = CueLexicon.Default;
        var scales = lexicon.FirstWords(false, CueCategory.Scale);
        var stems = lexicon.FirstStems(CueCategory.Scale);
        var plain = false;
        foreach (var word in sentence.Split([' ', '\u00A0', ',', '.', ';', ':', '(', ')', '"', '\'']))
            plain |= scales.Contains(word) || stems.Any(s => word.StartsWith(s, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(plain, new MoneyRecogniser(lexicon).CanMatch(sentence));
    }

    [Fact]
    public void The_sentence_test_finds_scale_words_in_any_case()
    {
        var money = new MoneyRecogniser();
        Assert.True(money.CanMatch("half a BILLION"));
        Assert.True(money.CanMatch("полтора МИЛЛИАРДА"));
        Assert.False(money.CanMatch("no amount here"));
    }
}
