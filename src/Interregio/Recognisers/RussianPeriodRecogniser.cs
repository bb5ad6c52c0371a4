using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Text;

namespace Interregio.Recognisers;

/// <summary>
/// Periods of months in Russian reports, resolved against the article's date where they are relative:
/// "в 2024 году", "за 2022 год", "по итогам 2023 года", "в 2020-2021 годах", "в январе-мае 2025 года",
/// "за январь-май", "с января по май 2025 года", "в январе текущего года", "в первом полугодии 2023 года",
/// "за второй квартал", "за девять месяцев" (the period last spoken of), "за первые пять месяцев",
/// "в прошлом году", "в этом году", "с начала года", "по итогам года", "к аналогичному периоду прошлого года".
/// A period's span keeps its preposition because the preposition decides what it is: "к 2027 году" and
/// "до 2027 года" are deadlines and "на 2024-2026 годы" a plan, never the period of a figure, while
/// "на 10% к 2023 году" is the base a growth compares with. Dates ("9 июля", "10 июля 2025 года") are not periods.
/// Acts only on Russian text; the English recogniser reads English.
/// </summary>
public sealed class RussianPeriodRecogniser(CueLexicon lexicon) : IRecogniser
{
    public RussianPeriodRecogniser() : this(CueLexicon.Default) { }

    /// <summary>What the preposition before a period makes of it.</summary>
    private enum Lead : byte
    {
        None,
        /// <summary>в, во, за, по итогам, в течение: the period of a figure.</summary>
        During,
        /// <summary>к, до: a deadline ("к 2027 году"), unless it follows a growth ("на 10% к 2023 году").</summary>
        Deadline,
        /// <summary>на: the years a plan covers ("на 2024-2026 годы").</summary>
        Plan,
        /// <summary>с: only as "с января по май".</summary>
        From,
        /// <summary>к after a growth: the comparison base.</summary>
        Comparison,
    }

    /// <summary>
    /// A period is read for the amounts of its own sentence (the trade assembler's figures and targets, and the base a
    /// growth compares with, which is wanted only beside an amount); "the period last spoken of" is a figure's, never
    /// a bare period's. In a sentence without an amount the pipeline does not look for periods.
    /// </summary>
    public bool IsWanted(DocumentContext context, Sentence sentence) => sentence.Of<MoneyMention>().Any();

    public void Recognise(DocumentContext ctx, Sentence sentence)
    {
        if (ctx.Language != Language.Russian)
            return;
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
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
        var leadLength = ReadLead(text, tokens, i, out var lead);
        var j = i + leadLength;
        if (j >= tokens.Count)
            return null;
        return Relative(ctx, tokens, i, j, lead)
            ?? SamePeriod(ctx, tokens, i, j, lead)
            ?? MonthRange(ctx, tokens, i, j, lead)
            ?? PartOfYear(ctx, tokens, i, j, lead)
            ?? Years(ctx, tokens, i, j, lead);
    }

    private static int ReadLead(string text, List<Token> tokens, int i, out Lead lead)
    {
        lead = Lead.None;
        var t = tokens[i];
        if (t.Kind != TokenKind.Word)
            return 0;
        var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
        if (t.IsAny(text, "по") && next.IsAny(text, "итогам", "результатам")
            || t.Is(text, "в") && next.Is(text, "течение")
            || t.Is(text, "на") && next.Is(text, "протяжении"))
        {
            lead = Lead.During;
            return 2;
        }
        if (t.IsAny(text, "в", "во", "за"))
        {
            lead = Lead.During;
            return 1;
        }
        if (t.IsAny(text, "к", "до"))
        {
            // "на 7,5% к 2023 году", "в 1,5 раза к уровню 2023 года": what a growth compares with
            var prev = i > 0 ? tokens[i - 1] : default;
            var afterGrowth = i > 0 && (text[prev.Start] == '%' || prev.IsAny(text, "раза", "раз", "процента", "процентов"));
            lead = afterGrowth && t.Is(text, "к") ? Lead.Comparison : Lead.Deadline;
            // "к концу 2025 года", "до конца года"
            return next.IsAny(text, "концу", "конца") ? 2 : 1;
        }
        if (t.Is(text, "на"))
        {
            lead = Lead.Plan;
            return 1;
        }
        if (t.Is(text, "с"))
        {
            lead = Lead.From;
            return 1;
        }
        return 0;
    }

