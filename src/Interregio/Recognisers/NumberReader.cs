using System.Globalization;
using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Text;

namespace Interregio.Recognisers;

/// <summary>
/// Reads a number from tokens: digits with thousands separators ("1,300"), decimals ("186.3", and "68,4" in
/// Russian text), digit groups split by spaces ("1 300"), number words ("eight", "a dozen", "half a") and a
/// following scale word ("million", "bn", "млн"). Returns the tokens used.
/// </summary>
public static class NumberReader
{
    public static ParseResult<decimal> ReadDigits(string text, Token t, Language language, bool beforeScale)
    {
        var s = text.AsSpan(t.Start, t.Length);
        var commas = s.Count(',');
        var dots = s.Count('.');
        decimal value;
        if (commas == 0 && dots == 0)
        {
            return decimal.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value)
                ? ParseResult<decimal>.Ok(value)
                : ParseResult<decimal>.Fail(ParseError.BadNumber, t.Start);
        }
        if (commas > 0 && dots == 0)
        {
            if (language == Language.Russian)
            {
                if (commas > 1)
                    return ParseResult<decimal>.Fail(ParseError.BadNumber, t.Start);
                return TryWithout(s, '\0', true, t.Start);
            }
            // English: a comma is a thousands separator only before groups of exactly three digits.
            if (!ThousandsGroups(s, ','))
                return ParseResult<decimal>.Fail(beforeScale ? ParseError.AmbiguousDecimalComma : ParseError.BadNumber, t.Start);
            return TryWithout(s, ',', false, t.Start);
        }
        if (dots > 0 && commas == 0)
        {
            if (dots == 1)
                return TryInvariant(s, t.Start);
            return ThousandsGroups(s, '.') ? TryWithout(s, '.', false, t.Start) : ParseResult<decimal>.Fail(ParseError.BadNumber, t.Start);
        }
        // both: "1,234.5" (English) or "1.234,5" (continental)
        var lastComma = s.LastIndexOf(',');
        var lastDot = s.LastIndexOf('.');
        return lastDot > lastComma
            ? TryWithout(s, ',', false, t.Start)
            : TryWithout(s, '.', true, t.Start);
    }

    /// <summary>
    /// The number with every <paramref name="drop"/> separator left out and, if <paramref name="commaIsPoint"/>, its
    /// commas read as the decimal point, parsed from a stack buffer instead of a string per replacement.
    /// </summary>
    private static ParseResult<decimal> TryWithout(ReadOnlySpan<char> s, char drop, bool commaIsPoint, int offset)
    {
        Span<char> buffer = s.Length <= 128 ? stackalloc char[128] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
        {
            if (c == drop)
                continue;
            buffer[n++] = commaIsPoint && c == ',' ? '.' : c;
        }
        return TryInvariant(buffer[..n], offset);
    }

    private static ParseResult<decimal> TryInvariant(ReadOnlySpan<char> s, int offset) =>
        decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? ParseResult<decimal>.Ok(v)
            : ParseResult<decimal>.Fail(ParseError.BadNumber, offset);

    private static bool ThousandsGroups(ReadOnlySpan<char> s, char sep)
    {
        var first = s.IndexOf(sep);
        if (first is < 1 or > 3)
            return false;
        var rest = s[(first + 1)..];
        while (true)
        {
            var next = rest.IndexOf(sep);
            var group = next < 0 ? rest : rest[..next];
            if (group.Length != 3)
                return false;
            if (next < 0)
                return true;
            rest = rest[(next + 1)..];
        }
    }

    /// <summary>
    /// A number starting at token <paramref name="at"/> with an optional scale word after it. Returns the token count
    /// used (0 when there is no number) and the value with the scale applied.
    /// </summary>
    public static int Read(ReadingContext ctx, List<Token> tokens, int at, out ParseResult<decimal> value, out bool hasScale)
    {
        var text = ctx.Text;
        var lex = ctx.Lexicon;
        value = default;
        hasScale = false;
        if (at >= tokens.Count)
            return 0;
        var used = 0;
        decimal number;
        var t = tokens[at];
        if (t.Kind == TokenKind.Number)
        {
            // digit groups split by spaces: "1 300 000"
            var end = at;
            var joined = false;
            while (end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Number && tokens[end + 1].Length == 3
                   && tokens[end].End + 1 == tokens[end + 1].Start && text[tokens[end].End] is ' ' or '\u00A0' or '\u202F'
                   && !text.AsSpan(tokens[end + 1].Start, 3).ContainsAny(",.")
                   && (end > at || (t.Length <= 3 && !text.AsSpan(t.Start, t.Length).ContainsAny(",."))))
            {
                end++;
                joined = true;
            }
            var scaleAt = end + 1;
            var scaleLen = scaleAt < tokens.Count ? lex.Match(CueCategory.Scale, text, tokens, scaleAt, out _) : 0;
            // "$82m": the scale word is glued to the digits
            if (joined)
            {
                var digits = string.Concat(Enumerable.Range(at, end - at + 1).Select(i => text.AsSpan(tokens[i].Start, tokens[i].Length).ToString()));
                // hostile input ("1 000 000 ..." for hundreds of groups) overflows decimal: not a figure (found by the fuzz test)
                if (!decimal.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out number))
                {
                    value = ParseResult<decimal>.Fail(ParseError.AmountOutOfRange, t.Start);
                    return end - at + 1 + scaleLen;
                }
            }
            else
            {
                var r = ReadDigits(text, t, ctx.Language, scaleLen > 0);
                if (!r.Success)
                {
                    value = r;
                    return end - at + 1 + scaleLen;
                }
                number = r.Value;
            }
            used = end - at + 1;
        }
        else if (t.Kind == TokenKind.Word)
        {
            var n = lex.Match(CueCategory.NumberWord, text, tokens, at, out var cue);
            if (n == 0)
                return 0;
            number = cue.DecimalValue;
            used = n;
            // "a" and "an" count as one only before a scale word: "a billion dollars".
            if (cue.Phrase is "a" or "an" && (at + n >= tokens.Count || lex.Match(CueCategory.Scale, text, tokens, at + n) == 0))
                return 0;
        }
        else
        {
            return 0;
        }

        if (at + used < tokens.Count)
        {
            var s = lex.Match(CueCategory.Scale, text, tokens, at + used, out var scale);
            // A one-letter scale ("m", "b", "k") must be glued to the digits: "$82m", never "82 m".
            if (s > 0 && (scale.Phrase.Length > 1 || tokens[at + used].Start == tokens[at + used - 1].End))
            {
                // a 28-digit "number" times a billion overflows decimal: hostile input, not a figure (found by the fuzz test)
                // (a number under a billion times a scale under 10^19 cannot: no division for the figures reports print)
                if (scale.DecimalValue > 1 && (Math.Abs(number) >= 1_000_000_000m || scale.DecimalValue >= 1e19m)
                    && Math.Abs(number) > decimal.MaxValue / scale.DecimalValue)
                {
                    value = ParseResult<decimal>.Fail(ParseError.AmountOutOfRange, t.Start);
                    return used + s;
                }
                number *= scale.DecimalValue;
                used += s;
                hasScale = true;
                // "млн." / "тыс." : the period belongs to the abbreviation
                if (at + used < tokens.Count && tokens[at + used].Kind == TokenKind.Punct && text[tokens[at + used].Start] == '.'
                    && tokens[at + used].Start == tokens[at + used - 1].End && scale.Phrase.Length <= 4 && !scale.Phrase.EndsWith('.'))
                {
                    // leave it: a following currency match decides (e.g. "млн. долларов")
                }
            }
        }
        value = ParseResult<decimal>.Ok(number);
        return used;
    }
}

/// <summary>What number reading needs from a document: its text, language and word lists.</summary>
public readonly record struct ReadingContext(string Text, Language Language, CueLexicon Lexicon);
