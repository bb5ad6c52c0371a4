using Interregio.Analytics;
using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Storage;

namespace Interregio.Web;

// The API's response shapes. Field names go out in snake_case, as in the fact contract; facts themselves are
// written by the contract's writer (FactJsonConverter), so a fact looks the same in the API, in extract's output
// and in a JSON Lines export.

public sealed record PeriodDto(string From, string To)
{
    public static PeriodDto Of(Period p) => new(p.FromText, p.ToText);
}

public sealed record RangeDto(decimal Low, decimal High)
{
    public static RangeDto Of(ValueRange r) => new(r.Low, r.High);
}

/// <summary>A region and how many facts of each type name it.</summary>
public sealed record RegionDto(string Code, string Name, string NameRu, string Kind, IReadOnlyDictionary<string, int> Facts, int TotalFacts)
{
    public static RegionDto Of(Region region, IReadOnlyDictionary<FactType, int>? counts) =>
        new(region.Code.Code, region.NameEn, region.NameRu, region.Kind, Counts(counts), counts?.Values.Sum() ?? 0);

    public static IReadOnlyDictionary<string, int> Counts(IReadOnlyDictionary<FactType, int>? counts) =>
        counts is null ? new Dictionary<string, int>()
            : counts.Where(c => c.Key != FactType.Unknown).OrderBy(c => c.Key).ToDictionary(c => c.Key.ToContract(), c => c.Value);
}

/// <summary>One report's statement of a figure, with the sentence it was read from and where it stands in the document.</summary>
public sealed record ReportDto(decimal Amount, string Qualifier, decimal? GrowthPct, string Doc, DateOnly? Published, string Quote, int Start, int End)
{
    public static ReportDto Of(TradeReport r) => new(
        r.Amount, r.Qualifier.ToContract(), r.Fact.GrowthPct, r.Fact.Doc, r.Published, r.Fact.Quote, r.Fact.Source.Start, r.Fact.Source.End);
}

/// <summary>
/// A report named without its sentence: the figure it states, its document, its date and the offsets of its quote
/// in the document (GET /api/documents/{doc} has the text). Lists of reports carry these; only the best report of
/// a figure carries its quote, which kept a region's trade series from sending six sentences per point.
/// </summary>
public sealed record ReportRefDto(decimal Amount, string Qualifier, decimal? GrowthPct, string Doc, DateOnly? Published, int Start, int End)
{
    public static ReportRefDto Of(TradeReport r) => new(
        r.Amount, r.Qualifier.ToContract(), r.Fact.GrowthPct, r.Fact.Doc, r.Published, r.Fact.Source.Start, r.Fact.Source.End);
}

/// <summary>
/// A stated value of a trade series: the best report (see TradeSeries.BestFirst) with its quote, its first reports
/// (without quotes) and how many there are. A figure a generated or syndicated corpus repeats thousands of times
/// would otherwise send every copy (1.5 MB a region at a million facts); /api/facts?partner= lists them all.
/// </summary>
public sealed record SeriesPointDto(
    string Reporter, string Partner, string Flow, PeriodDto Period, string Kind, string Currency,
    ReportDto Best, IReadOnlyList<ReportRefDto> Reports, int ReportCount, bool Conflict)
{
    public static SeriesPointDto Of(TradeSeriesPoint p) => new(
        p.Key.Reporter.Code, p.Key.Partner.Code, p.Key.Flow.ToContract(), PeriodDto.Of(p.Key.Period), p.Kind.ToContract(),
        p.Key.Currency.ToString(), ReportDto.Of(p.Best), ReportsShown.Of(p.Reports), p.Reports.Count, p.HasConflict);
}

/// <summary>Which reports a figure lists when it has many: at most five, best first, every distinct figure before repeats.</summary>
public static class ReportsShown
{
    public const int Max = 5;

