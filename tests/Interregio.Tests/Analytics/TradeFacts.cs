using Interregio.Analytics;
using Interregio.Domain;

namespace Interregio.Tests.Analytics;

/// <summary>Small builders for trade figures in the tests' own words.</summary>
internal static class TradeFacts
{
    public static TradeReport Report(
        string partner, string period, decimal millions, Qualifier qualifier = Qualifier.Exact,
        decimal? growth = null, string doc = "a.txt", string? published = null,
        TradeFlow flow = TradeFlow.Turnover, string reporter = "BY", Currency currency = Currency.USD)
    {
        var (from, to) = ParsePeriod(period);
        var quote = $"Trade with {partner} reached ${millions} million in {period}.";
        var fact = new TradeFact(
            new Provenance(doc, quote, 0, quote.Length),
            RegionCode.Parse(reporter),
            RegionCode.Parse(partner),
            flow,
            Period.TryParse(from, to).Value,
            Money.Of(millions * 1_000_000m, currency),
            qualifier,
            growth);
        return new TradeReport(fact, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>"2024" is the year; "2025-01..2025-05" is a range of months.</summary>
    private static (string From, string To) ParsePeriod(string period) =>
        period.Contains("..", StringComparison.Ordinal)
            ? (period[..7], period[^7..])
            : ($"{period}-01", $"{period}-12");
}
