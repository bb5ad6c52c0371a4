using System.Globalization;
using System.Text.RegularExpressions;
using Interregio.Gazetteers;
using Interregio.Text;

namespace Interregio.Pipeline.Stages;

/// <summary>
/// Finds the article's date: a dateline in the forms agencies use ("MINSK, 1 April (BelTA) –",
/// "MOSCOW, April 1 /TASS/", "Minsk, 14 March 2024 /BelTA/.", "Minsk, 21.07.2025", "МИНСК, 10 июля (БЕЛТА) –"),
/// a date standing alone on a line ("2023-07-27"), or page metadata. A dateline without a year takes it from the
/// text as the contract says: the latest year with a full-year figure is last year, and a partial period of a year
/// ("January-May 2025") puts the article in that year. --date overrides everything. With no date at all, relative
/// periods ("last year") are dropped later with a warning, never guessed.
/// </summary>
public sealed partial class DatelineStage(CueLexicon lexicon) : IDocumentStage
{
    // Page furniture often comes first (a menu is one line per item), so look a little further than the first lines.
    private const int ParagraphsToSearch = 12;

    public DatelineStage() : this(CueLexicon.Default) { }

    // Each dateline's span runs through the agency's tag and dash ("(BelTA) –", "/TASS/"): the span is the whole
    // dateline, so nothing of it is taken for the body (a meeting date, a place).
    [GeneratedRegex(@"^(?<city>\p{Lu}[\p{L}\-\. ]{1,40}?),\s+(?<day>\d{1,2})\s+(?<month>\p{L}{3,}\.?)(?:\s+(?<year>\d{4}))?(?:\s*г\.)?\s*(?:\((?:[^()\r\n]{1,24}\))?|/(?:[^/\r\n]{1,24}/)?|–|—|-|\.)(?:\s*[–—-])?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 200)]
    private static partial Regex DayMonthDateline();

    [GeneratedRegex(@"^(?<city>\p{Lu}[\p{L}\-\. ]{1,40}?),\s+(?<month>\p{L}{3,}\.?)\s+(?<day>\d{1,2})(?:,?\s+(?<year>\d{4}))?\s*(?:\((?:[^()\r\n]{1,24}\))?|/(?:[^/\r\n]{1,24}/)?|–|—|-)(?:\s*[–—-])?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 200)]
    private static partial Regex MonthDayDateline();

    [GeneratedRegex(@"^(?<city>\p{Lu}[\p{L}\-\. ]{1,40}?),\s+(?<day>\d{1,2})\.(?<mon>\d{1,2})\.(?<year>\d{4})\b(?:\s*(?:\([^()\r\n]{1,24}\)|/[^/\r\n]{1,24}/))?(?:\s*[–—-])?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 200)]
    private static partial Regex NumericDateline();

    [GeneratedRegex(@"^(?:(?<year>\d{4})-(?<mon>\d{2})-(?<day>\d{2})|(?<day>\d{1,2})\.(?<mon>\d{2})\.(?<year>\d{4})|(?<day>\d{1,2})\s+(?<month>\p{L}{3,})\s+(?<year>\d{4}))(?:\s+\d{1,2}:\d{2})?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 200)]
    private static partial Regex DateLine();

    public void Run(DocumentContext ctx)
    {
        var text = ctx.Text;
        var searched = 0;
        foreach (var p in ctx.Paragraphs)
        {
            if (p.Status != ParagraphStatus.Kept)
                continue;
            if (searched++ >= ParagraphsToSearch)
                break;
            if (TryDateline(ctx, text.AsSpan(p.Span.Start, Math.Min(p.Span.Length, 200)), p.Span.Start))
                break;
        }

        if (ctx.Options.ReferenceDate is { } forced)
        {
            ctx.ReferenceDate = forced;
            ctx.ReferenceDateSource = "option";
        }
        else if (ctx.ReferenceDate is null && ctx.Document.PublishedHint is { } hint)
        {
            ctx.ReferenceDate = hint;
            ctx.ReferenceDateSource = "metadata";
        }
        if (ctx.ReferenceDate is null)
            ctx.Warn("no dateline and no --date: relative periods such as \"last year\" will be dropped");
    }

    private bool TryDateline(DocumentContext ctx, ReadOnlySpan<char> span, int offset)
    {
        try
        {
            // most paragraphs are no dateline: tested on the text in place, a string is made only for one that is
            if (!(DayMonthDateline().IsMatch(span) || MonthDayDateline().IsMatch(span) || NumericDateline().IsMatch(span) || DateLine().IsMatch(span.Trim())))
                return false;
            var line = span.ToString();
            Match m;
            if ((m = DayMonthDateline().Match(line)).Success || (m = MonthDayDateline().Match(line)).Success)
            {
                var month = MonthNumber(m.Groups["month"].Value);
                if (month == 0)
                    return false;
                return Accept(ctx, m, month, offset, city: m.Groups["city"].Value);
            }
            if ((m = NumericDateline().Match(line)).Success)
                return Accept(ctx, m, int.Parse(m.Groups["mon"].Value, CultureInfo.InvariantCulture), offset, m.Groups["city"].Value);
            if ((m = DateLine().Match(line.Trim())).Success)
            {
                var month = m.Groups["mon"].Success ? int.Parse(m.Groups["mon"].Value, CultureInfo.InvariantCulture) : MonthNumber(m.Groups["month"].Value);
                return month != 0 && Accept(ctx, m, month, offset, city: null);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            ctx.Warn("dateline search timed out; the document is read without a dateline");
        }
        return false;
    }

    private int MonthNumber(string word)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(word, 0, word.Length, tokens);
        return tokens.Count > 0 && lexicon.Match(CueCategory.Month, word, tokens, 0, out var cue) > 0 ? cue.IntValue : 0;
    }

    private bool Accept(DocumentContext ctx, Match m, int month, int offset, string? city)
    {
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        int year;
        var source = "dateline";
        if (m.Groups["year"].Success)
        {
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            var inferred = InferYear(ctx);
            if (inferred is null)
            {
                ctx.Warn("the dateline has no year and the text gives none to infer it from");
                ctx.DatelineCity = CityName(city);
                return true;
            }
            year = inferred.Value;
            source = "dateline+inferred-year";
        }
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        ctx.ReferenceDate = new DateOnly(year, month, day);
        ctx.ReferenceDateSource = source;
        ctx.DatelineCity = CityName(city);
        ctx.Dateline = new TextSpan(offset + m.Index, offset + m.Index + m.Length);
        return true;
    }

    private static string? CityName(string? city)
    {
        if (string.IsNullOrWhiteSpace(city))
            return null;
        city = city.Trim();
        // "MINSK" is written "Minsk"; "Rostov-on-Don" keeps its case.
        if (city.Any(char.IsLower))
            return city;
        var lower = city.ToLowerInvariant();
        var chars = lower.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '-')
                chars[i] = char.ToUpperInvariant(chars[i]);
        }
        var s = new string(chars);
        return s.Replace("-On-", "-on-", StringComparison.Ordinal).Replace("-На-", "-на-", StringComparison.Ordinal);
    }

    /// <summary>
    /// The article's year when the dateline omits it: a partial period with a year ("January-May 2025") means that
    /// year; a full-year figure ("in 2024 it amounted to") means the year after. Deadlines ("by 2030") do not count.
    /// </summary>
    internal int? InferYear(DocumentContext ctx)
    {
        int? best = null;
        var text = ctx.Text;
        List<Token>? tokens = null;
        Span<char> lowered = stackalloc char[30];
        foreach (var p in ctx.Paragraphs)
        {
            if (p.Status != ParagraphStatus.Kept)
                continue;
            var para = text.AsSpan(p.Span.Start, p.Span.Length);
            if (!LooksLikeFigures(para))
                continue;
            // A year is four digits, 19xx or 20xx, standing alone; the words before it tell a partial period from a
            // full year. A scan, not a regex: a leading optional class of letters backtracks on every position.
            for (var i = 0; i + 4 <= para.Length; i++)
            {
                // to the next '1' or '2' with one vectorised search instead of a test per character
                var next = para[i..].IndexOfAny('1', '2');
                if (next < 0)
                    break;
                i += next;
                if (i + 4 > para.Length)
                    break;
                if ((i > 0 && (char.IsDigit(para[i - 1]) || para[i - 1] is ',' or '.')))
                    continue;
                if (!(char.IsDigit(para[i + 1]) && char.IsDigit(para[i + 2]) && char.IsDigit(para[i + 3])) || (i + 4 < para.Length && (char.IsDigit(para[i + 4]) || (para[i + 4] is ',' or '.' && i + 5 < para.Length && char.IsDigit(para[i + 5])))))
                    continue;
                var year = int.Parse(para.Slice(i, 4), CultureInfo.InvariantCulture);
                if (year is < 1900 or > 2099)
                    continue;
                var from = Math.Max(0, i - 30);
                // the words before it, trimmed and lower-cased in a stack buffer: a string only for the month test
                var before = lowered[..para[from..i].TrimEnd().ToLowerInvariant(lowered)];
                if (before.EndsWith(" by") || before.SequenceEqual("by") || before.EndsWith("until")
                    || before.EndsWith(" до") || before.SequenceEqual("до") || before.EndsWith(" к") || before.SequenceEqual("к")
                    || before.EndsWith(" for") && para[(i + 4)..].StartsWith("-"))
                    continue;
                i += 3;
                // the candidate is this year or the next: when the next is no later than the best so far, whether the
                // period is partial cannot change the answer, so the words before are not read
                if (best >= year + 1)
                    continue;
                // year ranges ("2020-2021") and roadmaps ("2023-2025"): the later year of a range counts as full
                var partial = IsPartialPeriodBefore(new string(before), tokens ??= []);
                var candidate = partial ? year : year + 1;
                best = best is null ? candidate : Math.Max(best.Value, candidate);
            }
        }
        return best;
    }

    private bool IsPartialPeriodBefore(string before, List<Token> tokens)
    {
        tokens.Clear();
        Tokenizer.Tokenize(before, 0, before.Length, tokens);
        for (var i = Math.Max(0, tokens.Count - 4); i < tokens.Count; i++)
        {
            if (lexicon.Match(CueCategory.Month, before, tokens, i) > 0)
                return true;
            if (tokens[i].IsWord(before, "half", "quarter", "months", "полугодии", "полугодие", "квартал", "квартале", "месяцев", "месяца"))
                return true;
        }
        return false;
    }

    // the words any case may spell, found by one vectorised search (Contains with OrdinalIgnoreCase is a plain loop
    // per word under invariant globalization)
    // The English words in one set, searched sixteen characters at a time; "долл" apart, since one Cyrillic word in
    // the set made the whole search a character-by-character automaton (a dictionary lookup per character).
    private static readonly System.Buffers.SearchValues<string> FigureWordsAnyCase =
        System.Buffers.SearchValues.Create(["dollar", "million", "billion"], StringComparison.OrdinalIgnoreCase);

    // every character that is "д" ignoring case (as OrdinalIgnoreCase compares): "долл" can only start at one
    private static readonly System.Buffers.SearchValues<char> De = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.ToUpperInvariant(c) == 'Д')]);

    private static bool LooksLikeFigures(ReadOnlySpan<char> para) =>
        para.Contains('$') || para.Contains("USD", StringComparison.Ordinal) || para.Contains("млн", StringComparison.Ordinal)
        || para.Contains("млрд", StringComparison.Ordinal) || para.ContainsAny(FigureWordsAnyCase)
        || (para.ContainsAny(De) && para.Contains("долл", StringComparison.OrdinalIgnoreCase));
}

internal static class TokenWords
{
    public static bool IsWord(this Token t, string text, params ReadOnlySpan<string> words)
    {
        foreach (var w in words)
        {
            if (text.AsSpan(t.Start, t.Length).Equals(w, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
