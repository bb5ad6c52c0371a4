using System.Globalization;
using System.Text.Json;
using Interregio.Domain;
using Interregio.Output;

namespace Interregio.Export;

/// <summary>A CSV column: its header, the fact types that have it, and how a row's value is written.</summary>
public sealed record ExportColumn(string Name, IReadOnlySet<FactType> Types, Func<FactRow, string?> Format)
{
    public bool AppliesTo(FactType type) => Types.Count == 0 || Types.Contains(type);
}

/// <summary>
/// The CSV columns, one per contract field, in one fixed order. Lists (participants, hs, aliases, sources, sectors)
/// are JSON arrays in one cell, so no separator character inside a name can split them. Numbers are invariant
/// (a point for decimals, no thousands separators) and periods are written as in the contract, YYYY-MM.
/// </summary>
public static class FactColumns
{
    private static readonly FactType[] AllTypes = [];

    public static readonly IReadOnlyList<ExportColumn> All =
    [
        Column("type", AllTypes, r => r.Type),
        Column("doc", AllTypes, r => r.Doc),
        Column("reporter", [FactType.Trade], r => r.Reporter),
        Column("partner", [FactType.Trade, FactType.Meeting, FactType.Enterprise, FactType.Product, FactType.Outlets, FactType.Proposal, FactType.Sector, FactType.Target], r => r.Partner),
        Column("flow", [FactType.Trade, FactType.Product], r => r.Flow),
        Column("period_from", [FactType.Trade], r => r.PeriodFrom is { } d ? d.ToString("yyyy-MM", CultureInfo.InvariantCulture) : null),
        Column("period_to", [FactType.Trade], r => r.PeriodTo is { } d ? d.ToString("yyyy-MM", CultureInfo.InvariantCulture) : null),
        Column("amount", [FactType.Trade, FactType.Target], r => Number(r.Amount)),
        Column("currency", [FactType.Trade, FactType.Target], r => r.Currency),
        Column("qualifier", [FactType.Trade, FactType.Outlets], r => r.Qualifier),
        Column("growth_pct", [FactType.Trade], r => Number(r.GrowthPct)),
        Column("date", [FactType.Meeting], r => r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        Column("place", [FactType.Meeting], r => r.Place),
        Column("participants", [FactType.Meeting], r => r.Participants is null ? null : JsonSerializer.Serialize(r.Participants, JsonOptions)),
        Column("name", [FactType.Enterprise, FactType.Product, FactType.Sector], r => r.Name),
        Column("country", [FactType.Enterprise], r => r.Country),
        Column("id", [FactType.Enterprise], r => r.Id),
        Column("aliases", [FactType.Enterprise], r => List(r.Aliases)),
        Column("hs", [FactType.Product], r => List(r.Hs)),
        Column("owner", [FactType.Outlets], r => r.Owner),
        Column("count", [FactType.Outlets], r => r.Count?.ToString(CultureInfo.InvariantCulture)),
        Column("kind", [FactType.Outlets], r => r.Kind),
        Column("topic", [FactType.Proposal], r => r.Topic),
        Column("status", [FactType.Proposal], r => r.Status),
        Column("by_year", [FactType.Target], r => r.ByYear?.ToString(CultureInfo.InvariantCulture)),
        Column("quote", AllTypes, r => r.Quote),
        Column("start", AllTypes, r => r.Start.ToString(CultureInfo.InvariantCulture)),
        Column("end", AllTypes, r => r.End.ToString(CultureInfo.InvariantCulture)),
        Column("sources", AllTypes, r => List(r.Sources)),
        Column("sectors", AllTypes, r => List(r.Sectors)),
    ];

    /// <summary>The columns of the given types, in the fixed order; every column when no type is given.</summary>
    public static IReadOnlyList<ExportColumn> For(IReadOnlyCollection<FactType>? types) =>
        types is null || types.Count == 0 ? All : All.Where(c => types.Any(c.AppliesTo)).ToList();

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = FactJson.WriterOptions.Encoder,
    };

    private static ExportColumn Column(string name, FactType[] types, Func<FactRow, string?> format) =>
        new(name, types.ToHashSet(), format);

    /// <summary>152000000, not 152000000.00 (a value read back from storage keeps its scale) and never 1.52E+08.</summary>
    public static string? Number(decimal? value) =>
        value is { } v ? (v / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : null;

    private static string? List(List<string>? values) =>
        values is null ? null : JsonSerializer.Serialize(values, JsonOptions);
}
