using Interregio.Domain;

namespace Interregio.Analytics;

/// <summary>Where a growth figure in a ranking comes from.</summary>
public enum GrowthSource
{
    /// <summary>The best report of the year states it ("up 10%").</summary>
    Stated,
    /// <summary>Computed from the stated figures of the year and the year before; derived, never stated.</summary>
    Computed,
}

public sealed record TurnoverRank(int Rank, RegionCode Partner, int Year, TradeSeriesPoint Point)
{
    public decimal Amount => Point.Best.Amount;
    public Qualifier Qualifier => Point.Best.Qualifier;
    public decimal? GrowthPct => Point.Best.Fact.GrowthPct;
}

public sealed record GrowthRank(int Rank, RegionCode Partner, int Year, decimal GrowthPct, GrowthSource Source, TradeSeriesPoint Point);

/// <summary>
/// Regions ranked by their latest full-year turnover with the Belarusian side, and by its growth. Only full years
/// count (a January-May figure is not comparable with a year), only region partners (Russia as a whole would top
/// every list), and only one reporter and currency at a time, since amounts in different currencies do not compare.
/// </summary>
public static class Rankings
{
    public static IReadOnlyList<TurnoverRank> ByLatestTurnover(
        IEnumerable<TradeSeriesPoint> points, string reporter = "BY", Currency currency = Currency.USD)
    {
        var latest = LatestFullYearTurnover(points, reporter, currency)
            .OrderByDescending(p => p.Best.Amount)
            .ThenBy(p => p.Key.Partner.Code, StringComparer.Ordinal)
            .ToList();
        return latest.Select((p, i) => new TurnoverRank(i + 1, p.Key.Partner, p.Key.Period.FromYear, p)).ToList();
    }

    public static IReadOnlyList<GrowthRank> ByGrowth(
        IEnumerable<TradeSeriesPoint> points, string reporter = "BY", Currency currency = Currency.USD)
    {
        var list = points as IReadOnlyList<TradeSeriesPoint> ?? points.ToList();
        var byKey = list.ToDictionary(p => p.Key);
        var growth = new List<(TradeSeriesPoint Point, decimal Pct, GrowthSource Source)>();
        foreach (var point in LatestFullYearTurnover(list, reporter, currency))
        {
            if (point.Best.Fact.GrowthPct is { } stated)
            {
                growth.Add((point, stated, GrowthSource.Stated));
            }
            else if (byKey.GetValueOrDefault(point.Key.Previous) is { } before && before.Best.Amount > 0)
            {
                var pct = Math.Round((point.Best.Amount / before.Best.Amount - 1m) * 100m, 1);
                growth.Add((point, pct, GrowthSource.Computed));
            }
        }
        return growth
            .OrderByDescending(g => g.Pct)
            .ThenBy(g => g.Point.Key.Partner.Code, StringComparer.Ordinal)
            .Select((g, i) => new GrowthRank(i + 1, g.Point.Key.Partner, g.Point.Key.Period.FromYear, g.Pct, g.Source, g.Point))
            .ToList();
    }

    private static IEnumerable<TradeSeriesPoint> LatestFullYearTurnover(IEnumerable<TradeSeriesPoint> points, string reporter, Currency currency) =>
        points
            .Where(p => p.Kind == PeriodKind.FullYear && p.Key.Flow == TradeFlow.Turnover && p.Key.Currency == currency
                && p.Key.Reporter.Code == reporter && !p.Key.Partner.IsCountry)
            .GroupBy(p => p.Key.Partner)
            .Select(g => g.MaxBy(p => p.Key.Period.FromYear)!);
}
