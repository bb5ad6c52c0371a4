using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Text;

namespace Interregio.Recognisers;

/// <summary>
/// Periods of months in English reports, resolved against the article's date where they are relative:
/// "in 2024", "in 2020-2021", "in 2020 and 2021", "2021 as a whole", "January-May 2025", "January through May",
/// "in January-September" (the article's year), "the first half of 2018", "H1 2023", "Q1 2025",
/// "the first quarter", "nine months of 2024", "over the eight months" (the period last spoken of),
/// "last year", "this year", "the same period last year", "the same period of 2021".
/// Deadlines ("by 2025", "until 2027") are marked so they never become a figure's period.
/// Dates ("on 1 April", "April 1, 2025") are not periods.
/// </summary>
public sealed class PeriodRecogniser : IRecogniser
{
    private readonly CueLexicon lexicon;

    // The words a period phrase can start with (besides numbers and H1/Q1 shapes). Most tokens of a sentence are
    // none of these, and skipping them is what keeps this recogniser off the profile.
    private readonly WordSet _starts;

    public PeriodRecogniser() : this(CueLexicon.Default) { }

    public PeriodRecogniser(CueLexicon lexicon)
    {
        this.lexicon = lexicon;
        _starts = lexicon.FirstWords(false, CueCategory.Month, CueCategory.RelativeYear, CueCategory.Ordinal, CueCategory.NumberWord);
    }

    private static readonly WordSet OtherStarts = new(["the", "same", "first", "half", "quarter"], StringComparer.OrdinalIgnoreCase);

    private bool CanStart(string text, Token t) =>
        t.Kind == TokenKind.Number
        || (t.Kind == TokenKind.Word && (_starts.Contains(text, t) || OtherStarts.Contains(text, t)
            || (t.Length == 2 && text[t.Start] is 'H' or 'Q' && char.IsDigit(text[t.Start + 1]))));

    /// <summary>
    /// A period is read for the amounts of its own sentence (the trade assembler's figures and targets, and the base a
    /// growth compares with, which is wanted only beside an amount); "the period last spoken of" is a figure's, never
    /// a bare period's. In a sentence without an amount the pipeline does not look for periods.
    /// </summary>
    public bool IsWanted(DocumentContext context, Sentence sentence) => sentence.Of<MoneyMention>().Any();

