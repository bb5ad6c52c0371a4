using System.Buffers;
using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Text;

namespace Interregio.Recognisers;

/// <summary>
/// Amounts of money: "$152 million", "US$1.2 billion", "USD 3.2bn", "$82 mln", "152 million US dollars",
/// "half a billion dollars", "3.6 billion Russian rubles", "68,4 млн долларов", "$1,5 млрд". The currency must be
/// stated, before or after the number; an English "$1,5 billion" is refused (a warning names it) rather than read
/// as 15 billion or 1.5 billion.
/// </summary>
public sealed class MoneyRecogniser : IRecogniser
{
    // every character a scale word or stem can start with in any case: a word starting otherwise is neither
    private readonly SearchValues<char> _scaleFirst;

    private readonly CueLexicon lexicon;
    private readonly WordSet _starts;
    private readonly WordSet _scales;

    // Scale words written as stems ("миллиард*"): "полтора миллиарда долларов" has no digit and no exact scale word.
    private readonly string[] _scaleStems;

    // the stems an ASCII letter can start ignoring case: those starting with one, or with ı, İ, ſ or the Kelvin sign
    private readonly string[] _asciiScaleStems;

    public MoneyRecogniser() : this(CueLexicon.Default) { }

    public MoneyRecogniser(CueLexicon lexicon)
    {
        this.lexicon = lexicon;
        _starts = lexicon.FirstWords(false, CueCategory.Currency, CueCategory.NumberWord);
        _scales = lexicon.FirstWords(false, CueCategory.Scale);
        _scaleStems = lexicon.FirstStems(CueCategory.Scale);
        _asciiScaleStems = [.. _scaleStems.Where(s => s.Length > 0 && (s[0] < 128 || s[0] is '\u0130' or '\u0131' or '\u017F' or '\u212A'))];
        _scaleFirst = FirstLetters(_scales.Words.Concat(_scaleStems));
    }

