using Interregio.Analytics;
using Interregio.Domain;
using static Interregio.Tests.Analytics.TradeFacts;

namespace Interregio.Tests.Analytics;

public class TradeSeriesTests
{
    [Fact]
    public void One_point_per_key_holds_every_report()
    {
        var points = TradeSeries.Build([
            Report("RU-PNZ", "2024", 152, doc: "a.txt"),
            Report("RU-PNZ", "2024", 152, doc: "b.txt"),
            Report("RU-PNZ", "2023", 138, doc: "a.txt"),
            Report("RU-PNZ", "2024", 40, flow: TradeFlow.Export, doc: "a.txt"),
        ]);
        Assert.Equal(3, points.Count);
        var turnover2024 = Assert.Single(points, p => p.Key.Flow == TradeFlow.Turnover && p.Key.Period.FromYear == 2024);
        Assert.Equal(["a.txt", "b.txt"], turnover2024.Reports.Select(r => r.Fact.Doc));
    }

    [Fact]
    public void An_exact_figure_beats_a_qualified_one_even_from_an_older_report()
    {
        var point = Assert.Single(TradeSeries.Build([
            Report("RU-PNZ", "2024", 150, Qualifier.Over, doc: "new.txt", published: "2025-06-01"),
            Report("RU-PNZ", "2024", 152, Qualifier.Exact, doc: "old.txt", published: "2025-02-01"),
        ]));
        Assert.Equal("old.txt", point.Best.Fact.Doc);
        Assert.Equal(152_000_000m, point.Best.Amount);
    }

    [Fact]
    public void Among_exact_figures_the_later_report_wins_and_an_undated_one_counts_as_oldest()
    {
        var point = Assert.Single(TradeSeries.Build([
            Report("RU-PNZ", "2024", 151, doc: "undated.txt"),
            Report("RU-PNZ", "2024", 152, doc: "april.txt", published: "2025-04-10"),
            Report("RU-PNZ", "2024", 150.5m, doc: "feb.txt", published: "2025-02-10"),
        ]));
        Assert.Equal(["april.txt", "feb.txt", "undated.txt"], point.Reports.Select(r => r.Fact.Doc));
    }

    [Fact]
    public void The_choice_does_not_depend_on_input_order()
    {
        TradeReport[] reports =
        [
            Report("RU-SMO", "2024", 200, Qualifier.Approx, doc: "c.txt"),
            Report("RU-SMO", "2024", 205, Qualifier.Over, doc: "a.txt"),
            Report("RU-SMO", "2024", 205, Qualifier.Over, doc: "b.txt"),
        ];
        var forward = Assert.Single(TradeSeries.Build(reports)).Best.Fact.Doc;
        var backward = Assert.Single(TradeSeries.Build(reports.Reverse())).Best.Fact.Doc;
        Assert.Equal(forward, backward);
        // Same qualifier class and no dates: the figure two reports give wins over the one a single report gives.
        Assert.Equal("a.txt", forward);
    }

    [Fact]
    public void Full_years_and_partial_periods_are_kept_apart()
    {
        var points = TradeSeries.Build([
            Report("RU-SAM", "2024", 400),
            Report("RU-SAM", "2025-01..2025-05", 170),
            Report("RU-SAM", "2018-01..2018-06", 90),
            Report("RU-SAM", "2020-01..2021-12", 700),
        ]);
        var series = TradeSeries.ForPartner(points, RegionCode.Parse("RU-SAM"));
        var year = Assert.Single(series.FullYears);
        Assert.Equal(2024, year.Key.Period.FromYear);
        Assert.Equal(
            [PeriodKind.PartOfYear, PeriodKind.MultiYear, PeriodKind.PartOfYear],
            series.PartialPeriods.Select(p => p.Kind));
        // Oldest first.
        Assert.Equal(["2018-01", "2020-01", "2025-01"], series.PartialPeriods.Select(p => p.Key.Period.FromText));
    }

    [Fact]
    public void Different_currencies_are_different_keys_not_a_conflict()
    {
        var points = TradeSeries.Build([
            Report("RU-PNZ", "2024", 152),
            Report("RU-PNZ", "2024", 14_000, currency: Currency.RUB),
        ]);
        Assert.Equal(2, points.Count);
        Assert.Empty(TradeConflicts.Of(points));
    }
}

