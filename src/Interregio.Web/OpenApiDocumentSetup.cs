using Microsoft.AspNetCore.OpenApi;

namespace Interregio.Web;

/// <summary>The OpenAPI document's title and description, and the schema of a fact (written by the contract's writer).</summary>
public static class OpenApiDocumentSetup
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Interregio API";
            document.Info.Version = "v1";
            document.Info.Description = """
                Facts on the cooperation between Belarus and the regions of Russia, read from news reports, each with
                the sentence it came from: trade series with every source, conflicts between reports, values implied
                by stated growth, rankings, and the documents themselves. Errors are RFC 7807 problem details.
                The analytics answers (regions, a region, its trade, conflicts, rankings, the dashboard's ranking and
                years) are computed once per data version and carry an ETag: send it back as If-None-Match for a 304
                while nothing was written; they are gzip-compressed for a client that accepts it.
                """;
            return Task.CompletedTask;
        });
    }
}