    // A disputed point must still show each figure the reports disagree on, so one report of each distinct
    // (amount, qualifier) is taken first; the rest of the five follow the best-first order.
    public static List<ReportRefDto> Of(IReadOnlyList<TradeReport> reports)
    {
        if (reports.Count <= Max)
            return reports.Select(ReportRefDto.Of).ToList();
        var chosen = new bool[reports.Count];
        var taken = 0;
        var figures = new HashSet<(decimal, Qualifier)>();
        for (var i = 0; i < reports.Count && taken < Max; i++)
        {
            if (figures.Add((reports[i].Amount, reports[i].Qualifier)))
            {
                chosen[i] = true;
                taken++;
            }
        }
        for (var i = 0; i < reports.Count && taken < Max; i++)
        {
            if (!chosen[i])
            {
                chosen[i] = true;
                taken++;
            }
        }
        var list = new List<ReportRefDto>(Max);
        for (var i = 0; i < reports.Count; i++)
        {
            if (chosen[i])
                list.Add(ReportRefDto.Of(reports[i]));
        }
        return list;
    }
}

/// <summary>
/// A value derived from a growth, never stated; <c>derived</c> is always true. <c>from</c> is the report whose growth
/// implies it and <c>stated</c> the best report of the period it implies (its quote is that point's), both without
/// quotes: a region has hundreds of implied values.
/// </summary>
public sealed record ImpliedDto(
    string Reporter, string Partner, string Flow, PeriodDto Period, string Kind, string Currency,
    decimal Amount, RangeDto Range, bool Derived, decimal GrowthPct, ReportRefDto From, string Check, ReportRefDto? Stated)
{
    public static ImpliedDto Of(ImpliedValue v) => new(
        v.Key.Reporter.Code, v.Key.Partner.Code, v.Key.Flow.ToContract(), PeriodDto.Of(v.Key.Period), v.Key.Kind.ToContract(),
        v.Key.Currency.ToString(), v.Amount, RangeDto.Of(v.Range), v.Derived, v.GrowthPct, ReportRefDto.Of(v.From),
        v.Check switch { ImpliedCheck.Agrees => "agrees", ImpliedCheck.Disagrees => "disagrees", _ => "not_stated" },
        v.Stated is null ? null : ReportRefDto.Of(v.Stated.Best));
}

/// <summary>One side of a conflict: its figure with one report's quote, its first reports (see <see cref="ReportsShown"/>) and how many state it.</summary>
public sealed record ConflictSideDto(decimal Amount, string Qualifier, RangeDto Range, string Quote, string Doc, IReadOnlyList<ReportRefDto> Reports, int ReportCount)
{
    public static ConflictSideDto Of(ConflictSide s) =>
        new(s.Amount, s.Qualifier.ToContract(), RangeDto.Of(s.Range), s.Quote, s.Doc, ReportsShown.Of(s.Reports), s.Reports.Count);
}

/// <summary>Two statements of one figure that their qualifiers cannot reconcile, side by side.</summary>
public sealed record ConflictDto(
    string Reporter, string Partner, string PartnerName, string Flow, PeriodDto Period, string Kind, string Currency,
    decimal DifferencePct, ConflictSideDto First, ConflictSideDto Second)
{
    public static ConflictDto Of(TradeConflict c) => new(
        c.Key.Reporter.Code, c.Key.Partner.Code, RegionGazetteer.Default[c.Key.Partner.Code]?.NameEn ?? c.Key.Partner.Code,
        c.Key.Flow.ToContract(), PeriodDto.Of(c.Key.Period), c.Key.Kind.ToContract(), c.Key.Currency.ToString(),
        c.DifferencePct, ConflictSideDto.Of(c.First), ConflictSideDto.Of(c.Second));
}

/// <summary>A page of conflicts, largest difference first; <c>total</c> counts every conflict the filter keeps.</summary>
public sealed record ConflictPageDto(IReadOnlyList<ConflictDto> Items, string? NextCursor, int Limit, int Total);

public sealed record TradeSeriesDto(
    string Partner, string Name, IReadOnlyList<SeriesPointDto> FullYears, IReadOnlyList<SeriesPointDto> PartialPeriods,
    IReadOnlyList<ImpliedDto> Implied, IReadOnlyList<ConflictDto> Conflicts);

public sealed record TurnoverRankDto(int Rank, string Partner, string Name, int Year, decimal Amount, string Qualifier, decimal? GrowthPct, string Doc, string Quote)
{
    public static TurnoverRankDto Of(TurnoverRank r) => new(
        r.Rank, r.Partner.Code, NameOf(r.Partner), r.Year, r.Amount, r.Qualifier.ToContract(), r.GrowthPct, r.Point.Best.Fact.Doc, r.Point.Best.Fact.Quote);