public class TradeConflictTests
{
    [Fact]
    public void Figures_beyond_their_qualifiers_conflict_and_both_quotes_are_listed()
    {
        var point = Assert.Single(TradeSeries.Build([
            Report("RU-PNZ", "2024", 152, doc: "a.txt", published: "2025-03-01"),
            Report("RU-PNZ", "2024", 140, doc: "b.txt", published: "2025-01-15"),
        ]));
        var conflict = Assert.Single(TradeConflicts.Of(point));
        Assert.Equal(152_000_000m, conflict.First.Amount);
        Assert.Equal("a.txt", conflict.First.Doc);
        Assert.Equal(140_000_000m, conflict.Second.Amount);
        Assert.Contains("$140 million", conflict.Second.Quote);
        Assert.Equal(7.9m, conflict.DifferencePct);
        Assert.True(point.HasConflict);
    }

    [Fact]
    public void Over_100_million_and_103_million_agree()
    {
        var point = Assert.Single(TradeSeries.Build([
            Report("RU-PNZ", "2024", 100, Qualifier.Over, doc: "a.txt"),
            Report("RU-PNZ", "2024", 103, doc: "b.txt"),
        ]));
        Assert.Empty(TradeConflicts.Of(point));
        Assert.False(point.HasConflict);
    }

    [Fact]
    public void Reprints_of_one_figure_make_one_side()
    {
        var point = Assert.Single(TradeSeries.Build([
            Report("RU-PNZ", "2024", 152, doc: "a.txt"),
            Report("RU-PNZ", "2024", 152, doc: "a-reprint.txt"),
            Report("RU-PNZ", "2024", 152, doc: "a-reprint-2.txt"),
            Report("RU-PNZ", "2024", 140, doc: "b.txt"),
        ]));
        var conflict = Assert.Single(TradeConflicts.Of(point));
        Assert.Equal(3, conflict.First.Reports.Count);
        Assert.Single(conflict.Second.Reports);
    }

    [Fact]
    public void Partial_and_full_year_figures_never_conflict()
    {
        var points = TradeSeries.Build([
            Report("RU-PNZ", "2024", 152),
            Report("RU-PNZ", "2024-01..2024-06", 70),
        ]);
        Assert.Empty(TradeConflicts.Of(points));
    }
}

public class ImpliedValueTests
{
    [Fact]
    public void Growth_and_a_figure_imply_the_previous_period_as_derived()
    {
        var points = TradeSeries.Build([Report("RU-PNZ", "2024", 152, growth: 10)]);
        var implied = Assert.Single(ImpliedValues.Of(points));
        Assert.Equal(2023, implied.Key.Period.FromYear);
        Assert.True(implied.Key.Period.IsFullYear);
        Assert.Equal(138_181_818m, implied.Amount);
        Assert.True(implied.Derived);
        Assert.Equal(ImpliedCheck.NotStated, implied.Check);
        Assert.Null(implied.Stated);
        // Never added to the stated series.
        Assert.Single(points);
    }

    public static TheoryData<decimal, ImpliedCheck> StatedBefore => new()
    {
        { 138, ImpliedCheck.Agrees },
        // "$140 million" is a round figure (135..145): still within 152 / 1.095..1.105.
        { 140, ImpliedCheck.Agrees },
        { 125, ImpliedCheck.Disagrees },
        { 146, ImpliedCheck.Disagrees },
    };

    [Theory]
    [MemberData(nameof(StatedBefore))]
    public void Implied_values_are_checked_against_stated_ones(decimal statedMillions, ImpliedCheck expected)
    {
        var points = TradeSeries.Build([
            Report("RU-PNZ", "2024", 152, growth: 10, doc: "a.txt"),
            Report("RU-PNZ", "2023", statedMillions, doc: "b.txt"),
        ]);
        var implied = Assert.Single(ImpliedValues.Of(points));
        Assert.Equal(expected, implied.Check);
        Assert.Equal("b.txt", implied.Stated!.Best.Fact.Doc);
    }

    [Fact]
    public void A_partial_period_implies_the_same_months_a_year_earlier()
    {
        var points = TradeSeries.Build([Report("RU-SAM", "2025-01..2025-05", 110, growth: -12.5m)]);
        var implied = Assert.Single(ImpliedValues.Of(points));
        Assert.Equal("2024-01..2024-05", implied.Key.Period.ToString());
        Assert.Equal(125_714_286m, implied.Amount);
        // "-12.5%" may be -12.55..-12.45.
        Assert.Equal(0.05m, ImpliedValues.GrowthRounding(-12.5m));
    }

    [Fact]
    public void A_fall_of_100_percent_or_more_implies_nothing()
    {
        var points = TradeSeries.Build([Report("RU-SAM", "2024", 10, growth: -100)]);
        Assert.Empty(ImpliedValues.Of(points));
    }
}
