using Interregio.Analytics;
using Interregio.Domain;

namespace Interregio.Web.Tests;

public class ReportsShownTests
{
    private static TradeReport Report(int i, decimal millions)
    {
        var quote = $"Report {i}: trade reached ${millions} million in 2023.";
        var fact = new TradeFact(new Provenance($"doc{i:D2}.txt", quote, 0, quote.Length), RegionCode.Parse("BY"),
            RegionCode.Parse("RU-PNZ"), TradeFlow.Turnover, Period.Year(2023),
            Money.Of(millions * 1_000_000m, Currency.USD), Qualifier.Exact, null);
        return new TradeReport(fact, null);
    }

    [Fact]
    public void A_figure_with_many_reports_lists_the_first_five()
    {
        var reports = Enumerable.Range(1, 12).Select(i => Report(i, 152)).ToList();
        var shown = ReportsShown.Of(reports);
        Assert.Equal(["doc01.txt", "doc02.txt", "doc03.txt", "doc04.txt", "doc05.txt"], shown.Select(r => r.Doc));
    }

    [Fact]
    public void A_disputed_figure_keeps_every_distinct_amount_among_the_five()
    {
        // Ten reports of $152 million, then two of $140 million: the dispute must stay visible in the capped list.
        var reports = Enumerable.Range(1, 10).Select(i => Report(i, 152)).Concat([Report(11, 140), Report(12, 140)]).ToList();
        var shown = ReportsShown.Of(reports);
        Assert.Equal(5, shown.Count);
        Assert.Equal(["doc01.txt", "doc02.txt", "doc03.txt", "doc04.txt", "doc11.txt"], shown.Select(r => r.Doc));
    }

    [Fact]
    public void Five_or_fewer_reports_are_all_listed()
    {
        var reports = Enumerable.Range(1, 3).Select(i => Report(i, 152)).ToList();
        Assert.Equal(3, ReportsShown.Of(reports).Count);
    }
}
