using Interregio.Analytics;
using Interregio.Domain;
using Interregio.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Interregio.Web.Endpoints;

public static class AnalyticsEndpoints
{
    /// <summary>The largest page of /api/conflicts, as for /api/facts.</summary>
    public const int ConflictsMaxLimit = 500;

    public static void MapAnalyticsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/conflicts", async Task<Results<CachedJson<ConflictPageDto>, ProblemHttpResult>> (
                string? partner, int? limit, string? cursor, AnalyticsCache cache, CancellationToken ct) =>
            {
                string?[] problems =
                [
                    ApiQuery.Partner(partner, out var partnerCode),
                    ApiQuery.Limit(limit, ConflictsMaxLimit, out var pageSize),
                    ApiQuery.Offset(cursor, out var offset),
                ];
                if (problems.FirstOrDefault(p => p is not null) is { } problem)
                    return Problems.BadRequest(problem);
                var snapshot = await cache.GetAsync(ct);
                return await snapshot.JsonAsync($"conflicts?partner={partnerCode?.Code}&limit={pageSize}&offset={offset}", () =>
                {
                    IReadOnlyList<TradeConflict> all = partnerCode is null
                        ? snapshot.Conflicts
                        : snapshot.Conflicts.Where(c => c.Key.Partner == partnerCode).ToList();
                    var items = all.Skip(offset).Take(pageSize).Select(ConflictDto.Of).ToList();
                    var next = offset + pageSize < all.Count ? ApiQuery.EncodeOffset(offset + pageSize) : null;
                    return new ConflictPageDto(items, next, pageSize, all.Count);
                });
            })
            .WithTags("Analytics")
            .WithName("ListConflicts")
            .WithSummary("Figures for the same reporter, partner, flow and period whose amounts differ beyond what their qualifiers allow")
            .WithDescription("""
                Each side is one stated amount with the quote of its best report, its first 5 reports (document and
                offsets, without quotes) and report_count. A qualified figure allows a range:
                exact figures their rounding (half a unit of the last digit written, at most 5%), 'over' up to 10%
                above, 'under' up to 10% below, 'approx' 10% either way. Sides whose ranges do not overlap conflict.
                Paged, the largest difference first: limit (default 50, at most 500) conflicts a page, total counts
                them all; pass next_cursor as cursor for the next page (null on the last). A cursor is a position in
                the list of the fact base as it is: pages read across an ingest may skip or repeat a conflict.
                Answers carry an ETag; send it as If-None-Match to get 304 while the data has not changed.
                """);

        app.MapGet("/api/rankings", async Task<Results<CachedJson<RankingsDto>, ProblemHttpResult>> (
                string? reporter, string? currency, AnalyticsCache cache, CancellationToken ct) =>
            {
                var reporterCode = string.IsNullOrWhiteSpace(reporter) ? "BY" : reporter.Trim().ToUpperInvariant();
                if (!ApiQuery.TryRegion(reporterCode, out _))
                    return Problems.BadRequest($"reporter '{reporter}' is not an ISO 3166 code of a known region (for example BY or BY-MA)");
                var money = string.IsNullOrWhiteSpace(currency) ? Currency.USD : DomainText.ParseCurrency(currency.Trim().ToUpperInvariant());
                if (money == Currency.Unknown)
                    return Problems.BadRequest($"currency '{currency}' is not one of USD, EUR, RUB, BYN, CNY");
                var snapshot = await cache.GetAsync(ct);
                return await snapshot.JsonAsync($"rankings?reporter={reporterCode}&currency={money}", () =>
                {
                    var isDefault = reporterCode == "BY" && money == Currency.USD;
                    var turnover = isDefault ? snapshot.TurnoverRanking : Rankings.ByLatestTurnover(snapshot.Points, reporterCode, money);
                    var growth = isDefault ? snapshot.GrowthRanking : Rankings.ByGrowth(snapshot.Points, reporterCode, money);
                    return new RankingsDto(
                        reporterCode, money.ToString(),
                        turnover.Select(TurnoverRankDto.Of).ToList(),
                        growth.Select(GrowthRankDto.Of).ToList());
                });
            })
            .WithTags("Analytics")
            .WithName("GetRankings")
            .WithSummary("Regions ranked by their latest full-year turnover and by its growth")
            .WithDescription("Only full years of turnover between the reporter (default BY) and a region, in one currency (default USD). Growth is stated by the year's best report or, failing that, computed from the year before.");

        // The version lookup reads two index ends and a count of documents, at most once a second (AnalyticsCache):
        // a balancer polling /health does not make the store count the documents at every poll.
        app.MapGet("/health", async Task<Results<Ok<HealthDto>, ProblemHttpResult>> (AnalyticsCache cache, WebOptions options, CancellationToken ct) =>
            {
                try
                {
                    var version = await cache.VersionAsync(ct);
                    return TypedResults.Ok(new HealthDto("ok", (int)version.Documents, options.WritesEnabled));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    return TypedResults.Problem("the fact base cannot be read", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Unavailable");
                }
            })
            .WithTags("Health")
            .WithName("Health")
            .WithSummary("Whether the fact base can be read, and how many documents and facts it holds");
    }
}
