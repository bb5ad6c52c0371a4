using System.Buffers;
using System.Reflection;
using System.Text.Json;
using Interregio.Storage;
using Microsoft.AspNetCore.Http.Metadata;

namespace Interregio.Web;

/// <summary>
/// A page of /api/facts written from the stored contract lines (<see cref="IFactQueries.PageJsonAsync"/>): each fact
/// goes out as its line, with the HTML-significant characters the store's writer leaves as they are escaped here,
/// instead of being decoded into a Fact and encoded again. The shape is <see cref="FactPageDto"/>'s, which the
/// OpenAPI document describes.
/// </summary>
public sealed class FactPageJson(FactJsonPage page, string? nextCursor, int limit) : IResult, IEndpointMetadataProvider
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        var buffer = new ArrayBufferWriter<byte>(4096 + page.Items.Sum(i => i.Json.Length + 32));
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = WebJson.Options.Encoder }))
        {
            w.WriteStartObject();
            w.WriteStartArray("items");
            foreach (var item in page.Items)
            {
                w.WriteStartObject();
                w.WriteNumber("id", item.Id);
                w.WritePropertyName("fact");
                // Validated as it is written: a damaged row fails the request rather than sending broken JSON.
                w.WriteRawValue(HtmlSafeJson.Escape(item.Json));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("next_cursor", nextCursor);
            w.WriteNumber("limit", limit);
            w.WriteEndObject();
        }
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(FactPageDto), ["application/json"]));
    }
}

/// <summary>
/// Escapes, in JSON written by the store's relaxed encoder, the characters the API's encoder escapes and the relaxed
/// one does not: &lt; &gt; &amp; ' + and `, as \u003C and the like. In that JSON they can only stand inside strings
/// (numbers are written without exponents), so a byte-wise replacement keeps it valid and equal in value.
/// </summary>
public static class HtmlSafeJson
{
    private static readonly SearchValues<byte> Sensitive = SearchValues.Create("<>&'+`"u8);

    public static ReadOnlySpan<byte> Escape(byte[] json)
    {
        var at = json.AsSpan().IndexOfAny(Sensitive);
        if (at < 0)
            return json;
        var output = new ArrayBufferWriter<byte>(json.Length + 32);
        var rest = json.AsSpan();
        while ((at = rest.IndexOfAny(Sensitive)) >= 0)
        {
            output.Write(rest[..at]);
            var escaped = output.GetSpan(6);
            "\\u00"u8.CopyTo(escaped);
            var hex = rest[at] switch
            {
                (byte)'<' => "3C"u8,
                (byte)'>' => "3E"u8,
                (byte)'&' => "26"u8,
                (byte)'\'' => "27"u8,
                (byte)'+' => "2B"u8,
                _ => "60"u8,
            };
            hex.CopyTo(escaped[4..]);
            output.Advance(6);
            rest = rest[(at + 1)..];
        }
        output.Write(rest);
        return output.WrittenSpan;
    }
}
