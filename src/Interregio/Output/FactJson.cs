using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Interregio.Domain;

namespace Interregio.Output;

/// <summary>
/// Writes facts in the interchange format of ../shared/contract/facts-v1.md: one JSON object a line, the
/// contract's fields with exactly the contract's meaning, then extra fields (offsets, ids, sources) that readers may ignore.
/// </summary>
public static class FactJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        // Quotes keep their typographic characters and Cyrillic as written; JSON escaping is still applied to
        // control characters, and HTML-significant characters are escaped by the web layer, not here.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string ToJson(Fact fact)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
            Write(w, fact);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void WriteLines(Stream output, IEnumerable<Fact> facts)
    {
        var newline = "\n"u8.ToArray();
        foreach (var fact in facts)
        {
            using (var w = new Utf8JsonWriter(output, WriterOptions))
                Write(w, fact);
            output.Write(newline);
        }
    }

    public static void Write(Utf8JsonWriter w, Fact fact)
    {
        w.WriteStartObject();
        w.WriteString("type", fact.Type.ToContract());
        w.WriteString("doc", fact.Doc);
        switch (fact)
        {
            case TradeFact t:
                w.WriteString("reporter", t.Reporter.Code);
                w.WriteString("partner", t.Partner.Code);
                w.WriteString("flow", t.Flow.ToContract());
                WritePeriod(w, t.Period);
                w.WriteStartObject("value");
                WriteAmount(w, "amount", t.Value.Amount);
                w.WriteString("currency", t.Value.Currency.ToString());
                w.WriteString("qualifier", t.Qualifier.ToContract());
                w.WriteEndObject();
                if (t.GrowthPct is { } g)
                    WriteAmount(w, "growth_pct", g);
                break;
            case MeetingFact m:
                w.WriteString("date", m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (m.Place is not null)
                    w.WriteString("place", m.Place);
                w.WriteString("partner", m.Partner.Code);
                w.WriteStartArray("participants");
                foreach (var p in m.Participants)
                {
                    w.WriteStartObject();
                    w.WriteString("name", p.Name);
                    w.WriteString("role", p.Role);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            case EnterpriseFact e:
                w.WriteString("name", e.Name);
                w.WriteString("country", e.Country);
                if (e.CanonicalId is not null)
                    w.WriteString("id", e.CanonicalId);
                if (e.Aliases.Count > 0)
                {
                    w.WriteStartArray("aliases");
                    foreach (var a in e.Aliases)
                        w.WriteStringValue(a);
                    w.WriteEndArray();
                }
                if (!e.Partner.IsDefault)
                    w.WriteString("partner", e.Partner.Code);
                break;
            case ProductFact p:
                w.WriteString("name", p.Name);
                w.WriteStartArray("hs");
                foreach (var h in p.Hs)
                    w.WriteStringValue(h);
                w.WriteEndArray();
                w.WriteString("flow", p.Flow.ToContract());
                w.WriteString("partner", p.Partner.Code);
                break;
            case OutletsFact o:
                w.WriteString("owner", o.Owner);
                w.WriteNumber("count", o.Count);
                w.WriteString("qualifier", o.Qualifier.ToContract());
                w.WriteString("kind", o.Kind);
                w.WriteString("partner", o.Partner.Code);
                break;
            case ProposalFact pr:
                w.WriteString("topic", pr.Topic);
                w.WriteString("status", pr.Status.ToContract());
                w.WriteString("partner", pr.Partner.Code);
                break;
            case SectorFact s:
                w.WriteString("name", s.Name);
                w.WriteString("partner", s.Partner.Code);
                break;
            case TargetFact tg:
                if (!tg.Partner.IsDefault)
                    w.WriteString("partner", tg.Partner.Code);
                w.WriteStartObject("value");
                WriteAmount(w, "amount", tg.Value.Amount);
                w.WriteString("currency", tg.Value.Currency.ToString());
                w.WriteEndObject();
                if (tg.ByYear is { } by)
                    w.WriteNumber("by_year", by);
                break;
        }
        w.WriteString("quote", fact.Quote);
        w.WriteNumber("start", fact.Source.Start);
        w.WriteNumber("end", fact.Source.End);
        if (fact.Sources.Count > 0)
        {
            w.WriteStartArray("sources");
            foreach (var s in fact.Sources)
                w.WriteStringValue(s);
            w.WriteEndArray();
        }
        if (fact.Sectors.Count > 0)
        {
            w.WriteStartArray("sectors");
            foreach (var s in fact.Sectors)
                w.WriteStringValue(s);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WritePeriod(Utf8JsonWriter w, Period p)
    {
        w.WriteStartObject("period");
        w.WriteString("from", p.FromText);
        w.WriteString("to", p.ToText);
        w.WriteEndObject();
    }

    /// <summary>Whole amounts as integers (152000000, not 152000000.0); others with their decimals.</summary>
    private static void WriteAmount(Utf8JsonWriter w, string name, decimal value)
    {
        if (value == decimal.Truncate(value) && Math.Abs(value) < long.MaxValue)
            w.WriteNumber(name, (long)value);
        else
            w.WriteNumber(name, value);
    }
}