    // "в прошлом году", "по итогам прошлого года", "с начала года", "в этом году", "годом ранее"; "по итогам года"
    private PeriodMention? Relative(DocumentContext ctx, List<Token> tokens, int i, int j, Lead lead)
    {
        var text = ctx.Text;
        // the lexicon writes some phrases with their preposition ("в прошлом году"), others without ("прошлого года")
        var whole = lexicon.Match(CueCategory.RelativeYear, text, tokens, i, out var cue);
        var count = whole;
        if (whole == 0 && j > i && lead is Lead.During or Lead.Comparison)
        {
            var n = lexicon.Match(CueCategory.RelativeYear, text, tokens, j, out cue);
            count = n == 0 ? 0 : j - i + n;
        }
        if (count == 0)
        {
            // "по итогам года": the year's result; early in a year that is last year, later the year under way
            if (lead == Lead.During && j - i == 2 && tokens[i].Is(text, "по") && tokens[j].IsAny(text, "года", "году") && !IsYearAt(text, tokens, j + 1))
            {
                var m = new PeriodMention(i, j + 1 - i, Span(tokens, i, j)) { Anchor = PeriodAnchor.ReferenceYear };
                if (ctx.ReferenceDate is { } d)
                    m.Period = Period.TryYear(d.Month <= 3 ? d.Year - 1 : d.Year).TryGetValue(out var p) ? p : null;
                return m;
            }
            return null;
        }
        var offset = cue.IntValue;
        var mention = new PeriodMention(i, count, Span(tokens, i, i + count - 1)) { Anchor = PeriodAnchor.ReferenceYear, YearOffset = offset };
        if (ctx.ReferenceDate is { } date)
        {
            var year = date.Year + offset;
            mention.Period = offset == 0
                ? Period.TryCreate(year, 1, year, date.Month).TryGetValue(out var p) ? p : null
                : Period.TryYear(year).TryGetValue(out var full) ? full : null;
        }
        return mention;
    }

    // "к аналогичному периоду прошлого года", "за аналогичный период 2023 года", "за тот же период"
    private PeriodMention? SamePeriod(DocumentContext ctx, List<Token> tokens, int i, int j, Lead lead)
    {
        var text = ctx.Text;
        var k = j;
        if (k < tokens.Count && StartsWith(text, tokens[k], "аналогичн"))
            k++;
        else if (k + 1 < tokens.Count && tokens[k].IsAny(text, "тот", "того", "тому", "том") && tokens[k + 1].Is(text, "же"))
            k += 2;
        else
            return null;
        if (k >= tokens.Count || !StartsWith(text, tokens[k], "период"))
            return null;
        k++;
        Cue cue = default;
        var rel = k < tokens.Count ? lexicon.Match(CueCategory.RelativeYear, text, tokens, k, out cue) : 0;
        if (rel > 0)
            return new PeriodMention(i, k + rel - i, Span(tokens, i, k + rel - 1)) { Anchor = PeriodAnchor.Context, YearOffset = cue.IntValue };
        if (k < tokens.Count && tokens[k].IsYear(text, out var year))
        {
            var last = YearWordAfter(text, tokens, k);
            return new PeriodMention(i, last + 1 - i, Span(tokens, i, last)) { Anchor = PeriodAnchor.Context, SamePeriodYear = year };
        }
        // "за тот же период": the period just spoken of
        return new PeriodMention(i, k - i, Span(tokens, i, k - 1)) { Anchor = PeriodAnchor.Context, YearOffset = 0 };
    }

