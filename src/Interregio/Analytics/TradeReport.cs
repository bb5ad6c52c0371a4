using Interregio.Domain;

namespace Interregio.Analytics;

/// <summary>
/// A trade figure as one report states it, with the report's date (its dateline). The date decides between two
/// reports of the same figure: a later report usually carries the revised statistics.
/// </summary>
public sealed record TradeReport(TradeFact Fact, DateOnly? Published)
{
    public TradeSeriesKey Key => TradeSeriesKey.Of(Fact);

    public decimal Amount => Fact.Value.Amount;

    public Qualifier Qualifier => Fact.Qualifier;

    public ValueRange Range => ValueRange.Of(Fact.Value.Amount, Fact.Qualifier);
}

/// <summary>
/// What one value of a trade series is about: who reports, with whom, which flow, which months, in which currency.
/// The currency is part of the key because a rouble figure and a dollar figure are two statements, not a conflict.
/// </summary>
public readonly record struct TradeSeriesKey(RegionCode Reporter, RegionCode Partner, TradeFlow Flow, Period Period, Currency Currency)
{
    public static TradeSeriesKey Of(TradeFact f) => new(f.Reporter, f.Partner, f.Flow, f.Period, f.Value.Currency);

    public PeriodKind Kind => PeriodKinds.Of(Period);

    /// <summary>The key of the period a stated growth compares with ("up 10% on last year").</summary>
    public TradeSeriesKey Previous => this with { Period = Period.PreviousComparable() };

    public override string ToString() => $"{Reporter}->{Partner} {Flow} {Period} {Currency}";
}

/// <summary>Full years and parts of a year are kept apart: a January-May figure is not a small annual figure.</summary>
public enum PeriodKind
{
    /// <summary>January to December of one year.</summary>
    FullYear,
    /// <summary>Some months of one year (January-May 2025, the first half of 2018).</summary>
    PartOfYear,
    /// <summary>Whole years together (in 2020-2021).</summary>
    MultiYear,
    /// <summary>Months across a year boundary that are not whole years.</summary>
    Other,
}

public static class PeriodKinds
{
    public static PeriodKind Of(Period p) =>
        p.IsFullYear ? PeriodKind.FullYear
        : p.FromYear == p.ToYear ? PeriodKind.PartOfYear
        : p.FromMonth == 1 && p.ToMonth == 12 ? PeriodKind.MultiYear
        : PeriodKind.Other;

    public static string ToContract(this PeriodKind k) => k switch
    {
        PeriodKind.FullYear => "full_year",
        PeriodKind.PartOfYear => "part_of_year",
        PeriodKind.MultiYear => "multi_year",
        _ => "other",
    };
}

/// <summary>
/// The amounts a stated figure allows. Two figures agree when their ranges overlap: "over $100 million" (100..110)
/// and "$103 million" (102.5..103.5) agree; "$152 million" (151.5..152.5) and "$140 million" (135..145) do not.
/// </summary>
public readonly record struct ValueRange(decimal Low, decimal High)
{
    /// <summary>
    /// How far a hedged figure may be from its stated amount. Agency copy says "over $100 million" for 100-110 and
    /// "nearly $1 billion" for 0.9-1 billion; a figure 10% away is written as a different round number.
    /// </summary>
    public const decimal QualifierSlack = 0.10m;

    /// <summary>A rounded figure ("$140 million") may stand for anything that rounds to it, but never for more than 5% either way.</summary>
    public const decimal MaxRounding = 0.05m;

    public bool Overlaps(ValueRange other) => Low <= other.High && other.Low <= High;

    public bool Contains(decimal amount) => Low <= amount && amount <= High;

    public static ValueRange Of(decimal amount, Qualifier qualifier)
    {
        var rounding = RoundingOf(amount);
        var slack = Math.Max(rounding, amount * QualifierSlack);
        return qualifier switch
        {
            Qualifier.Over => new(amount, amount + slack),
            Qualifier.Under => new(amount - slack, amount),
            Qualifier.Approx => new(amount - slack, amount + slack),
            _ => new(amount - rounding, amount + rounding),
        };
    }

    /// <summary>
    /// Half a unit of the figure's last non-zero digit: $152 million is 151.5..152.5 million, $1.2 billion is
    /// 1.15..1.25 billion, capped at <see cref="MaxRounding"/> so "$100 million" does not stretch to 50..150.
    /// </summary>
    public static decimal RoundingOf(decimal amount)
    {
        if (amount <= 0)
            return 0;
        var unit = 0.01m;
        while (unit < amount && decimal.Remainder(amount, unit * 10) == 0)
            unit *= 10;
        return Math.Min(unit / 2, amount * MaxRounding);
    }
}
