using System.Text.Json;
using Interregio.Domain;
using Interregio.Input;
using Interregio.Pipeline;
using Interregio.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Interregio.Web.Endpoints;

public static class DocumentEndpoints
{
    /// <summary>Documents in one POST: one transaction each batch, and a bound on the work one request can ask for.</summary>
    public const int MaxBatch = 500;

    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/documents").WithTags("Documents");

        documents.MapGet("/{name}", async Task<Results<DocumentJsonResult, ProblemHttpResult>> (
                string name, IFactQueries queries, IFactStore store, CancellationToken ct) =>
            {
                var document = await queries.DocumentJsonAsync(name, store, ct);
                return document is null
                    ? Problems.NotFound($"no document is named '{name}'")
                    : new DocumentJsonResult(document);
            })
            .WithName("GetDocument")
            .WithSummary("A document's text with every fact read from it; each fact's start/end are offsets of its quote in the text")
            .WithDescription("The text is the document's (for an HTML page, its visible text), returned as a JSON string: data, never markup.");

        documents.MapPost("/", async Task<Results<Ok<IngestResultDto>, ProblemHttpResult>> (
                JsonElement body, IFactStore store, AnalyticsCache cache, CancellationToken ct) =>
            {
                var (requests, problem) = Read(body);
                if (problem is not null)
                    return Problems.BadRequest(problem);
                var outcomes = new IngestOutcomeDto?[requests!.Count];
                var records = new List<(int Index, DocumentRecord Record)>();
                for (var i = 0; i < requests.Count; i++)
                {
                    var r = requests[i];
                    var read = r.Html is not null
                        ? DocumentReader.FromText(r.Name, r.Html, DocumentFormat.Html, sourcePath: null)
                        : DocumentReader.FromText(r.Name, r.Text!, DocumentFormat.Text, sourcePath: null);
                    if (read.Error is { } error)
                    {
                        outcomes[i] = Failed(r.Name, error.Problem);
                        continue;
                    }
                    var result = ExtractionPipeline.Default.Extract(read.Document!, new ExtractionOptions { ReferenceDate = r.Date });
                    records.Add((i, DocumentRecord.From(result)));
                }
                if (records.Count > 0)
                {
                    IReadOnlyList<DocumentOutcome> written;
                    try
                    {
                        written = await store.WriteBatchAsync(records.Select(r => r.Record).ToList(), ct);
                    }
                    catch (FactRejectedException e)
                    {
                        return Problems.BadRequest(e.Message);
                    }
                    for (var k = 0; k < records.Count; k++)
                    {
                        var o = written[k];
                        outcomes[records[k].Index] = new IngestOutcomeDto(o.Name, o.Status.ToString().ToLowerInvariant(), o.FactsAdded,
                            o.FactsAddedByType.OrderBy(t => t.Key).ToDictionary(t => t.Key.ToContract(), t => t.Value), null);
                    }
                    cache.Invalidate();
                }
                var list = outcomes.Select(o => o!).ToList();
                return TypedResults.Ok(new IngestResultDto(list, list.Sum(o => o.FactsAdded)));
            })
            .AddEndpointFilter<WriteAccessFilter>()
            .Accepts<IngestDocumentDto>("application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("IngestDocuments")
            .WithSummary("Extracts and stores one document, or a JSON array of them (at most 500)")
            .WithDescription("""
                Needs 'Authorization: Bearer TOKEN' with the token the server was started with (--token or
                INTERREGIO_TOKEN); a server started without one accepts no writes. Re-sending a document adds nothing
                (status 'unchanged'); a document sent again under its name with other content replaces it.
                """);
    }

    private static IngestOutcomeDto Failed(string name, string problem) =>
        new(name, "failed", 0, new Dictionary<string, int>(), problem);

    private static (List<IngestDocumentDto>? Requests, string? Problem) Read(JsonElement body)
    {
        List<IngestDocumentDto>? requests;
        try
        {
            requests = body.ValueKind switch
            {
                JsonValueKind.Object => [body.Deserialize<IngestDocumentDto>(WebJson.Options)!],
                JsonValueKind.Array => body.Deserialize<List<IngestDocumentDto>>(WebJson.Options),
                _ => null,
            };
        }
        catch (JsonException e)
        {
            return (null, $"the body is not a document or an array of documents: {e.Message}");
        }
        if (requests is null || requests.Count == 0)
            return (null, "send a document {\"name\": ..., \"text\": ...} or a non-empty array of them");
        if (requests.Count > MaxBatch)
            return (null, $"a batch holds at most {MaxBatch} documents; this one holds {requests.Count}");
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            if (r is null || string.IsNullOrWhiteSpace(r.Name))
                return (null, $"document {i + 1} has no name");
            if (r.Name.Length > 255 || r.Name.IndexOfAny(['/', '\\', '\0']) >= 0)
                return (null, $"document {i + 1}: a name is at most 255 characters without '/', '\\' or NUL");
            if (string.IsNullOrWhiteSpace(r.Text) == string.IsNullOrWhiteSpace(r.Html))
                return (null, $"document '{r.Name}' needs exactly one of text and html");
            if (!names.Add(r.Name))
                return (null, $"document '{r.Name}' appears twice in the batch");
        }
        return (requests, null);
    }
}
