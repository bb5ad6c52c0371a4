using System.Text.Json;
using System.Text.Json.Serialization;
using Interregio.Domain;
using Interregio.Output;

namespace Interregio.Web;

/// <summary>
/// Writes a fact with the contract's own writer (<see cref="FactJson.Write"/>), so the API's facts are the lines
/// of the contract. The writer's encoder is the API's, which escapes &lt;, &gt;, &amp; and quotes as \u003C and the
/// like: a quote holding markup stays inert text in any page that embeds the JSON.
/// </summary>
public sealed class FactJsonConverter : JsonConverter<Fact>
{
    public override bool CanConvert(Type typeToConvert) => typeof(Fact).IsAssignableFrom(typeToConvert);

    public override Fact Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("facts are read by FactJsonReader, not by the API's serializer");

    public override void Write(Utf8JsonWriter writer, Fact value, JsonSerializerOptions options) => FactJson.Write(writer, value);
}
