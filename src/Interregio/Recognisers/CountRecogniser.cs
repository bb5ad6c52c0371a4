using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Text;

namespace Interregio.Recognisers;

/// <summary>
/// A count of things with its hedge: "eight", "14", "a dozen", "more than a dozen" (12, over), "over 20", "some 40",
/// "почти в 30" (30, under), "более чем в десяти" (10, over). Money is never a count.
/// </summary>
public sealed record CountMention(int First, int Count, TextSpan Span, int Value, Qualifier Qualifier) : Mention(First, Count, Span)
{
    /// <summary>The token the number itself starts at (after the hedge).</summary>
    public int NumberFirst { get; init; }
}

/// <summary>A kind of sales outlet: "branded stores", "dealer centres", "торговых точках" (as a fact writes it: "торговые точки").</summary>
public sealed record OutletKindMention(int First, int Count, TextSpan Span, string Kind) : Mention(First, Count, Span);

/// <summary>
/// Counts (digits and number words from Data/lexicon.tsv, with the qualifier words before them) and outlet kinds
/// (lexicon category outlet_kind; a Russian row's value is the kind in the nominative). The outlets assembler pairs
/// a count with the kind right after it, so counts are read only in a sentence that names an outlet kind: in any
/// other (98% of the generated corpus's English sentences) a number is a year, a share or a figure, and reading each
/// as a count with its hedge was 6% of English extract for mentions nothing read.
/// </summary>
public sealed class CountRecogniser(CueLexicon lexicon) : IRecogniser
{
    private static readonly (CueCategory Category, Qualifier Qualifier)[] Hedges =
    [
        (CueCategory.QualifierOver, Qualifier.Over),
        (CueCategory.QualifierUnder, Qualifier.Under),
        (CueCategory.QualifierApprox, Qualifier.Approx),
    ];

    /// <summary>Counts beyond this are figures of another kind (tonnes, machines), not a retail network.</summary>
    public const int MaxCount = 100_000;

    // the words a hedge can end with: a number after any other word has no hedge, and no phrase is tried
    private readonly FirstKeyFilter _hedgeEnds = PhraseEnds.Of(lexicon, [.. Hedges.Select(h => h.Category)]);

    public CountRecogniser() : this(CueLexicon.Default) { }

    public void Recognise(DocumentContext ctx, Sentence sentence)
    {
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        if (!NamesOutletKind(text, tokens))
            return;
        // the sentence's money spans, looked up for every token: a plain list and loop, no delegate per token
        List<MoneyMention>? monies = null;
        foreach (var m in sentence.Mentions)
        {
            if (m is MoneyMention money)
                (monies ??= []).Add(money);
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            var k = lexicon.Match(CueCategory.OutletKind, text, tokens, i, out var kindCue);
            if (k > 0)
            {
                var span = new TextSpan(tokens[i].Start, tokens[i + k - 1].End);
                var kind = kindCue.Value.Length > 0 ? kindCue.Value : text[span.Start..span.End].ToLowerInvariant();
                sentence.Mentions.Add(new OutletKindMention(i, k, span, kind));
                i += k - 1;
                continue;
            }
            if (InsideMoney(monies, i))
                continue;
            if (!TryNumber(ctx, tokens, i, out var value, out var n))
                continue;
            var (qualifier, first) = HedgeBefore(text, tokens, i, i + n);
            sentence.Mentions.Add(new CountMention(first, i + n - first, new TextSpan(tokens[first].Start, tokens[i + n - 1].End), value, qualifier) { NumberFirst = i });
            i += n - 1;
        }
    }

    /// <summary>
    /// Whether an outlet kind starts at any token. The loop below tries the same match at fewer tokens (not inside a
    /// count or a kind), so a sentence where this finds none is one where it would find no kind either.
    /// </summary>
    private bool NamesOutletKind(string text, List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (lexicon.MayStart(CueCategory.OutletKind, text, tokens[i]) && lexicon.Match(CueCategory.OutletKind, text, tokens, i) > 0)
                return true;
        }
        return false;
    }

    private static bool InsideMoney(List<MoneyMention>? monies, int i)
    {
        if (monies is null)
            return false;
        foreach (var m in monies)
        {
            if (m.First <= i && i < m.After)
                return true;
        }
        return false;
    }

    private bool TryNumber(DocumentContext ctx, List<Token> tokens, int i, out int value, out int length)
    {
        value = 0;
        length = 0;
        var text = ctx.Text;
        var t = tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            var parsed = NumberReader.ReadDigits(text, t, ctx.Language, beforeScale: false);
            if (!parsed.Success || parsed.Value != decimal.Truncate(parsed.Value) || parsed.Value < 1 || parsed.Value > MaxCount)
                return false;
            value = (int)parsed.Value;
            length = 1;
            return true;
        }
        var n = lexicon.Match(CueCategory.NumberWord, text, tokens, i, out var cue);
        if (n == 0)
            return false;
        var v = cue.DecimalValue;
        // "a", "an" and "half a" alone are articles and fractions, never a count of outlets ("a service centre")
        if (v < 2 || v != decimal.Truncate(v))
            return false;
        value = (int)v;
        length = n;
        return true;
    }

    /// <summary>The hedge right before the number ("more than", "over", "almost"); Russian puts "в" between ("почти в 30").</summary>
    private (Qualifier Qualifier, int First) HedgeBefore(string text, List<Token> tokens, int i, int numberEnd)
    {
        var end = i;
        if (end > 0 && tokens[end - 1].IsAny(text, "в", "во"))
            end--;
        // a hedge found below ends at a token in [end - 1, numberEnd - 2]: if none of those can end one, there is none
        var canEnd = false;
        for (var k = Math.Max(0, end - 1); k <= numberEnd - 2 && !canEnd; k++)
            canEnd = _hedgeEnds.MayStart(text, tokens[k]);
        if (!canEnd)
            return (Qualifier.Exact, i);
        // the longest hedge first: "more than" before "than", "just under" before "under"
        for (var s = Math.Max(0, end - 4); s < end; s++)
        {
            foreach (var (category, qualifier) in Hedges)
            {
                // the longest hedge may reach into the number: "more than a" + "dozen"
                var n = lexicon.Match(category, text, tokens, s);
                if (n > 0 && s + n >= end && s + n < numberEnd)
                    return (qualifier, s);
            }
        }
        return (Qualifier.Exact, i);
    }
}