    internal static string NameOf(RegionCode code) => RegionGazetteer.Default[code.Code]?.NameEn ?? code.Code;
}

/// <summary>A region's growth in its latest full year: <c>source</c> is "stated" (a report says it) or "computed" (derived from two stated years).</summary>
public sealed record GrowthRankDto(int Rank, string Partner, string Name, int Year, decimal GrowthPct, string Source, decimal Amount, string Doc)
{
    public static GrowthRankDto Of(GrowthRank r) => new(
        r.Rank, r.Partner.Code, TurnoverRankDto.NameOf(r.Partner), r.Year, r.GrowthPct,
        r.Source == GrowthSource.Stated ? "stated" : "computed", r.Point.Best.Amount, r.Point.Best.Fact.Doc);
}

public sealed record RankingsDto(string Reporter, string Currency, IReadOnlyList<TurnoverRankDto> Turnover, IReadOnlyList<GrowthRankDto> Growth);

public sealed record HsChapterDto(string Chapter, IReadOnlyList<string> Headings, IReadOnlyList<string> Names, IReadOnlyList<string> Flows, int Documents)
{
    public static HsChapterDto Of(HsChapterSummary s) =>
        new(s.Chapter, s.Headings, s.Names, s.Flows.Select(f => f.ToContract()).ToList(), s.Documents);
}

public sealed record EnterpriseDto(string Name, string Country, string? Id, int Documents)
{
    public static EnterpriseDto Of(EnterpriseSummary s) => new(s.Name, s.Country, s.Id, s.Documents);
}

public sealed record MeetingYearDto(int Year, int Meetings);

public sealed record OutletsDto(string Owner, int Count, string Qualifier, string Kind, string Doc);

/// <summary>A region's page: counts, its latest full-year turnover, conflicts, goods by HS chapter, enterprises, meetings.</summary>
public sealed record RegionSummaryDto(
    string Code, string Name, string NameRu, string Kind,
    IReadOnlyDictionary<string, int> Facts, int TotalFacts,
    SeriesPointDto? LatestTurnover, int TradePoints, int Conflicts,
    IReadOnlyList<HsChapterDto> ProductsByChapter, IReadOnlyList<EnterpriseDto> Enterprises,
    IReadOnlyList<MeetingYearDto> MeetingsPerYear, IReadOnlyList<OutletsDto> Outlets);

/// <summary>A fact and its storage id (the id is what a cursor continues after).</summary>
public sealed record FactItemDto(long Id, Fact Fact);

/// <summary>A page of facts. Pass <c>next_cursor</c> as <c>cursor</c> for the next page; null on the last page.</summary>
public sealed record FactPageDto(IReadOnlyList<FactItemDto> Items, string? NextCursor, int Limit);

/// <summary>A document with the text every fact's start/end offsets refer to. The text is data: it is never rendered as HTML.</summary>
public sealed record DocumentDto(
    string Name, string? Title, DateOnly? ReferenceDate, string? Language, string? SourcePath, DateTimeOffset IngestedAt,
    string ContentSha256, string Text, IReadOnlyList<Fact> Facts)
{
    public static DocumentDto Of(StoredDocument d, IReadOnlyList<Fact> facts) => new(
        d.Info.Name, d.Info.Title, d.Info.ReferenceDate, d.Info.Language, d.Info.SourcePath, d.Info.IngestedAt,
        d.Info.ContentSha256, d.Text, facts);
}

/// <summary>
/// One document to ingest: its name (the <c>doc</c> of its facts) and either its text or an HTML page (its visible
/// text is read). <c>date</c> (YYYY-MM-DD) is the article's date when the text has no dateline.
/// </summary>
public sealed record IngestDocumentDto(string Name, string? Text, string? Html, DateOnly? Date);

public sealed record IngestOutcomeDto(string Name, string Status, int FactsAdded, IReadOnlyDictionary<string, int> FactsByType, string? Problem);

public sealed record IngestResultDto(IReadOnlyList<IngestOutcomeDto> Documents, int FactsAdded);

public sealed record HealthDto(string Status, int Documents, bool WritesEnabled);
