using Interregio.Pipeline;
using Interregio.Pipeline.Stages;
using Interregio.Text;

namespace Interregio.Tests;

/// <summary>
/// The sentence stage slices its tokens out of the ones the paragraph stage made; each sentence must get exactly
/// the tokens tokenising it alone gives, also where a cut falls inside a word or a number.
/// </summary>
public sealed class SentenceTokensTests
{
    public static TheoryData<string> Texts => new()
    {
        "MINSK, 1 April (BelTA) - Trade reached $1.62 billion in 2022. It grew 14% year-on-year! \"Exports rose,\" he said. St. Petersburg was next.",
        "Товарооборот составил 1,5 млрд долларов. Экспорт вырос в 1,4 раза… «Гомсельмаш» поставил 30 комбайнов.",
        // one line with no sentence end: forced cuts every MaxSentenceLength characters land inside words and numbers
        string.Concat(Enumerable.Repeat("tractors1,300 Minsk-Gomel ", 400)),
        string.Concat(Enumerable.Repeat("1,2,3,4,5,6,7,8,9", 300)),
        // a line longer than the paragraph cap, cut into paragraphs first
        string.Concat(Enumerable.Repeat("word ", ParagraphStage.MaxParagraphLength / 4)),
        "First line here.\n\nSecond line, repeated.\nSecond line, repeated.\n  Third\tline with\u00A0odd   spaces. And more.",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_sentence_has_the_tokens_of_its_own_text(string text)
    {
        var ctx = new DocumentContext(new SourceDocument("t.txt", text), ExtractionOptions.Default);
        new ParagraphStage().Run(ctx);
        new SentenceStage().Run(ctx);
        Assert.NotEmpty(ctx.Sentences);
        foreach (var s in ctx.Sentences)
        {
            var alone = new List<Token>();
            Tokenizer.Tokenize(text, s.Span.Start, s.Span.End, alone);
            if (alone.Count > SentenceStage.MaxTokensPerSentence)
                alone.RemoveRange(SentenceStage.MaxTokensPerSentence, alone.Count - SentenceStage.MaxTokensPerSentence);
            Assert.Equal(alone, s.Tokens);
        }
    }
}

/// <summary>The language test counts Latin and Cyrillic letters sixteen characters at a time; it must count as one at a time does.</summary>
public sealed class LanguageCountTests
{
    [Theory]
    [InlineData("Trade between Belarus and Smolensk Oblast reached $1.62 billion")]
    [InlineData("Товарооборот Беларуси и Смоленской области составил 1,62 млрд долларов США в 2022 году")]
    [InlineData("@[`{ AZaz ÀÁàá Ѐѐ ӿ Ԁ ĀŁ Ω ω ᴀ ﬀ — «» ’ 0123456789 Ўў Ёё Ђђ ѢѣѲѳ Ӹӹ Ԫ")]
    public void Counts_agree_with_a_character_loop(string sample)
    {
        for (var length = 0; length <= sample.Length; length++)
        {
            var s = sample.AsSpan(0, length);
            int latin = 0, cyrillic = 0;
            LanguageStage.Count(s, ref latin, ref cyrillic);
            int l = 0, c = 0;
            foreach (var ch in s)
            {
                if (ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
                    l++;
                else if (ch is >= '\u0400' and <= '\u04FF')
                    c++;
            }
            Assert.Equal((l, c), (latin, cyrillic));
        }
    }
}
