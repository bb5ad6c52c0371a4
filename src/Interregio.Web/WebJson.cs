using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Interregio.Web;

/// <summary>The API's JSON: snake_case like the fact contract, and HTML-significant characters escaped.</summary>
public static class WebJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions o)
    {
        o.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        o.DictionaryKeyPolicy = null;
        // Every letter as itself (Cyrillic stays readable), but <, >, &, ', " and + always go out as \u003C and the
        // like, which this encoder does whatever ranges it allows: document text can never close a script element
        // or start markup in a page that embeds the response.
        o.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        o.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        o.Converters.Add(new FactJsonConverter());
        o.RespectNullableAnnotations = true;
        return o;
    }
}
