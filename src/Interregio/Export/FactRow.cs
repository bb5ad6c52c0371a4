using System.Text.Json.Serialization;
using Interregio.Domain;
using Parquet.Serialization.Attributes;

namespace Interregio.Export;

/// <summary>A meeting participant as a Parquet struct (name, role).</summary>
public sealed class ParticipantRow
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("role")]
    public string? Role { get; set; }
}

/// <summary>
/// One fact flattened to one column per contract field, the shape of the CSV and Parquet exports. Columns a fact
/// type does not have are null. A mutable class because Parquet.Net's serializer fills and reads properties; nothing
/// else uses it.
/// </summary>
/// <remarks>
/// Periods are whole months. CSV writes them as the contract does (<c>2024-01</c>); Parquet as dates, the first
/// day of the first month and the last day of the last month, so <c>WHERE period_to &lt; DATE '2025-01-01'</c> works.
/// Amounts are decimal(18,2): exact, and large enough for <see cref="Money.MaxAmount"/>.
/// </remarks>
public sealed class FactRow
{
    [JsonPropertyName("type"), ParquetRequired]
    public string Type { get; set; } = "";

    [JsonPropertyName("doc"), ParquetRequired]
    public string Doc { get; set; } = "";

    [JsonPropertyName("reporter")]
    public string? Reporter { get; set; }

    [JsonPropertyName("partner")]
    public string? Partner { get; set; }

    [JsonPropertyName("flow")]
    public string? Flow { get; set; }

    [JsonPropertyName("period_from")]
    public DateOnly? PeriodFrom { get; set; }

    [JsonPropertyName("period_to")]
    public DateOnly? PeriodTo { get; set; }

    [JsonPropertyName("amount"), ParquetDecimal(18, 2)]
    public decimal? Amount { get; set; }

    [JsonPropertyName("currency")]
    public string? Currency { get; set; }

    [JsonPropertyName("qualifier")]
    public string? Qualifier { get; set; }

    [JsonPropertyName("growth_pct"), ParquetDecimal(12, 4)]
    public decimal? GrowthPct { get; set; }

    [JsonPropertyName("date")]
    public DateOnly? Date { get; set; }

    [JsonPropertyName("place")]
    public string? Place { get; set; }

    [JsonPropertyName("participants")]
    public List<ParticipantRow>? Participants { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("country")]
    public string? Country { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("aliases")]
    public List<string>? Aliases { get; set; }

    [JsonPropertyName("hs")]
    public List<string>? Hs { get; set; }

    [JsonPropertyName("owner")]
    public string? Owner { get; set; }

    [JsonPropertyName("count")]
    public int? Count { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("topic")]
    public string? Topic { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("by_year")]
    public int? ByYear { get; set; }

    [JsonPropertyName("quote"), ParquetRequired]
    public string Quote { get; set; } = "";

    [JsonPropertyName("start")]
    public int Start { get; set; }

    [JsonPropertyName("end")]
    public int End { get; set; }

    [JsonPropertyName("sources")]
    public List<string>? Sources { get; set; }

    [JsonPropertyName("sectors")]
    public List<string>? Sectors { get; set; }

    public static FactRow From(Fact fact)
    {
        var row = new FactRow
        {
            Type = fact.Type.ToContract(),
            Doc = fact.Doc,
            Quote = fact.Quote,
            Start = fact.Source.Start,
            End = fact.Source.End,
            Sources = fact.Sources.Count > 0 ? [.. fact.Sources] : null,
            Sectors = fact.Sectors.Count > 0 ? [.. fact.Sectors] : null,
        };
        switch (fact)
        {
            case TradeFact t:
                row.Reporter = t.Reporter.Code;
                row.Partner = t.Partner.Code;
                row.Flow = t.Flow.ToContract();
                row.PeriodFrom = new DateOnly(t.Period.FromYear, t.Period.FromMonth, 1);
                row.PeriodTo = new DateOnly(t.Period.ToYear, t.Period.ToMonth, DateTime.DaysInMonth(t.Period.ToYear, t.Period.ToMonth));
                row.Amount = t.Value.Amount;
                row.Currency = t.Value.Currency.ToString();
                row.Qualifier = t.Qualifier.ToContract();
                row.GrowthPct = t.GrowthPct;
                break;
            case MeetingFact m:
                row.Date = m.Date;
                row.Place = m.Place;
                row.Partner = NullIfDefault(m.Partner);
                row.Participants = [.. m.Participants.Select(p => new ParticipantRow { Name = p.Name, Role = p.Role })];
                break;
            case EnterpriseFact e:
                row.Name = e.Name;
                row.Country = e.Country;
                row.Id = e.CanonicalId;
                row.Aliases = e.Aliases.Count > 0 ? [.. e.Aliases] : null;
                row.Partner = NullIfDefault(e.Partner);
                break;
            case ProductFact p:
                row.Name = p.Name;
                row.Hs = [.. p.Hs];
                row.Flow = p.Flow.ToContract();
                row.Partner = NullIfDefault(p.Partner);
                break;
            case OutletsFact o:
                row.Owner = o.Owner;
                row.Count = o.Count;
                row.Qualifier = o.Qualifier.ToContract();
                row.Kind = o.Kind;
                row.Partner = NullIfDefault(o.Partner);
                break;
            case ProposalFact pr:
                row.Topic = pr.Topic;
                row.Status = pr.Status.ToContract();
                row.Partner = NullIfDefault(pr.Partner);
                break;
            case SectorFact s:
                row.Name = s.Name;
                row.Partner = NullIfDefault(s.Partner);
                break;
            case TargetFact tg:
                row.Partner = NullIfDefault(tg.Partner);
                row.Amount = tg.Value.Amount;
                row.Currency = tg.Value.Currency.ToString();
                row.ByYear = tg.ByYear;
                break;
        }
        return row;
    }

    private static string? NullIfDefault(RegionCode code) => code.IsDefault ? null : code.Code;
}