    // "в январе-мае 2025 года", "за январь–сентябрь", "с января по май 2025 года", "в январе текущего года"
    private PeriodMention? MonthRange(DocumentContext ctx, List<Token> tokens, int i, int j, Lead lead)
    {
        var text = ctx.Text;
        var n1 = lexicon.Match(CueCategory.Month, text, tokens, j, out var m1);
        if (n1 == 0 || m1.Language == Language.English || lead is Lead.Deadline or Lead.Plan or Lead.Comparison)
            return null;
        // "9 июля", "10 июля 2025 года": a date
        if (j > 0 && tokens[j - 1].Kind == TokenKind.Number && tokens[j - 1].Length <= 2)
            return null;
        var k = j + n1;
        var month2 = m1.IntValue;
        if (k + 1 < tokens.Count && (tokens[k].Kind == TokenKind.Dash || tokens[k].Is(text, lead == Lead.From ? "по" : "-")))
        {
            var n2 = lexicon.Match(CueCategory.Month, text, tokens, k + 1, out var m2);
            if (n2 > 0)
            {
                month2 = m2.IntValue;
                k += 1 + n2;
            }
        }
        if (lead == Lead.From && month2 == m1.IntValue)
            return null;
        if (IsYearAt(text, tokens, k))
        {
            tokens[k].IsYear(text, out var year);
            var last = YearWordAfter(text, tokens, k);
            var m = new PeriodMention(i, last + 1 - i, Span(tokens, i, last)) { Anchor = PeriodAnchor.Absolute };
            m.Period = Period.TryCreate(year, m1.IntValue, year, month2).TryGetValue(out var p) ? p : null;
            return m.Period is null ? null : m;
        }
        // "в январе текущего года", "за январь-март прошлого года"
        Cue cue = default;
        var rel = k < tokens.Count ? lexicon.Match(CueCategory.RelativeYear, text, tokens, k, out cue) : 0;
        if (rel > 0 && IsGenitiveYear(text, tokens[k + rel - 1]))
        {
            var m = new PeriodMention(i, k + rel - i, Span(tokens, i, k + rel - 1)) { Anchor = PeriodAnchor.ReferenceYear, YearOffset = cue.IntValue };
            if (ctx.ReferenceDate is { } d)
                m.Period = Period.TryCreate(d.Year + cue.IntValue, m1.IntValue, d.Year + cue.IntValue, month2).TryGetValue(out var p) ? p : null;
            return m;
        }
        // A lone month without a year is too weak to be a period ("в мае в Брянске пройдет выставка").
        if (month2 == m1.IntValue)
            return null;
        var r = new PeriodMention(i, k - i, Span(tokens, i, k - 1)) { Anchor = PeriodAnchor.ReferenceYear };
        if (ctx.ReferenceDate is { } date)
            r.Period = Period.TryCreate(date.Year, m1.IntValue, date.Year, month2).TryGetValue(out var p2) ? p2 : null;
        return r;
    }

    // "в первом полугодии 2023 года", "за второй квартал", "за девять месяцев", "за 9 месяцев 2024 года",
    // "за первые пять месяцев", "за полугодие"
    private PeriodMention? PartOfYear(DocumentContext ctx, List<Token> tokens, int i, int j, Lead lead)
    {
        var text = ctx.Text;
        if (lead is Lead.Deadline or Lead.Plan or Lead.From or Lead.Comparison)
            return null;
        var k = j;
        var on = lexicon.Match(CueCategory.Ordinal, text, tokens, k, out var ordinal);
        if (on > 0 && ordinal.Language != Language.English)
        {
            k += on;
            if (k >= tokens.Count)
                return null;
            if (lexicon.Match(CueCategory.Half, text, tokens, k) is var h and > 0 && IsCyrillic(text, tokens[k]))
            {
                if (ordinal.IntValue is not (1 or 2))
                    return null;
                return WithYear(ctx, tokens, i, k + h, ordinal.IntValue == 1 ? 1 : 7, 6, contextual: false);
            }
            if (lexicon.Match(CueCategory.Quarter, text, tokens, k) is var q and > 0 && IsCyrillic(text, tokens[k]))
            {
                if (ordinal.IntValue is < 1 or > 4)
                    return null;
                return WithYear(ctx, tokens, i, k + q, (ordinal.IntValue - 1) * 3 + 1, 3, contextual: false);
            }
            // "за первые пять месяцев": only "first" counts months from January
            if (ordinal.IntValue != 1)
                return null;
        }
        else if (lexicon.Match(CueCategory.Half, text, tokens, k) is var half and > 0 && IsCyrillic(text, tokens[k]) && lead != Lead.None)
        {
            // "за полугодие": the first half of the year under way
            return WithYear(ctx, tokens, i, k + half, 1, 6, contextual: false);
        }
        int count;
        int cn;
        if (k < tokens.Count && tokens[k].Kind == TokenKind.Number && tokens[k].Length <= 2 && int.TryParse(tokens[k].Of(text), out count))
        {
            cn = 1;
        }
        else
        {
            Cue word = default;
            cn = k < tokens.Count ? lexicon.Match(CueCategory.NumberWord, text, tokens, k, out word) : 0;
            if (cn == 0 || word.Language == Language.English)
                return null;
            count = (int)word.DecimalValue;
        }
        if (k + cn >= tokens.Count || !StartsWith(text, tokens[k + cn], "месяц") || count is < 1 or > 12)
            return null;
        // "за последние пять месяцев" is a rolling window, not a calendar period; the word stands right before the
        // count, whether the match started at "за" or (a token later) at the count itself
        if (k > 0 && StartsWith(text, tokens[k - 1], "последн"))
            return null;
        return WithYear(ctx, tokens, i, k + cn + 1, 1, count, contextual: on == 0);
    }

