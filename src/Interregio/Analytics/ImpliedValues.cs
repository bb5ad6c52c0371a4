using Interregio.Domain;

namespace Interregio.Analytics;

/// <summary>How an implied value compares with what reports state for the same key.</summary>
public enum ImpliedCheck
{
    /// <summary>No report states a figure for the previous period.</summary>
    NotStated,
    /// <summary>The stated best value lies within what the growth allows.</summary>
    Agrees,
    /// <summary>The stated best value is outside what the growth allows.</summary>
    Disagrees,
}

/// <summary>
/// A value derived, never stated: "$152 million, up 10%" implies about $138.2 million for the period before. It is
/// kept apart from <see cref="TradeSeriesPoint"/> so no caller can show it as a stated figure.
/// </summary>
public sealed record ImpliedValue(
    TradeSeriesKey Key,
    decimal Amount,
    ValueRange Range,
    decimal GrowthPct,
    TradeReport From,
    ImpliedCheck Check,
    TradeSeriesPoint? Stated)
{
    public bool Derived => true;
}

public static class ImpliedValues
{
    /// <summary>
    /// Each report with a growth implies the previous comparable period: amount / (1 + growth/100). The range
    /// carries both uncertainties: the stated figure's (its qualifier and rounding) and the growth's rounding
    /// (a growth written "10%" may be 9.5..10.5). One implied value per distinct (amount, qualifier, growth).
    /// </summary>
    public static IReadOnlyList<ImpliedValue> Of(IEnumerable<TradeSeriesPoint> points)
    {
        var list = points as IReadOnlyList<TradeSeriesPoint> ?? points.ToList();
        var byKey = list.ToDictionary(p => p.Key);
        var implied = new List<ImpliedValue>();
        foreach (var point in list)
        {
            var seen = new HashSet<(decimal, Qualifier, decimal)>();
            foreach (var report in point.Reports)
            {
                if (report.Fact.GrowthPct is not { } growth || growth <= -100m)
                    continue;
                if (!seen.Add((report.Amount, report.Qualifier, growth)))
                    continue;
                var previous = point.Key.Previous;
                var stated = byKey.GetValueOrDefault(previous);
                var value = Imply(report.Amount, report.Qualifier, growth);
                var check = stated is null ? ImpliedCheck.NotStated
                    : value.Range.Overlaps(stated.Best.Range) ? ImpliedCheck.Agrees
                    : ImpliedCheck.Disagrees;
                implied.Add(new ImpliedValue(previous, value.Amount, value.Range, growth, report, check, stated));
            }
        }
        implied.Sort(static (a, b) => TradeSeries.CompareKeys(a.Key, b.Key));
        return implied;
    }

    /// <summary>The previous period's amount (rounded to whole units) and the range it may lie in.</summary>
    public static (decimal Amount, ValueRange Range) Imply(decimal amount, Qualifier qualifier, decimal growthPct)
    {
        var range = ValueRange.Of(amount, qualifier);
        var half = GrowthRounding(growthPct);
        var factor = 1m + growthPct / 100m;
        var low = range.Low / (1m + (growthPct + half) / 100m);
        var highGrowth = 1m + (growthPct - half) / 100m;
        var high = highGrowth > 0 ? range.High / highGrowth : decimal.MaxValue;
        return (Math.Round(amount / factor, 0, MidpointRounding.AwayFromZero), new ValueRange(Math.Round(low, 0), Math.Round(high, 0)));
    }

    /// <summary>Half a unit of the growth's last written digit: "10%" is 9.5..10.5, "10.4%" is 10.35..10.45.</summary>
    public static decimal GrowthRounding(decimal growthPct)
    {
        // Dividing by 1.000... drops trailing zeros, so 10.0 read back from storage counts as "10".
        var scale = (growthPct / 1.0000000000000000000000000000m).Scale;
        var unit = 1m;
        for (var i = 0; i < scale; i++)
            unit /= 10m;
        return unit / 2m;
    }
}
