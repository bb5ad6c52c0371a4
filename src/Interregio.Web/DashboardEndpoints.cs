using System.Collections.Concurrent;
using Interregio.Analytics;
using Interregio.Domain;
using Interregio.Pipeline;
using Interregio.Pipeline.Stages;
using Interregio.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Interregio.Web;

/// <summary>A source of a figure: the document and where its sentence stands in it.</summary>
public sealed record SourceDto(string Doc, string Quote, int Start, int End, DateOnly? Published)
{
    public static SourceDto Of(TradeReport r) => new(r.Fact.Doc, r.Fact.Quote, r.Fact.Source.Start, r.Fact.Source.End, r.Published);
}

/// <summary>
/// A region's full-year figure for the overview's ranking with the first reports that state it (at most
/// <see cref="DashboardEndpoints.MaxRankSources"/>) and how many do: a much-reprinted figure has thousands.
/// </summary>
public sealed record DashboardRankDto(
    int Rank, string Partner, string Name, int Year, decimal Amount, string Currency, string Qualifier, decimal? GrowthPct,
    bool Conflict, IReadOnlyList<SourceDto> Sources, int SourceCount);

public sealed record DashboardYearsDto(IReadOnlyList<int> Years);

/// <summary>A stretch of the text that cleaning set aside: a repeated paragraph ("repeated") or page furniture ("furniture": menus, other headlines).</summary>
public sealed record RemovedParagraphDto(int Start, int End, string Status, string Reason, int? RepeatOfStart);

public sealed record DocumentLayoutDto(string Name, IReadOnlyList<RemovedParagraphDto> Removed);

/// <summary>
/// What the dashboard needs beyond the REST API: the ranking for any year and flow (the API ranks the latest year's
/// turnover only) and the paragraphs cleaning removed from a document, so the page can show them folded.
/// </summary>
public static class DashboardEndpoints
{
    // Only the paragraph stage runs: the stored text is the text the pipeline saw, so the same paragraphs come out.
    private static readonly ExtractionPipeline ParagraphsOnly = new PipelineBuilder().Add(new ParagraphStage()).Build();

    /// <summary>Sources listed per ranking row; at a million facts every source made the answer 780 KB.</summary>
    public const int MaxRankSources = 5;

    public static void MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        var dashboard = app.MapGroup("/api/dashboard").WithTags("Dashboard");

        dashboard.MapGet("/years", async (AnalyticsCache cache, CancellationToken ct) =>
            {
                var snapshot = await cache.GetAsync(ct);
                return await snapshot.JsonAsync("dashboard/years", () => new DashboardYearsDto(RegionFullYears(snapshot.Points, null)
                    .Select(p => p.Key.Period.FromYear).Distinct().OrderDescending().ToList()));
            })
            .WithName("DashboardYears")
            .WithSummary("The years with a full-year figure between Belarus and a region, latest first");

        dashboard.MapGet("/ranking", async Task<Results<CachedJson<List<DashboardRankDto>>, ProblemHttpResult>> (
                string? flow, int? year, AnalyticsCache cache, CancellationToken ct) =>
            {
                var tradeFlow = TradeFlow.Turnover;
                if (!string.IsNullOrWhiteSpace(flow))
                {
                    tradeFlow = DomainText.ParseFlow(flow.Trim().ToLowerInvariant());
                    if (tradeFlow == TradeFlow.Unknown)
                        return Problems.BadRequest($"flow '{flow}' is not one of turnover, export, import");
                }
                var snapshot = await cache.GetAsync(ct);
                return await snapshot.JsonAsync($"dashboard/ranking?flow={tradeFlow}&year={year}", () =>
                {
                    // For a year, each region's figure of that year; without one, each region's latest (Rankings' rule).
                    var chosen = RegionFullYears(snapshot.Points, tradeFlow)
                        .Where(p => year is null || p.Key.Period.FromYear == year)
                        .GroupBy(p => p.Key.Partner)
                        .Select(g => g.MaxBy(p => p.Key.Period.FromYear)!)
                        .OrderByDescending(p => p.Best.Amount)
                        .ThenBy(p => p.Key.Partner.Code, StringComparer.Ordinal)
                        .ToList();
                    return chosen.Select((p, i) => new DashboardRankDto(
                            i + 1, p.Key.Partner.Code, TurnoverRankDto.NameOf(p.Key.Partner), p.Key.Period.FromYear, p.Best.Amount,
                            p.Key.Currency.ToString(), p.Best.Qualifier.ToContract(), p.Best.Fact.GrowthPct, p.HasConflict,
                            p.Reports.Take(MaxRankSources).Select(SourceDto.Of).ToList(), p.Reports.Count))
                        .ToList();
                });
            })
            .WithName("DashboardRanking")
            .WithSummary("Regions by their full-year figure (Belarus as reporter, US dollars) for one flow and year, or each region's latest year");

        dashboard.MapGet("/documents/{name}/paragraphs", async Task<Results<Ok<DocumentLayoutDto>, ProblemHttpResult>> (
                string name, IFactStore store, CancellationToken ct) =>
            {
                var document = await store.FindDocumentAsync(name, ct);
                if (document is null)
                    return Problems.NotFound($"no document is named '{name}'");
                return TypedResults.Ok(new DocumentLayoutDto(name, RemovedParagraphs(name, document)));
            })
            .WithName("DocumentParagraphs")
            .WithSummary("The repeated paragraphs and page furniture that cleaning set aside in a document, as offsets into its text");
    }

    /// <summary>
    /// Removed paragraphs by content hash: the same text always splits the same way, so the paragraph stage runs once
    /// per stored content instead of at every request (the dashboard asks each time it shows a document). Bounded:
    /// emptied when full, as a document's next request only runs the stage again.
    /// </summary>
    private static readonly ConcurrentDictionary<string, IReadOnlyList<RemovedParagraphDto>> Layouts = new(StringComparer.Ordinal);

    private const int MaxLayouts = 4096;

    private static IReadOnlyList<RemovedParagraphDto> RemovedParagraphs(string name, StoredDocument document)
    {
        if (Layouts.TryGetValue(document.Info.ContentSha256, out var cached))
            return cached;
        var ctx = ParagraphsOnly.Extract(new SourceDocument(name, document.Text)).Context;
        var removed = ctx.Paragraphs
            .Where(p => p.Status != ParagraphStatus.Kept)
            .Select(p => p.Status == ParagraphStatus.Repeated
                ? new RemovedParagraphDto(
                    p.Span.Start, p.Span.End, "repeated", p.Reason ?? "repeated paragraph",
                    p.RepeatOf >= 0 && p.RepeatOf < ctx.Paragraphs.Count ? ctx.Paragraphs[p.RepeatOf].Span.Start : null)
                : new RemovedParagraphDto(p.Span.Start, p.Span.End, "furniture", p.Reason ?? "page furniture", null))
            .ToList();
        if (Layouts.Count >= MaxLayouts)
            Layouts.Clear();
        Layouts[document.Info.ContentSha256] = removed;
        return removed;
    }

    private static IEnumerable<TradeSeriesPoint> RegionFullYears(IEnumerable<TradeSeriesPoint> points, TradeFlow? flow) =>
        points.Where(p => p.Kind == PeriodKind.FullYear && p.Key.Reporter.Code == "BY" && !p.Key.Partner.IsCountry
            && p.Key.Currency == Currency.USD && (flow is null || p.Key.Flow == flow));
}