    /// <summary>
    /// The first letters of the words in either case: a superset of what OrdinalIgnoreCase equates with each (the
    /// Kelvin sign is k, ı is I), since the test may only let through.
    /// </summary>
    private static SearchValues<char> FirstLetters(IEnumerable<string> words)
    {
        var firsts = words.Where(w => w.Length > 0).Select(w => w[0]).ToHashSet();
        var uppers = firsts.Select(char.ToUpperInvariant).ToHashSet();
        var lowers = firsts.Select(char.ToLowerInvariant).ToHashSet();
        var chars = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            if (firsts.Contains(ch) || uppers.Contains(char.ToUpperInvariant(ch)) || lowers.Contains(char.ToLowerInvariant(ch)))
                chars.Add(ch);
        }
        return SearchValues.Create([.. chars]);
    }

    /// <summary>
    /// Money needs a number: digits, or a number word before a scale word ("half a billion dollars"); no number word
    /// is worth a thousand without one. A sentence with neither (a digit inside a word, "Q1", is no number) is not
    /// searched. Read from the sentence's tokens: their kind and the fold hash they carry.
    /// </summary>
    public bool IsWanted(DocumentContext context, Sentence sentence)
    {
        var text = context.Text;
        // numbers first (half the sentences have one): a kind test a token, before any word is looked at
        foreach (var t in sentence.Tokens)
        {
            if (t.Kind == TokenKind.Number)
                return true;
        }
        foreach (var t in sentence.Tokens)
        {
            if (t.Kind != TokenKind.Word || !_scaleFirst.Contains(text[t.Start]))
                continue;
            if (_scales.Contains(text, t))
                return true;
            // the stems are Russian: an ASCII word ("trade", "million") is tried only against any that could start one
            foreach (var stem in text[t.Start] < 128 ? _asciiScaleStems : _scaleStems)
            {
                if (t.Of(text).StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                    return true;
            }
        }
        return false;
    }

    private bool CanStart(string text, Token t) =>
        t.Kind == TokenKind.Number || (t.Kind is TokenKind.Word or TokenKind.Symbol && _starts.Contains(text, t));

    public void Recognise(DocumentContext ctx, Sentence sentence)
    {
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        var rc = new ReadingContext(text, ctx.Language, lexicon);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!CanStart(text, tokens[i]))
                continue;
            if (TryAt(ctx, rc, tokens, i, out var mention, out var error))
            {
                sentence.Mentions.Add(mention!);
                i = mention!.Last;
            }
            else if (error is { } e)
            {
                ctx.Warn($"offset {e.Offset}: '{Snippet(text, tokens[i])}': {ParseErrors.Describe(e.Error, -1)}; the amount is skipped");
                i = e.SkipTo;
            }
        }
    }

    private static string Snippet(string text, Token t)
    {
        var start = Math.Max(0, t.Start - 1);
        var end = Math.Min(text.Length, t.End + 10);
        return text[start..end].ReplaceLineEndings(" ");
    }

    private readonly record struct Failure(ParseError Error, int Offset, int SkipTo);

    private bool TryAt(DocumentContext ctx, ReadingContext rc, List<Token> tokens, int i, out MoneyMention? mention, out Failure? error)
    {
        mention = null;
        error = null;
        var text = ctx.Text;

        // Currency before the number: "$152 million", "US$ 1.2 bn", "USD 3.2bn", "€5 million".
        Cue prefix = default;
        var cLen = lexicon.MayStart(CueCategory.Currency, text, tokens[i]) ? lexicon.Match(CueCategory.Currency, text, tokens, i, out prefix) : 0;
        // "US$": the word US followed by $
        if (cLen == 0 && tokens[i].Kind == TokenKind.Word && tokens[i].Is(text, "US") && i + 1 < tokens.Count && text[tokens[i + 1].Start] == '$' && tokens[i + 1].Start == tokens[i].End)
        {
            cLen = 2;
            prefix = new Cue(CueCategory.Currency, "US$", "USD", Language.Unknown);
        }
        if (cLen > 0 && IsPrefixCurrency(prefix) && i + cLen < tokens.Count)
        {
            var n = NumberReader.Read(rc, tokens, i + cLen, out var value, out var hasScale);
            if (n > 0)
            {
                if (!value.Success)
                {
                    error = new Failure(value.Error, tokens[i].Start, i + cLen + n - 1);
                    return false;
                }
                if (!hasScale && IsRateOrPrice(value.Value))
                    return false;
                var last = i + cLen + n - 1;
                // "$1.5 million dollars" / "$1,5 млрд долларов": a repeated currency word after is part of it
                var after = last + 1 < tokens.Count ? lexicon.Match(CueCategory.Currency, text, tokens, last + 1, out _) : 0;
                if (after > 0 && hasScale)
                    last += after;
                return Make(ctx, tokens, i, last, value.Value, prefix, out mention, out error);
            }
            return false;
        }

        // Number first: "152 million US dollars", "half a billion dollars", "68,4 млн долларов".
        if (tokens[i].Kind is TokenKind.Number or TokenKind.Word)
        {
            // Digits not followed by more digits, a scale word or a currency (a year, a percentage, a count) are no
            // amount: turned away before they are parsed.
            if (tokens[i].Kind == TokenKind.Number && (i + 1 >= tokens.Count
                || tokens[i + 1].Kind != TokenKind.Number
                    && !lexicon.MayStart(CueCategory.Scale, text, tokens[i + 1]) && !lexicon.MayStart(CueCategory.Currency, text, tokens[i + 1])))
                return false;
            var n = NumberReader.Read(rc, tokens, i, out var value, out var hasScale);
            if (n == 0)
                return false;
            var j = i + n;
            // "млн." : skip the abbreviation's full stop before the currency
            if (j < tokens.Count && tokens[j].Kind == TokenKind.Punct && text[tokens[j].Start] == '.' && hasScale)
                j++;
            Cue suffix = default;
            var sLen = j < tokens.Count ? lexicon.Match(CueCategory.Currency, text, tokens, j, out suffix) : 0;
            if (sLen == 0)
                return false;
            // A bare symbol after a number ("5 $") is unusual; accept words and codes only.
            if (suffix.Phrase is "$" or "€" && tokens[j].Start > tokens[j - 1].End)
                return false;
            if (!value.Success)
            {
                error = new Failure(value.Error, tokens[i].Start, j + sLen - 1);
                return false;
            }
            if (!hasScale && IsRateOrPrice(value.Value))
                return false;
            return Make(ctx, tokens, i, j + sLen - 1, value.Value, suffix, out mention, out error);
        }
        return false;
    }

    /// <summary>Below this, an amount written without a scale word is a price or a rate, never a trade figure.</summary>
    private const decimal SmallestTradeAmount = 1000m;

    /// <summary>
    /// "USD 3.2677" in a currency ticker is an exchange rate and "$25 per tonne" a price: without a scale word, an
    /// amount under a thousand or with more than two decimals is not money a report trades in.
    /// </summary>
    private static bool IsRateOrPrice(decimal amount) => amount < SmallestTradeAmount || decimal.Round(amount, 2) != amount;

    private static bool IsPrefixCurrency(Cue c) =>
        c.Phrase is "$" or "US$" or "USD" or "€" or "EUR" or "RUB" or "BYN" or "CNY" or "Br" or "US dollars" or "USD dollars" || c.Phrase.EndsWith('$');

    private static bool Make(DocumentContext ctx, List<Token> tokens, int first, int last, decimal amount, Cue currency, out MoneyMention? mention, out Failure? error)
    {
        mention = null;
        error = null;
        var cur = DomainText.ParseCurrency(currency.Value);
        var money = Money.TryCreate(amount, cur, tokens[first].Start);
        if (!money.Success)
        {
            error = new Failure(money.Error, money.Offset, last);
            return false;
        }
        var span = new TextSpan(tokens[first].Start, tokens[last].End);
        mention = new MoneyMention(first, last - first + 1, span, money.Value);
        return true;
    }
}

