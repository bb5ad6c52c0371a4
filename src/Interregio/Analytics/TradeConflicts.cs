using Interregio.Domain;

namespace Interregio.Analytics;

/// <summary>One side of a conflict: a stated amount and every report that states it.</summary>
public sealed record ConflictSide(decimal Amount, Qualifier Qualifier, ValueRange Range, IReadOnlyList<TradeReport> Reports)
{
    /// <summary>The sentence of the side's best report, shown next to the other side's.</summary>
    public string Quote => Reports[0].Fact.Quote;

    public string Doc => Reports[0].Fact.Doc;
}

/// <summary>Two reports of the same figure whose amounts differ beyond what their qualifiers allow.</summary>
public sealed record TradeConflict(TradeSeriesKey Key, ConflictSide First, ConflictSide Second)
{
    /// <summary>How far apart the two stated amounts are, in percent of the larger.</summary>
    public decimal DifferencePct => Math.Round(
        Math.Abs(First.Amount - Second.Amount) / Math.Max(First.Amount, Second.Amount) * 100m, 1);
}

public static class TradeConflicts
{
    /// <summary>
    /// Every pair of distinct stated values of the point whose ranges do not overlap. Reports that give the same
    /// amount with the same qualifier form one side, so ten reprints of a story make one conflict, not ten.
    /// </summary>
    public static IReadOnlyList<TradeConflict> Of(TradeSeriesPoint point)
    {
        if (point.Reports.Count < 2)
            return [];
        // Reports are best first, so each side's first report is its best, and the best value's side comes first.
        var sides = point.Reports
            .GroupBy(r => (r.Amount, r.Qualifier))
            .Select(g => new ConflictSide(g.Key.Amount, g.Key.Qualifier, ValueRange.Of(g.Key.Amount, g.Key.Qualifier), g.ToList()))
            .ToList();
        if (sides.Count < 2)
            return [];
        var conflicts = new List<TradeConflict>();
        for (var i = 0; i < sides.Count; i++)
        {
            for (var j = i + 1; j < sides.Count; j++)
            {
                if (!sides[i].Range.Overlaps(sides[j].Range))
                    conflicts.Add(new TradeConflict(point.Key, sides[i], sides[j]));
            }
        }
        return conflicts;
    }

    public static IReadOnlyList<TradeConflict> Of(IEnumerable<TradeSeriesPoint> points) =>
        points.SelectMany(Of).ToList();
}
