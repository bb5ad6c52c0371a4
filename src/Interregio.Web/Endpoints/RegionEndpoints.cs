using Interregio.Analytics;
using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Interregio.Web.Endpoints;

public static class RegionEndpoints
{
    public static void MapRegionEndpoints(this IEndpointRouteBuilder app)
    {
        var regions = app.MapGroup("/api/regions").WithTags("Regions");

        regions.MapGet("/", async (AnalyticsCache cache, bool? all, CancellationToken ct) =>
            {
                var snapshot = await cache.GetAsync(ct);
                return await snapshot.JsonAsync($"regions?all={all == true}", () => RegionGazetteer.Default.Regions
                    .Where(r => all == true || snapshot.Counts.ContainsKey(r.Code.Code))
                    .Select(r => RegionDto.Of(r, snapshot.Counts.GetValueOrDefault(r.Code.Code)))
                    .OrderByDescending(r => r.TotalFacts)
                    .ThenBy(r => r.Code, StringComparer.Ordinal)
                    .ToList());
            })
            .WithName("ListRegions")
            .WithSummary("Regions that facts name as partners, with fact counts by type")
            .WithDescription("Ordered by the number of facts. all=true lists every region of the table, with zero counts.");

        regions.MapGet("/{code}", async Task<Results<CachedJson<RegionSummaryDto>, ProblemHttpResult>> (
                string code, AnalyticsCache cache, IFactStore store, CancellationToken ct) =>
            {
                if (!ApiQuery.TryRegion(code, out var region))
                    return Problems.NotFound($"no region has the code '{code}'");
                var snapshot = await cache.GetAsync(ct);
                return await snapshot.LoadJsonAsync($"region/{region.Code.Code}", () => SummaryAsync(snapshot, region, store, ct));
            })
            .WithName("GetRegion")
            .WithSummary("A region's summary: fact counts, latest full-year turnover, goods by HS chapter, enterprises, meetings per year");

        regions.MapGet("/{code}/trade", async Task<Results<CachedJson<TradeSeriesDto>, ProblemHttpResult>> (
                string code, string? flow, string? reporter, string? from, string? to, AnalyticsCache cache, CancellationToken ct) =>
            {
                if (!ApiQuery.TryRegion(code, out var region))
                    return Problems.NotFound($"no region has the code '{code}'");
                TradeFlow? flowFilter = null;
                if (!string.IsNullOrWhiteSpace(flow))
                {
                    var parsed = DomainText.ParseFlow(flow.Trim().ToLowerInvariant());
                    if (parsed == TradeFlow.Unknown)
                        return Problems.BadRequest($"flow '{flow}' is not one of turnover, export, import");
                    flowFilter = parsed;
                }
                string? reporterCode = null;
                if (!string.IsNullOrWhiteSpace(reporter))
                {
                    if (!ApiQuery.TryRegion(reporter, out var reporterRegion))
                        return Problems.BadRequest($"reporter '{reporter}' is not an ISO 3166 code of a known region (for example BY or BY-MA)");
                    reporterCode = reporterRegion.Code.Code;
                }
                var fromProblem = ApiQuery.Month("from", from, end: false, out var fromMonth);
                var toProblem = ApiQuery.Month("to", to, end: true, out var toMonth);
                if ((fromProblem ?? toProblem) is { } monthProblem)
                    return Problems.BadRequest(monthProblem);
                if (fromMonth is not null && toMonth is not null && string.CompareOrdinal(fromMonth, toMonth) > 0)
                    return Problems.BadRequest($"from ({from}) is after to ({to})");
                var snapshot = await cache.GetAsync(ct);
                var key = $"trade/{region.Code.Code}?flow={flowFilter}&reporter={reporterCode}&from={fromMonth}&to={toMonth}";
                return await snapshot.JsonAsync(key, () =>
                {
                    var series = snapshot.SeriesOf(region.Code);
                    // A period is kept when it overlaps from..to (YYYY-MM compares as text), as /api/facts does.
                    bool Keep(TradeSeriesKey k) =>
                        (flowFilter is null || k.Flow == flowFilter)
                        && (reporterCode is null || string.Equals(k.Reporter.Code, reporterCode, StringComparison.OrdinalIgnoreCase))
                        && (fromMonth is null || string.CompareOrdinal(k.Period.ToText, fromMonth) >= 0)
                        && (toMonth is null || string.CompareOrdinal(k.Period.FromText, toMonth) <= 0);
                    return new TradeSeriesDto(
                        region.Code.Code, region.NameEn,
                        series.FullYears.Where(p => Keep(p.Key)).Select(SeriesPointDto.Of).ToList(),
                        series.PartialPeriods.Where(p => Keep(p.Key)).Select(SeriesPointDto.Of).ToList(),
                        series.Implied.Where(i => Keep(i.Key)).Select(ImpliedDto.Of).ToList(),
                        series.Conflicts.Where(c => Keep(c.Key)).Select(ConflictDto.Of).ToList());
                });
            })
            .WithName("GetRegionTrade")
            .WithSummary("A region's trade series: one value per reporter, flow and period with its reports; full years and partial periods apart")
            .WithDescription("""
                Each point's best report is chosen by this rule: an exact figure over a qualified one, then the later
                report, then the figure more reports give, then the document name. The best report carries its quote;
                'reports' lists the first 5 reports (every distinct figure first) without quotes, as document and
                offsets, and report_count counts them all (/api/facts?partner= lists every fact). 'implied' holds values
                derived from a stated growth (derived=true), never stated, each checked against the stated value of its
                period. Filters: flow (turnover, export, import), reporter (an ISO 3166 code), from and to (YYYY or
                YYYY-MM) keep the points, implied values and conflicts whose period overlaps them.
                Answers carry an ETag; send it as If-None-Match to get 304 while the data has not changed.
                """);
    }

    private static async ValueTask<RegionSummaryDto> SummaryAsync(AnalyticsSnapshot snapshot, Region region, IFactStore store, CancellationToken ct)
    {
        var series = snapshot.SeriesOf(region.Code);
        var counts = snapshot.Counts.GetValueOrDefault(region.Code.Code);
        var latest = series.FullYears
            .Where(p => p.Key.Flow == TradeFlow.Turnover && p.Key.Reporter.IsCountry)
            .OrderByDescending(p => p.Key.Period.FromYear)
            .ThenBy(p => p.Key.Currency == Currency.USD ? 0 : 1)
            .FirstOrDefault();
        var details = await snapshot.DetailsAsync(region.Code, store).WaitAsync(ct);
        return new RegionSummaryDto(
            region.Code.Code, region.NameEn, region.NameRu, region.Kind,
            RegionDto.Counts(counts), counts?.Values.Sum() ?? 0,
            latest is null ? null : SeriesPointDto.Of(latest),
            series.FullYears.Count + series.PartialPeriods.Count,
            series.Conflicts.Count,
            details.ProductsByChapter.Select(HsChapterDto.Of).ToList(),
            details.Enterprises.Select(EnterpriseDto.Of).ToList(),
            details.MeetingsPerYear.Select(m => new MeetingYearDto(m.Year, m.Meetings)).ToList(),
            details.Outlets.Select(o => new OutletsDto(o.Owner, o.Count, o.Qualifier.ToContract(), o.Kind, o.Doc)).ToList());
    }
}
