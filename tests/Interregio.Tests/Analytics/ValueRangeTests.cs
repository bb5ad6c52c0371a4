using Interregio.Analytics;
using Interregio.Domain;

namespace Interregio.Tests.Analytics;

/// <summary>Do two stated figures for one key agree, given their qualifiers and rounding? One row per report shape.</summary>
public class ValueRangeTests
{
    public static TheoryData<decimal, Qualifier, decimal, Qualifier, bool> Pairs => new()
    {
        // "exceeded $100 million" in one report, "amounted to $103 million" in another.
        { 100, Qualifier.Over, 103, Qualifier.Exact, true },
        // Two exact figures 8% apart are two different statements.
        { 152, Qualifier.Exact, 140, Qualifier.Exact, false },
        // "$150 million" is a round figure and may stand for $152 million.
        { 150, Qualifier.Exact, 152, Qualifier.Exact, true },
        // "$1.2 billion" covers "$1.23 billion"...
        { 1200, Qualifier.Exact, 1230, Qualifier.Exact, true },
        // ...but "$1.62 billion" and "$1.64 billion" are both precise and differ.
        { 1620, Qualifier.Exact, 1640, Qualifier.Exact, false },
        // "nearly $1 billion" and "$960 million" agree; "nearly $1 billion" and "$1.05 billion" do not.
        { 1000, Qualifier.Under, 960, Qualifier.Exact, true },
        { 1000, Qualifier.Under, 1050, Qualifier.Exact, false },
        // "over $100 million" is not "$95 million".
        { 100, Qualifier.Over, 95, Qualifier.Exact, false },
        // "about $200 million" and "over $210 million" overlap.
        { 200, Qualifier.Approx, 210, Qualifier.Over, true },
        // "over $500 million" cannot be "$600 million" (more than the 10% slack).
        { 500, Qualifier.Over, 600, Qualifier.Exact, false },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Figures_agree_when_their_ranges_overlap(decimal a, Qualifier qa, decimal b, Qualifier qb, bool agree)
    {
        var ra = ValueRange.Of(a * 1_000_000m, qa);
        var rb = ValueRange.Of(b * 1_000_000m, qb);
        Assert.Equal(agree, ra.Overlaps(rb));
        Assert.Equal(agree, rb.Overlaps(ra));
    }

    [Theory]
    [InlineData(152_000_000, 500_000)]      // $152 million: the million is the last digit written
    [InlineData(1_620_000_000, 5_000_000)]  // $1.62 billion
    [InlineData(140_000_000, 5_000_000)]    // $140 million
    [InlineData(100_000_000, 5_000_000)]    // $100 million: half a hundred million, capped at 5%
    [InlineData(12_345, 0.5)]
    public void Rounding_is_half_a_unit_of_the_last_digit_written(decimal amount, decimal rounding) =>
        Assert.Equal(rounding, ValueRange.RoundingOf(amount));
}
