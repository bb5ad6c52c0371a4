using Interregio.Domain;
using Interregio.Export;
using Interregio.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Interregio.Web.Endpoints;

public static class FactEndpoints
{
    public static void MapFactEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/facts", async Task<Results<FactPageJson, ProblemHttpResult>> (
                string? type, string? partner, string? from, string? to, string? q, int? limit, string? cursor,
                IFactQueries queries, CancellationToken ct) =>
            {
                // Every value is read (and each out variable assigned) before the first problem is reported.
                string?[] problems =
                [
                    ApiQuery.Type(type, out var factType),
                    ApiQuery.Partner(partner, out var partnerCode),
                    ApiQuery.Month("from", from, end: false, out var fromMonth),
                    ApiQuery.Month("to", to, end: true, out var toMonth),
                    ApiQuery.Limit(limit, FactPageQuery.MaxLimit, out var pageSize),
                    ApiQuery.Cursor(cursor, out var after),
                ];
                var problem = problems.FirstOrDefault(p => p is not null);
                if (problem is null && fromMonth is not null && toMonth is not null && string.CompareOrdinal(fromMonth, toMonth) > 0)
                    problem = $"from ({from}) is after to ({to})";
                if (problem is null && q is { Length: > 200 })
                    problem = "q is longer than 200 characters";
                if (problem is not null)
                    return Problems.BadRequest(problem);
                var page = await queries.PageJsonAsync(new FactPageQuery
                {
                    Type = factType,
                    Partner = partnerCode,
                    FromMonth = fromMonth,
                    ToMonth = toMonth,
                    Text = q,
                    After = after,
                    Limit = pageSize,
                }, ct);
                return new FactPageJson(page, page.NextAfter is { } next ? ApiQuery.EncodeCursor(next) : null, pageSize);
            })
            .WithTags("Facts")
            .WithName("ListFacts")
            .WithSummary("Facts, filtered and paged with a cursor")
            .WithDescription("""
                type: a fact type; partner: an ISO 3166-2 code; from/to: YYYY or YYYY-MM, keeping facts whose time
                overlaps (a trade figure's period, a meeting's date, otherwise the report's date); q: words the quoted
                sentence contains. Pages follow storage order: pass next_cursor as cursor for the next page.
                Each fact is the contract's JSON object (facts-v1), with start/end offsets of its quote.
                """);

        app.MapGet("/api/export", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (
                string? format, string? type, string? partner, HttpContext http, IFactStore store, CancellationToken ct) =>
            {
                var exportFormat = ExportFormats.Parse(format ?? "jsonl");
                if (exportFormat == ExportFormat.Unknown)
                    return Problems.BadRequest($"format '{format}' is not one of csv, jsonl, parquet");
                var typeProblem = ApiQuery.Type(type, out var factType);
                var partnerProblem = ApiQuery.Partner(partner, out var partnerCode);
                if ((typeProblem ?? partnerProblem) is { } problem)
                    return Problems.BadRequest(problem);
                var extension = exportFormat switch { ExportFormat.Csv => "csv", ExportFormat.Parquet => "parquet", _ => "jsonl" };
                http.Response.ContentType = exportFormat.MediaType();
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"interregio-facts.{extension}\"";
                var facts = store.QueryFactsAsync(new FactQuery { Type = factType, Partner = partnerCode }, ct);
                await FactExporter.WriteAsync(facts, exportFormat, http.Response.Body, factType is { } t ? [t] : null, ct);
                return TypedResults.Empty;
            })
            .WithTags("Facts")
            .WithName("ExportFacts")
            .WithSummary("Every fact (or those of one type or partner) as a file: csv, jsonl (the contract) or parquet")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv", additionalContentTypes: ["application/jsonl", "application/vnd.apache.parquet"]);
    }
}
