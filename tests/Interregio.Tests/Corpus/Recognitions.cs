using System.Globalization;
using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Pipeline.Stages;
using Interregio.Recognisers;
using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>
/// Each recogniser wired for the corpus runner: the stages it depends on (the qualifier recogniser reads money,
/// growth reads periods, people read places) and the notation its value is written in, the contract's where it
/// has one ("152000000 USD", "2025-01..2025-05", "RU-PNZ").
/// </summary>
public static class Recognitions
{
    public static readonly Recognition Money = new(
        "money",
        (text, c) => CorpusRunner.Recognise(text, c, new MoneyRecogniser()),
        ctx => Mentions<MoneyMention>(ctx).Select(m => new Recognised(m.Span, Format(m.Value))));

    /// <summary>The finding is the hedge and its amount together ("exceeded $152 million"), valued by the hedge.</summary>
    public static readonly Recognition Qualifier = new(
        "qualified amount",
        (text, c) => CorpusRunner.Recognise(text, c, new MoneyRecogniser(), new QualifierRecogniser()),
        ctx => ctx.Sentences.SelectMany(s => s.Of<MoneyMention>().Select(m => new Recognised(
            new TextSpan(m.QualifierFirst >= 0 ? s.Tokens[m.QualifierFirst].Start : m.Span.Start, m.Span.End),
            m.Qualifier.ToContract()))));

    /// <summary>Deadlines ("by 2030") are never the period of a figure, so they count as nothing here.</summary>
    public static readonly Recognition Period = new(
        "period",
        (text, c) => CorpusRunner.Recognise(text, c, new PeriodRecogniser()),
        ctx => Mentions<PeriodMention>(ctx).Where(p => !p.IsDeadline).Select(p => new Recognised(p.Span, Format(p))),
        "in", "for", "during", "over", "since", "from");

    /// <summary>A growth with the period it compares with is one finding: "30% more than in 2023".</summary>
    public static readonly Recognition Growth = new(
        "growth",
        (text, c) => CorpusRunner.Recognise(text, c, new PeriodRecogniser(), new GrowthRecogniser()),
        ctx => Mentions<GrowthMention>(ctx).Select(g => new Recognised(
            new TextSpan(g.Span.Start, Math.Max(g.Span.End, g.Base?.Span.End ?? 0)),
            Format(g))));

    public static readonly Recognition Region = new(
        "place",
        (text, c) => CorpusRunner.Recognise(text, c, new PlaceRecogniser()),
        ctx => Mentions<PlaceMention>(ctx).Select(p => new Recognised(p.Span, p.Region.Code.Code + (p.Kind == PlaceKind.City ? " (city)" : ""))),
        "the", "in", "with");

    public static readonly Recognition Person = new(
        "person",
        (text, c) => CorpusRunner.Recognise(text, c, new PlaceRecogniser(), new PersonRecogniser()),
        ctx => Mentions<PersonMention>(ctx).Select(p => new Recognised(p.Span, $"{p.Name} | {p.Role} | {p.RoleRegion?.Code.Code ?? "-"}")));

    /// <summary>The dateline's span, valued as the article's date and the city as it is reported.</summary>
    public static readonly Recognition Dateline = new(
        "dateline",
        (text, c) =>
        {
            var ctx = CorpusRunner.Prepare(text, c with { Reference = null });
            new DatelineStage().Run(ctx);
            return ctx;
        },
        ctx => ctx.Dateline is { } span
            ? [new Recognised(span, $"{ctx.ReferenceDate:yyyy-MM-dd} {ctx.DatelineCity}")]
            : ctx.DatelineCity is { } city ? [new Recognised(new TextSpan(0, 0), $"no date, city {city}")] : []);

    /// <summary>One finding per paragraph: its sentences joined by " | ".</summary>
    public static readonly Recognition Sentences = new(
        "sentence split",
        (text, c) =>
        {
            var ctx = CorpusRunner.Prepare(text, c);
            new SentenceStage().Run(ctx);
            return ctx;
        },
        ctx => ctx.Sentences.Count == 0
            ? []
            : [new Recognised(new TextSpan(ctx.Sentences[0].Span.Start, ctx.Sentences[^1].Span.End),
                string.Join(" | ", ctx.Sentences.Select(s => ctx.Text[s.Span.Start..s.Span.End])))]);

    /// <summary>The document as the rest of the pipeline sees it: kept paragraphs as written, the others as [reason].</summary>
    public static readonly Recognition Cleaning = new(
        "cleaned document",
        CorpusRunner.Prepare,
        ctx => ctx.Paragraphs.Count == 0
            ? []
            : [new Recognised(new TextSpan(0, ctx.Text.Length), string.Join(" | ", ctx.Paragraphs.Select(p =>
                p.Status == ParagraphStatus.Kept ? ctx.Text[p.Span.Start..p.Span.End] : $"[{p.Reason}]")))]);

    private static IEnumerable<T> Mentions<T>(DocumentContext ctx) where T : Mention =>
        ctx.Sentences.SelectMany(s => s.Of<T>());

    public static string Format(Money m) => string.Create(CultureInfo.InvariantCulture, $"{m.Amount:0.##} {m.Currency}");

    /// <summary>
    /// A resolved period as the contract writes it ("2025-01..2025-05"); a phrase that needs the period last spoken
    /// of as "context: ..." ("over the eight months" is "context: 8 months").
    /// </summary>
    public static string Format(PeriodMention p)
    {
        if (p.Period is { } period)
            return period.ToString();
        if (p.SamePeriodYear is { } y)
            return $"context: same period of {y}";
        if (p.Anchor == PeriodAnchor.Context && p.Months > 0)
            return $"context: {p.Months} months";
        if (p.Anchor == PeriodAnchor.Context)
            return p.YearOffset == 0 ? "context: same period" : string.Create(CultureInfo.InvariantCulture, $"context: same period {p.YearOffset:+0;-0}y");
        return $"unresolved ({p.Anchor})";
    }

    public static string Format(GrowthMention g)
    {
        var pct = string.Create(CultureInfo.InvariantCulture, $"{g.Percent:+0.##;-0.##;0}%");
        return g.Base is { } b ? $"{pct} vs {Format(b)}" : pct;
    }
}
