using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Recognisers;
using Interregio.Text;

namespace Interregio.Tests;

/// <summary>
/// The qualifier and count recognisers skip their hedge phrases wherever <see cref="PhraseEnds"/> says no hedge can
/// end: the filter must pass the last word of every phrase (in any case, and any ending of a stem), or hedges are
/// silently lost.
/// </summary>
public sealed class PhraseEndsTests
{
    private static readonly CueCategory[] Hedges = [CueCategory.QualifierOver, CueCategory.QualifierUnder, CueCategory.QualifierApprox];

    public static TheoryData<string> Spellings() => new() { "as written", "upper", "lower" };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Every_hedge_of_the_lexicon_ends_with_a_word_the_filter_passes(string spelling)
    {
        var filter = PhraseEnds.Of(CueLexicon.Default, Hedges);
        var checkedPhrases = 0;
        foreach (var category in Hedges)
        {
            foreach (var cue in CueLexicon.Default.CuesOf(category))
            {
                // a stem stands for its words: "превыс*" as "превысил"
                var phrase = cue.Phrase.Replace("*", "ил");
                phrase = spelling switch { "upper" => phrase.ToUpperInvariant(), "lower" => phrase.ToLowerInvariant(), _ => phrase };
                var text = phrase + " 12";
                var tokens = new List<Token>();
                Tokenizer.Tokenize(text, 0, text.Length, tokens);
                Assert.True(filter.MayStart(text, tokens[^2]), $"'{cue.Phrase}' ({category}) ends with a word the filter turns away");
                checkedPhrases++;
            }
        }
        Assert.True(checkedPhrases > 30, $"only {checkedPhrases} hedge phrases in the lexicon");
    }

    [Theory]
    [InlineData("trade", false)]
    [InlineData("2024", false)]
    [InlineData("than", true)]
    [InlineData("almost", true)]
    [InlineData("ALMOST", true)]
    [InlineData("some", true)]
    public void Words_that_end_no_hedge_are_turned_away(string word, bool passes)
    {
        var filter = PhraseEnds.Of(CueLexicon.Default, Hedges);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(word, 0, word.Length, tokens);
        Assert.Equal(passes, filter.MayStart(word, tokens[0]));
    }

    [Theory]
    [InlineData("Trade grew by 12% in 2024 to $152 million.")]
    [InlineData("More than 12 delegations came to the forum.")]
    public void Counts_are_read_only_in_a_sentence_that_names_an_outlet_kind(string sentence)
    {
        var s = Recognised(sentence);
        Assert.Empty(s.Of<CountMention>());
        Assert.Empty(s.Of<OutletKindMention>());
    }

    private static Interregio.Pipeline.Sentence Recognised(string sentence)
    {
        var ctx = new Interregio.Pipeline.DocumentContext(new Interregio.Pipeline.SourceDocument("t.txt", sentence, Interregio.Pipeline.DocumentFormat.Text), Interregio.Pipeline.ExtractionOptions.Default)
        {
            Language = Language.English,
        };
        var s = new Interregio.Pipeline.Sentence(new TextSpan(0, sentence.Length), 0);
        Tokenizer.Tokenize(sentence, 0, sentence.Length, s.Tokens);
        new CountRecogniser().Recognise(ctx, s);
        return s;
    }

    [Theory]
    [InlineData("Belarus opened more than 12 branded stores there.", 12, Qualifier.Over)]
    [InlineData("Belarus opened almost 30 branded stores there.", 30, Qualifier.Under)]
    [InlineData("Belarus opened 30 branded stores there.", 30, Qualifier.Exact)]
    [InlineData("Belarus opened more than a dozen branded stores there.", 12, Qualifier.Over)]
    public void Counts_keep_their_hedges(string sentence, int value, Qualifier qualifier)
    {
        var s = Recognised(sentence);
        Assert.Single(s.Of<OutletKindMention>());
        var count = Assert.Single(s.Of<CountMention>());
        Assert.Equal(value, count.Value);
        Assert.Equal(qualifier, count.Qualifier);
    }
}

/// <summary>The mention stage skips a recogniser where <see cref="IRecogniser.IsWanted"/> says its mentions would qualify nothing.</summary>
public sealed class MentionStageWantedTests
{
    [Theory]
    [InlineData("Trade with the region grew by 12% in 2024.", 0)]
    [InlineData("Trade with the region grew by 12% in 2024 to $152 million.", 1)]
    public void Growth_and_periods_are_looked_for_only_in_a_sentence_with_an_amount(string text, int growths)
    {
        var ctx = new Interregio.Pipeline.DocumentContext(new Interregio.Pipeline.SourceDocument("t.txt", text), Interregio.Pipeline.ExtractionOptions.Default);
        new Interregio.Pipeline.Stages.ParagraphStage().Run(ctx);
        new Interregio.Pipeline.Stages.LanguageStage().Run(ctx);
        new Interregio.Pipeline.Stages.SentenceStage().Run(ctx);
        new Interregio.Pipeline.Stages.MentionStage([new MoneyRecogniser(), new PeriodRecogniser(), new GrowthRecogniser()]).Run(ctx);
        var sentence = Assert.Single(ctx.Sentences);
        Assert.Equal(growths, sentence.Of<GrowthMention>().Count());
        Assert.Equal(growths, sentence.Of<PeriodMention>().Count());
        // the recogniser itself still finds the growth when asked directly
        var direct = new Interregio.Pipeline.Sentence(sentence.Span, 0);
        direct.Tokens.AddRange(sentence.Tokens);
        new GrowthRecogniser().Recognise(ctx, direct);
        Assert.Single(direct.Of<GrowthMention>());
    }
}
