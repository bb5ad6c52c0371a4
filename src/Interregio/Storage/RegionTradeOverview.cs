using Interregio.Analytics;
using Interregio.Domain;

namespace Interregio.Storage;

/// <summary>
/// One value of a region's trade series as a row: the chosen figure (<see cref="TradeSeries.BestFirst"/>), the growth
/// stated with it, and every document that gives a figure for the same key.
/// </summary>
public sealed record TradeSeriesRow(
    RegionCode Reporter,
    RegionCode Partner,
    TradeFlow Flow,
    Period Period,
    Money Value,
    Qualifier Qualifier,
    decimal? GrowthPct,
    IReadOnlyList<string> Sources,
    bool HasConflict)
{
    public static TradeSeriesRow Of(TradeSeriesPoint point)
    {
        var best = point.Best.Fact;
        // The chosen report may not repeat the growth another report of the same figure states.
        var growth = best.GrowthPct ?? point.Reports.Select(r => r.Fact.GrowthPct).FirstOrDefault(g => g is not null);
        return new TradeSeriesRow(best.Reporter, best.Partner, best.Flow, best.Period, best.Value, best.Qualifier, growth,
            // A report is one story; every copy of it is a source (the store lists a story's fact once, with Sources).
            point.Reports.SelectMany(r => DocumentsOf(r.Fact)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            point.HasConflict);
    }

    /// <summary>The documents stating a fact: every copy of its story, or the one document that read it.</summary>
    public static IEnumerable<string> DocumentsOf(Fact fact) => fact.Sources.Count > 0 ? fact.Sources : [fact.Doc];
}

/// <summary>Goods under one HS heading traded with a region (the product's first heading; "" when it has none).</summary>
public sealed record ProductHeadingRow(string Heading, IReadOnlyList<string> Names, IReadOnlyList<TradeFlow> Flows, IReadOnlyList<string> Sources);

/// <summary>What the store knows of one region's trade: its series, the goods by HS heading, and the enterprises.</summary>
public sealed record RegionTradeOverview(
    RegionCode Region,
    IReadOnlyList<TradeSeriesRow> Series,
    IReadOnlyList<ProductHeadingRow> Products,
    IReadOnlyList<EnterpriseSummary> Enterprises)
{
    public bool IsEmpty => Series.Count == 0 && Products.Count == 0 && Enterprises.Count == 0;

    /// <summary>
    /// Reads the region's facts from the store. A Russian region (or Russia) is the partner of the figures; a
    /// Belarusian region is their reporter, with every partner it reports on. Products and enterprises are read by
    /// partner, so a Belarusian region has none of its own.
    /// </summary>
    public static async Task<RegionTradeOverview> LoadAsync(IFactStore store, RegionCode region, CancellationToken cancellationToken = default)
    {
        var reporterSide = region.IsBelarusian;
        var trade = await ToListAsync<TradeFact>(
            store.QueryFactsAsync(reporterSide ? new FactQuery { Type = FactType.Trade } : new FactQuery { Type = FactType.Trade, Partner = region }, cancellationToken));
        if (reporterSide)
            trade = trade.Where(t => t.Reporter == region).ToList();
        var published = (await store.ListDocumentsAsync(cancellationToken)).ToDictionary(d => d.Name, d => d.ReferenceDate, StringComparer.Ordinal);
        var series = TradeSeries.Build(trade, doc => published.GetValueOrDefault(doc))
            .Select(TradeSeriesRow.Of)
            .ToList();

        var products = reporterSide ? [] : await ToListAsync<ProductFact>(store.QueryFactsAsync(new FactQuery { Type = FactType.Product, Partner = region }, cancellationToken));
        var byHeading = products
            .GroupBy(p => p.Hs.Count > 0 ? p.Hs[0] : "", StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length == 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProductHeadingRow(
                g.Key,
                g.Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList(),
                g.Select(p => p.Flow).Distinct().Order().ToList(),
                g.SelectMany(TradeSeriesRow.DocumentsOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .ToList();

        var enterprises = reporterSide ? [] : await ToListAsync<EnterpriseFact>(store.QueryFactsAsync(new FactQuery { Type = FactType.Enterprise, Partner = region }, cancellationToken));
        return new RegionTradeOverview(region, series, byHeading, Summaries.EnterprisesByPartner(enterprises));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<Fact> facts) where T : Fact
    {
        var list = new List<T>();
        await foreach (var f in facts)
        {
            if (f is T t)
                list.Add(t);
        }
        return list;
    }
}
