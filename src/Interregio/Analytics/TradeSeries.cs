using Interregio.Domain;

namespace Interregio.Analytics;

/// <summary>
/// One value of a trade series: every report that gives a figure for the key, and the one chosen as best by
/// <see cref="TradeSeries.BestFirst"/>.
/// </summary>
public sealed record TradeSeriesPoint(TradeSeriesKey Key, IReadOnlyList<TradeReport> Reports)
{
    /// <summary>The chosen report: Reports is ordered best first.</summary>
    public TradeReport Best => Reports[0];

    public PeriodKind Kind => Key.Kind;

    /// <summary>True when two reports give amounts their qualifiers cannot reconcile.</summary>
    public bool HasConflict => TradeConflicts.Of(this).Count > 0;
}

/// <summary>A partner's series, full years and other periods apart, oldest first.</summary>
public sealed record PartnerTradeSeries(
    RegionCode Partner,
    IReadOnlyList<TradeSeriesPoint> FullYears,
    IReadOnlyList<TradeSeriesPoint> PartialPeriods,
    IReadOnlyList<ImpliedValue> Implied,
    IReadOnlyList<TradeConflict> Conflicts);

/// <summary>
/// Builds trade series from stored figures: one point per (reporter, partner, flow, period, currency) holding every
/// report, best first. Pure functions over their inputs; storage and the web layer only feed and format them.
/// </summary>
public static class TradeSeries
{
    public static IReadOnlyList<TradeSeriesPoint> Build(IEnumerable<TradeReport> reports)
    {
        var points = new List<TradeSeriesPoint>();
        foreach (var group in reports.GroupBy(r => r.Key))
            points.Add(new TradeSeriesPoint(group.Key, BestFirst(group.ToList())));
        points.Sort(static (a, b) => CompareKeys(a.Key, b.Key));
        return points;
    }

    public static IReadOnlyList<TradeSeriesPoint> Build(IEnumerable<TradeFact> facts, Func<string, DateOnly?> publishedOf) =>
        Build(facts.Select(f => new TradeReport(f, publishedOf(f.Doc))));

    /// <summary>Every partner's series, with the values it implies and its conflicts.</summary>
    public static IReadOnlyList<PartnerTradeSeries> ByPartner(IEnumerable<TradeSeriesPoint> points)
    {
        var list = points as IReadOnlyList<TradeSeriesPoint> ?? points.ToList();
        var implied = ImpliedValues.Of(list);
        return list.GroupBy(p => p.Key.Partner)
            .OrderBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => new PartnerTradeSeries(
                g.Key,
                g.Where(p => p.Kind == PeriodKind.FullYear).ToList(),
                g.Where(p => p.Kind != PeriodKind.FullYear).ToList(),
                implied.Where(i => i.Key.Partner == g.Key).ToList(),
                g.SelectMany(TradeConflicts.Of).ToList()))
            .ToList();
    }

    public static PartnerTradeSeries ForPartner(IEnumerable<TradeSeriesPoint> points, RegionCode partner) =>
        ByPartner(points.Where(p => p.Key.Partner == partner)).FirstOrDefault()
        ?? new PartnerTradeSeries(partner, [], [], [], []);

    /// <summary>
    /// Orders the reports of one figure best first, by this rule:
    /// 1. an exact figure ("amounted to $152 million") over a qualified one ("over $150 million");
    /// 2. a later report over an earlier one (statistics are revised; a report without a date counts as oldest);
    /// 3. the figure more reports give (reprints of one story agree with each other);
    /// 4. the document name, so the choice never depends on input order.
    /// </summary>
    public static List<TradeReport> BestFirst(List<TradeReport> reports)
    {
        // Rule 3 needs the whole group: count how many reports give each (amount, qualifier).
        var support = reports.GroupBy(r => (r.Amount, r.Qualifier)).ToDictionary(g => g.Key, g => g.Count());
        reports.Sort((a, b) =>
        {
            var exact = (b.Qualifier == Qualifier.Exact).CompareTo(a.Qualifier == Qualifier.Exact);
            if (exact != 0)
                return exact;
            var date = Nullable.Compare(b.Published, a.Published);
            if (date != 0)
                return date;
            var more = support[(b.Amount, b.Qualifier)].CompareTo(support[(a.Amount, a.Qualifier)]);
            return more != 0 ? more : string.CompareOrdinal(a.Fact.Doc, b.Fact.Doc);
        });
        return reports;
    }

    /// <summary>Partner, reporter, flow, then period in time order, then currency.</summary>
    public static int CompareKeys(TradeSeriesKey a, TradeSeriesKey b)
    {
        var c = string.CompareOrdinal(a.Partner.Code, b.Partner.Code);
        if (c == 0) c = string.CompareOrdinal(a.Reporter.Code, b.Reporter.Code);
        if (c == 0) c = a.Flow.CompareTo(b.Flow);
        if (c == 0) c = a.Period.FromIndex.CompareTo(b.Period.FromIndex);
        if (c == 0) c = a.Period.ToIndex.CompareTo(b.Period.ToIndex);
        if (c == 0) c = a.Currency.CompareTo(b.Currency);
        return c;
    }
}