    private PeriodMention? WithYear(DocumentContext ctx, List<Token> tokens, int i, int j, int startMonth, int months, bool contextual)
    {
        var text = ctx.Text;
        if (IsYearAt(text, tokens, j))
        {
            tokens[j].IsYear(text, out var year);
            var last = YearWordAfter(text, tokens, j);
            var m = new PeriodMention(i, last + 1 - i, Span(tokens, i, last)) { Anchor = PeriodAnchor.Absolute };
            m.Period = Period.TryCreate(year, startMonth, year, startMonth + months - 1).TryGetValue(out var p) ? p : null;
            return m;
        }
        // "в первом полугодии текущего года", "за девять месяцев прошлого года"
        Cue cue = default;
        var rel = j < tokens.Count ? lexicon.Match(CueCategory.RelativeYear, text, tokens, j, out cue) : 0;
        if (rel > 0 && IsGenitiveYear(text, tokens[j + rel - 1]))
        {
            var m = new PeriodMention(i, j + rel - i, Span(tokens, i, j + rel - 1)) { Anchor = PeriodAnchor.ReferenceYear, YearOffset = cue.IntValue };
            if (ctx.ReferenceDate is { } d)
            {
                var y = d.Year + cue.IntValue;
                m.Period = Period.TryCreate(y, startMonth, y, startMonth + months - 1).TryGetValue(out var p) ? p : null;
            }
            return m;
        }
        if (contextual)
            return new PeriodMention(i, j - i, Span(tokens, i, j - 1)) { Anchor = PeriodAnchor.Context, Months = months };
        var r = new PeriodMention(i, j - i, Span(tokens, i, j - 1)) { Anchor = PeriodAnchor.ReferenceYear, Months = months };
        if (ctx.ReferenceDate is { } date)
            r.Period = Period.TryCreate(date.Year, startMonth, date.Year, startMonth + months - 1).TryGetValue(out var p2) ? p2 : null;
        return r;
    }

    // "в 2024 году", "за 2022 год", "2023 года", "в 2020-2021 годах", "в 2023 и 2024 годах", "к 2027 году" (a deadline),
    // "с 2020 года" (a starting point, kept apart like a deadline)
    private PeriodMention? Years(DocumentContext ctx, List<Token> tokens, int i, int j, Lead lead)
    {
        var text = ctx.Text;
        if (!tokens[j].IsYear(text, out var y1))
            return null;
        // "10 июля 2025 года": the year of a date
        if (j > 1 && lexicon.Match(CueCategory.Month, text, tokens, j - 1) > 0 && tokens[j - 2].Kind == TokenKind.Number)
            return null;
        var k = j;
        var y2 = y1;
        if (k + 2 < tokens.Count && (tokens[k + 1].Kind == TokenKind.Dash || tokens[k + 1].Is(text, "и")) && tokens[k + 2].IsYear(text, out var yy) && yy > y1 && yy - y1 <= 10)
        {
            y2 = yy;
            k += 2;
        }
        var last = YearWordAfter(text, tokens, k);
        // "2025 тракторов": a count; a year stands before a year word, a preposition or the end of a clause
        if (last == k && lead == Lead.None && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word && !char.IsUpper(text[tokens[k + 1].Start]))
            return null;
        var m = new PeriodMention(i, last + 1 - i, Span(tokens, i, last))
        {
            Anchor = PeriodAnchor.Absolute,
            // "с 2020 года" (since) is a boundary like a deadline: never the period of a figure
            IsDeadline = lead is Lead.Deadline or Lead.Plan or Lead.From,
        };
        m.Period = Period.TryYears(y1, y2).TryGetValue(out var p) ? p : null;
        return m;
    }

    private static readonly string[] YearWords = ["год", "года", "году", "годом", "годы", "годах", "годов", "г", "гг"];

    /// <summary>The last token of a year and the word "год" in any form after it ("2024 году", "2024 г").</summary>
    private static int YearWordAfter(string text, List<Token> tokens, int yearAt)
    {
        var k = yearAt + 1;
        // "2024-м году"
        if (k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Dash && tokens[k + 1].IsAny(text, "м", "й", "го"))
            k += 2;
        return k < tokens.Count && tokens[k].IsAny(text, YearWords) ? k : yearAt;
    }

    private static bool IsYearAt(string text, List<Token> tokens, int k) => k < tokens.Count && tokens[k].IsYear(text, out _);

    /// <summary>"текущего года", "прошлого года": a relative year that can follow a month or a part of a year.</summary>
    private static bool IsGenitiveYear(string text, Token last) => last.IsAny(text, "года", "году");

    private static bool StartsWith(string text, Token t, string prefix) =>
        t.Kind == TokenKind.Word && text.AsSpan(t.Start, t.Length).StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static bool IsCyrillic(string text, Token t) => t.Length > 0 && text[t.Start] is >= '\u0400' and <= '\u04FF';

    private static TextSpan Span(List<Token> tokens, int first, int last) => new(tokens[first].Start, tokens[last].End);
}
