using Interregio.Domain;

namespace Interregio.Analytics;

/// <summary>Goods of one HS chapter (the heading's first two digits) traded with one partner.</summary>
public sealed record HsChapterSummary(RegionCode Partner, string Chapter, IReadOnlyList<string> Headings, IReadOnlyList<string> Names, IReadOnlyList<TradeFlow> Flows, int Documents);

public sealed record EnterpriseSummary(RegionCode Partner, string Name, string Country, string? Id, int Documents);

public sealed record MeetingYear(int Year, int Meetings, IReadOnlyDictionary<string, int> ByPartner);

/// <summary>Counts over facts for a region's page and the dashboard. Pure functions; every list is sorted.</summary>
public static class Summaries
{
    /// <summary>
    /// Products per partner by HS chapter. A product with two headings (butter and cheese in one phrase) counts in
    /// each chapter; a product without a heading is left out, since it has no chapter to go in.
    /// </summary>
    public static IReadOnlyList<HsChapterSummary> ProductsByChapter(IEnumerable<ProductFact> products) =>
        products
            .SelectMany(p => p.Hs.Where(h => h.Length >= 2).Select(h => (Product: p, Heading: h)))
            .GroupBy(x => (x.Product.Partner, Chapter: x.Heading[..2]))
            .Select(g => new HsChapterSummary(
                g.Key.Partner,
                g.Key.Chapter,
                g.Select(x => x.Heading).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                g.Select(x => x.Product.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList(),
                g.Select(x => x.Product.Flow).Distinct().Order().ToList(),
                g.Select(x => x.Product.Doc).Distinct(StringComparer.Ordinal).Count()))
            .OrderBy(s => s.Partner.Code, StringComparer.Ordinal)
            .ThenBy(s => s.Chapter, StringComparer.Ordinal)
            .ToList();

    /// <summary>Distinct enterprises per partner (by canonical id, else name); facts without a partner are left out.</summary>
    public static IReadOnlyList<EnterpriseSummary> EnterprisesByPartner(IEnumerable<EnterpriseFact> enterprises) =>
        enterprises
            .Where(e => !e.Partner.IsDefault)
            .GroupBy(e => (e.Partner, Identity: e.CanonicalId ?? e.Name.ToLowerInvariant()))
            .Select(g =>
            {
                var first = g.OrderBy(e => e.Doc, StringComparer.Ordinal).First();
                return new EnterpriseSummary(g.Key.Partner, first.Name, first.Country, first.CanonicalId,
                    g.Select(e => e.Doc).Distinct(StringComparer.Ordinal).Count());
            })
            .OrderBy(s => s.Partner.Code, StringComparer.Ordinal)
            .ThenByDescending(s => s.Documents)
            .ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>
    /// Meetings per calendar year. A meeting is its date and partner: two reports of one visit count once.
    /// </summary>
    public static IReadOnlyList<MeetingYear> MeetingsPerYear(IEnumerable<MeetingFact> meetings) =>
        meetings
            .Select(m => (m.Date, Partner: m.Partner.Code))
            .Distinct()
            .GroupBy(m => m.Date.Year)
            .OrderBy(g => g.Key)
            .Select(g => new MeetingYear(
                g.Key,
                g.Count(),
                g.GroupBy(m => m.Partner).OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Count())))
            .ToList();
}
