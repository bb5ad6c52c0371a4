using System.Buffers;
using System.Reflection;
using System.Text.Json;
using Interregio.Storage;
using Microsoft.AspNetCore.Http.Metadata;

namespace Interregio.Web;

/// <summary>
/// GET /api/documents/{name} written from the stored contract lines (<see cref="IFactQueries.DocumentJsonAsync"/>):
/// the shape and encoding of <see cref="DocumentDto"/>, each fact as its line with the HTML-significant characters
/// escaped (<see cref="HtmlSafeJson"/>), instead of every fact decoded and encoded again.
/// </summary>
public sealed class DocumentJsonResult(DocumentJson document) : IResult, IEndpointMetadataProvider
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        var info = document.Document.Info;
        var buffer = new ArrayBufferWriter<byte>(4096 + document.Document.Text.Length * 2 + document.Facts.Sum(f => f.Length + 8));
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = WebJson.Options.Encoder }))
        {
            // DocumentDto's properties in its order, each value as the API's serializer writes it.
            w.WriteStartObject();
            w.WriteString("name", info.Name);
            w.WriteString("title", info.Title);
            w.WritePropertyName("reference_date");
            JsonSerializer.Serialize(w, info.ReferenceDate, WebJson.Options);
            w.WriteString("language", info.Language);
            w.WriteString("source_path", info.SourcePath);
            w.WritePropertyName("ingested_at");
            JsonSerializer.Serialize(w, info.IngestedAt, WebJson.Options);
            w.WriteString("content_sha256", info.ContentSha256);
            w.WriteString("text", document.Document.Text);
            w.WriteStartArray("facts");
            foreach (var fact in document.Facts)
                w.WriteRawValue(HtmlSafeJson.Escape(fact));
            w.WriteEndArray();
            w.WriteEndObject();
        }
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(DocumentDto), ["application/json"]));
    }
}