/// <summary>
/// The hedge on each amount, from the words just before it: "over", "more than", "exceeded" (over); "nearly",
/// "almost", "close to" (under); "about", "some", "approximated" (approx); otherwise exact. The closest phrase wins,
/// so "was over $350 million" is over and "amounted to almost $1 billion" is under.
/// </summary>
public sealed class QualifierRecogniser(CueLexicon lexicon) : IRecogniser
{
    private static readonly (CueCategory Category, Qualifier Qualifier)[] Hedges =
    [
        (CueCategory.QualifierOver, Qualifier.Over),
        (CueCategory.QualifierUnder, Qualifier.Under),
        (CueCategory.QualifierApprox, Qualifier.Approx),
    ];

    // Words that may stand between a hedge and its amount, tested by the token's fold hash first (a dash, "—"
    // included, is a dash token).
    private static readonly WordSet Between = new(
        ["of", "at", "to", "by", "the", "a", "worth", "is", "was", "were", "already", "now", "still", "just", "only", "уже", "в", "на"],
        StringComparer.OrdinalIgnoreCase);

    // the words a hedge can end with: before any other word, no hedge ends, and none of its phrases is tried
    private readonly FirstKeyFilter _hedgeEnds = PhraseEnds.Of(lexicon, [.. Hedges.Select(h => h.Category)]);

    public QualifierRecogniser() : this(CueLexicon.Default) { }

    public void Recognise(DocumentContext ctx, Sentence sentence)
    {
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        foreach (var money in sentence.Of<MoneyMention>())
        {
            var end = money.First;
            for (var skips = 0; skips < 3 && end > 0; skips++)
            {
                if (TryEndingAt(text, tokens, end, out var q, out var start))
                {
                    money.Qualifier = q;
                    money.QualifierFirst = start;
                    break;
                }
                // words that may stand between a hedge and the amount: "at almost", "of over", "to about", "-"
                var prev = tokens[end - 1];
                if (prev.Kind == TokenKind.Dash || prev.Kind == TokenKind.Word && Between.Contains(text, prev))
                    end--;
                else
                    break;
            }
        }
    }

    private bool TryEndingAt(string text, List<Token> tokens, int end, out Qualifier qualifier, out int start)
    {
        qualifier = Qualifier.Exact;
        start = -1;
        if (end < 1 || !_hedgeEnds.MayStart(text, tokens[end - 1]))
            return false;
        // Of the phrases ending right before the amount, the longest: "no less than" is over where "less than" is
        // under, and "just under" or "has exceeded" are one hedge, not a stray word and a hedge.
        for (var k = end - 1; k >= Math.Max(0, end - 4); k--)
        {
            foreach (var (category, q) in Hedges)
            {
                var n = lexicon.Match(category, text, tokens, k);
                if (n > 0 && k + n == end)
                {
                    qualifier = q;
                    start = k;
                    break;
                }
            }
        }
        return start >= 0;
    }
}