    public void Recognise(DocumentContext ctx, Sentence sentence)
    {
        if (ctx.Language == Language.Russian)
            return; // RussianPeriodRecogniser reads Russian periods, whose prepositions decide what they are
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!CanStart(text, tokens[i]))
                continue;
            var m = Match(ctx, tokens, i);
            if (m is null)
                continue;
            sentence.Mentions.Add(m);
            i = m.Last;
        }
    }

    private PeriodMention? Match(DocumentContext ctx, List<Token> tokens, int i)
    {
        var text = ctx.Text;
        var t = tokens[i];
        return SamePeriod(ctx, tokens, i)
            ?? Relative(ctx, tokens, i)
            ?? MonthRange(ctx, tokens, i)
            ?? PartOfYear(ctx, tokens, i)
            ?? Years(ctx, tokens, i);
    }

    // "the same period last year", "the same period of 2021", "the same period a year earlier", "the same period"
    private PeriodMention? SamePeriod(DocumentContext ctx, List<Token> tokens, int i)
    {
        var text = ctx.Text;
        var j = i;
        if (tokens[j].Is(text, "the"))
            j++;
        if (j + 1 >= tokens.Count || !tokens[j].Is(text, "same") || !tokens[j + 1].IsAny(text, "period", "months", "time"))
            return null;
        j += 2;
        if (j < tokens.Count && tokens[j].Is(text, "of") && j + 1 < tokens.Count && tokens[j + 1].IsYear(text, out var y))
            return new PeriodMention(i, j + 2 - i, Span(tokens, i, j + 1)) { Anchor = PeriodAnchor.Context, SamePeriodYear = y };
        if (j < tokens.Count && tokens[j].IsAny(text, "in", "of") && j + 1 < tokens.Count)
        {
            var n = lexicon.Match(CueCategory.RelativeYear, text, tokens, j + 1, out var rel);
            if (n > 0)
                return new PeriodMention(i, j + 1 + n - i, Span(tokens, i, j + n)) { Anchor = PeriodAnchor.Context, YearOffset = rel.IntValue == 0 ? 0 : rel.IntValue };
        }
        Cue rel2 = default;
        var r = j < tokens.Count ? lexicon.Match(CueCategory.RelativeYear, text, tokens, j, out rel2) : 0;
        if (r > 0)
            return new PeriodMention(i, j + r - i, Span(tokens, i, j + r - 1)) { Anchor = PeriodAnchor.Context, YearOffset = rel2.IntValue };
        // "Over the same period, exports were ...": the period just spoken of, unshifted
        return new PeriodMention(i, j - i, Span(tokens, i, j - 1)) { Anchor = PeriodAnchor.Context, YearOffset = 0 };
    }

    // "last year", "this year", "since the beginning of this year", "last year's"
    private PeriodMention? Relative(DocumentContext ctx, List<Token> tokens, int i)
    {
        var text = ctx.Text;
        var n = lexicon.Match(CueCategory.RelativeYear, text, tokens, i, out var cue);
        if (n == 0)
            return null;
        var offset = cue.IntValue;
        var m = new PeriodMention(i, n, Span(tokens, i, i + n - 1)) { Anchor = PeriodAnchor.ReferenceYear, YearOffset = offset };
        if (ctx.ReferenceDate is { } d)
        {
            var year = d.Year + offset;
            m.Period = offset == 0
                ? Period.TryCreate(year, 1, year, d.Month).TryGetValue(out var p) ? p : null
                : Period.TryYear(year).TryGetValue(out var full) ? full : null;
        }
        return m;
    }

    // "January-May 2025", "January through May", "in January-September", "Jan.-May of 2025", "May 2025"
    private PeriodMention? MonthRange(DocumentContext ctx, List<Token> tokens, int i)
    {
        var text = ctx.Text;
        var n1 = lexicon.Match(CueCategory.Month, text, tokens, i, out var m1);
        if (n1 == 0 || !tokens[i].IsCapitalised(text) && ctx.Language != Language.Russian)
            return null;
        // "1 April", "on 21 July": a date
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Number && tokens[i - 1].Length <= 2)
            return null;
        var j = i + n1;
        var month2 = m1.IntValue;
        if (j < tokens.Count && (tokens[j].Kind == TokenKind.Dash || tokens[j].IsAny(text, "through", "to", "till", "until", "and")))
        {
            Cue m2 = default;
            var n2 = j + 1 < tokens.Count ? lexicon.Match(CueCategory.Month, text, tokens, j + 1, out m2) : 0;
            if (n2 > 0)
            {
                month2 = m2.IntValue;
                j += 1 + n2;
            }
        }
        // "April 1": a date
        if (month2 == m1.IntValue && j < tokens.Count && tokens[j].Kind == TokenKind.Number && tokens[j].Length <= 2)
            return null;
        var k = j;
        if (k < tokens.Count && tokens[k].Is(text, "of"))
            k++;
        if (k < tokens.Count && tokens[k].IsYear(text, out var year))
        {
            var m = new PeriodMention(i, k + 1 - i, Span(tokens, i, k)) { Anchor = PeriodAnchor.Absolute };
            m.Period = Period.TryCreate(year, m1.IntValue, year, month2).TryGetValue(out var p) ? p : null;
            return m.Period is null ? null : m;
        }
        // A lone month without a year is a period only as a range: "in May" alone is too weak.
        if (month2 == m1.IntValue)
            return null;
        var rel = new PeriodMention(i, j - i, Span(tokens, i, j - 1)) { Anchor = PeriodAnchor.ReferenceYear };
        if (ctx.ReferenceDate is { } d)
            rel.Period = Period.TryCreate(d.Year, m1.IntValue, d.Year, month2).TryGetValue(out var p2) ? p2 : null;
        return rel;
    }

    // "the first half of 2018", "H1 2023", "Q1 2025", "the first quarter", "nine months of 2024",
    // "the first nine months", "eleven months", "over the eight months", "the first three quarters"
    private PeriodMention? PartOfYear(DocumentContext ctx, List<Token> tokens, int i)
    {
        var text = ctx.Text;
        var j = i;
        if (tokens[j].Is(text, "the"))
            j++;
        if (j >= tokens.Count)
            return null;
        int months;
        int startMonth = 1;
        var first = false;

        // H1 / Q3 / 1H / 9M
        var w = tokens[j];
        if (w.Kind == TokenKind.Word && w.Length == 2 && (text[w.Start] is 'H' or 'Q') && char.IsDigit(text[w.Start + 1]))
        {
            var n = text[w.Start + 1] - '0';
            if (text[w.Start] == 'H' && n is 1 or 2)
                (startMonth, months) = (n == 1 ? 1 : 7, 6);
            else if (text[w.Start] == 'Q' && n is >= 1 and <= 4)
                (startMonth, months) = ((n - 1) * 3 + 1, 3);
            else
                return null;
            j++;
            return WithYear(ctx, tokens, i, j, startMonth, months, contextual: false);
        }

        if (tokens[j].Is(text, "first"))
        {
            first = true;
        }
        var on = lexicon.Match(CueCategory.Ordinal, text, tokens, j, out var ordinal);
        if (on > 0 && j + on < tokens.Count)
        {
            var unit = tokens[j + on];
            if (unit.Is(text, "half"))
            {
                if (ordinal.IntValue is not (1 or 2))
                    return null;
                (startMonth, months) = (ordinal.IntValue == 1 ? 1 : 7, 6);
                return WithYear(ctx, tokens, i, j + on + 1, startMonth, months, contextual: false);
            }
            if (unit.Is(text, "quarter"))
            {
                if (ordinal.IntValue is < 1 or > 4)
                    return null;
                (startMonth, months) = ((ordinal.IntValue - 1) * 3 + 1, 3);
                return WithYear(ctx, tokens, i, j + on + 1, startMonth, months, contextual: false);
            }
            if (first)
                j += on; // "the first nine months", "the first three quarters"
            else
                return null;
        }
        // "nine months", "9 months", "eleven months", "three quarters"
        int count;
        var cn = 0;
        if (j < tokens.Count && tokens[j].Kind == TokenKind.Number && tokens[j].Length <= 2 && int.TryParse(tokens[j].Of(text), out count))
        {
            cn = 1;
        }
        else
        {
            Cue numberWord = default;
            cn = j < tokens.Count ? lexicon.Match(CueCategory.NumberWord, text, tokens, j, out numberWord) : 0;
            count = cn > 0 ? (int)numberWord.DecimalValue : 0;
            if (cn > 0 && numberWord.Phrase is "a" or "an" or "half a" or "a half" or "a dozen" or "dozen")
                return null;
        }
        if (cn == 0 || j + cn >= tokens.Count)
            return null;
        var u = tokens[j + cn];
        if (u.IsAny(text, "months", "month") && count is >= 1 and <= 12)
            months = count;
        else if (u.Is(text, "quarters") && count is >= 1 and <= 4)
            months = count * 3;
        else
            return null;
        // "over the past five months" is not a calendar period; "the eight months" is.
        return WithYear(ctx, tokens, i, j + cn + 1, 1, months, contextual: !first);
    }

    private PeriodMention? WithYear(DocumentContext ctx, List<Token> tokens, int i, int j, int startMonth, int months, bool contextual)
    {
        var text = ctx.Text;
        var k = j;
        if (k < tokens.Count && tokens[k].IsAny(text, "of", "in"))
            k++;
        if (k < tokens.Count && tokens[k].IsYear(text, out var year))
        {
            var m = new PeriodMention(i, k + 1 - i, Span(tokens, i, k)) { Anchor = PeriodAnchor.Absolute };
            m.Period = Period.TryCreate(year, startMonth, year, startMonth + months - 1).TryGetValue(out var p) ? p : null;
            return m;
        }
        // "the first half of this year", "nine months of last year"
        if (k < tokens.Count)
        {
            var n = lexicon.Match(CueCategory.RelativeYear, text, tokens, k, out var rel);
            if (n > 0 && k > j)
            {
                var m = new PeriodMention(i, k + n - i, Span(tokens, i, k + n - 1)) { Anchor = PeriodAnchor.ReferenceYear, YearOffset = rel.IntValue };
                if (ctx.ReferenceDate is { } d)
                {
                    var y = d.Year + rel.IntValue;
                    m.Period = Period.TryCreate(y, startMonth, y, startMonth + months - 1).TryGetValue(out var p) ? p : null;
                }
                return m;
            }
        }
        if (contextual)
            return new PeriodMention(i, j - i, Span(tokens, i, j - 1)) { Anchor = PeriodAnchor.Context, Months = months };
        var r = new PeriodMention(i, j - i, Span(tokens, i, j - 1)) { Anchor = PeriodAnchor.ReferenceYear, Months = months };
        if (ctx.ReferenceDate is { } date)
            r.Period = Period.TryCreate(date.Year, startMonth, date.Year, startMonth + months - 1).TryGetValue(out var p2) ? p2 : null;
        return r;
    }

    // "in 2024", "2021", "in 2020-2021", "2020–2021", "in 2020 and 2021", "by 2025" (a deadline)
    private PeriodMention? Years(DocumentContext ctx, List<Token> tokens, int i)
    {
        var text = ctx.Text;
        if (!tokens[i].IsYear(text, out var y1))
            return null;
        // "2,024 tractors" is tokenised as one number, so a bare four-digit number here is a year unless a
        // counted noun follows ("2025 machines") or a date precedes ("21 July 2025").
        if (i > 0 && lexicon.Match(CueCategory.Month, text, tokens, i - 1) > 0 && i > 1 && tokens[i - 2].Kind == TokenKind.Number)
            return null;
        if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && !tokens[i + 1].IsCapitalised(text)
            && !tokens[i + 1].IsAny(text, "as", "and", "to", "in", "it", "the", "trade", "turnover", "exports", "imports", "was", "were", "when", "while", "compared", "against", "year", "года", "году", "год", "г", "гг", "годах", "годы", "и", "по", "the"))
        {
            // "2025 machines" — a count, not a year
            if (tokens[i + 1].IsAny(text, "tractors", "machines", "units", "vehicles", "buses", "tonnes", "tons", "people", "jobs", "cars", "trucks", "elevators"))
                return null;
        }
        // A document number, not a year: "Resolution 2025/14", "Decree No. 2024", "№ 2024".
        if (i + 2 < tokens.Count && text[tokens[i + 1].Start] == '/' && tokens[i + 1].Start == tokens[i].End && tokens[i + 2].Kind == TokenKind.Number)
            return null;
        var numberSign = i > 0 && tokens[i - 1].Kind == TokenKind.Punct && text[tokens[i - 1].Start] == '.' ? i - 2 : i - 1;
        if (numberSign >= 0 && tokens[numberSign].Of(text) is "No" or "Nos" or "№")
            return null;
        var deadline = i > 0 && tokens[i - 1].IsAny(text, "by", "until", "till", "before", "to", "through", "до", "к");
        var j = i;
        var y2 = y1;
        if (j + 2 < tokens.Count && (tokens[j + 1].Kind == TokenKind.Dash || tokens[j + 1].IsAny(text, "and", "и")) && tokens[j + 2].IsYear(text, out var yy) && yy > y1 && yy - y1 <= 10)
        {
            y2 = yy;
            j += 2;
        }
        var k = j;
        // "2021 as a whole", "2024 year" (rare), "в 2024 году"
        if (k + 3 < tokens.Count && tokens[k + 1].Is(text, "as") && tokens[k + 2].Is(text, "a") && tokens[k + 3].Is(text, "whole"))
            k += 3;
        var m = new PeriodMention(i, k + 1 - i, Span(tokens, i, k)) { Anchor = PeriodAnchor.Absolute, IsDeadline = deadline };
        m.Period = Period.TryYears(y1, y2).TryGetValue(out var p) ? p : null;
        return m;
    }

    private static TextSpan Span(List<Token> tokens, int first, int last) => new(tokens[first].Start, tokens[last].End);
}
