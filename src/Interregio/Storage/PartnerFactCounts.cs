using Interregio.Domain;

namespace Interregio.Storage;

/// <summary>How many facts of each type name a partner region, and in how many documents: a fact base at a glance.</summary>
public sealed record PartnerFactCounts(RegionCode Partner, IReadOnlyDictionary<FactType, int> ByType, int Documents)
{
    public int Of(FactType type) => ByType.GetValueOrDefault(type);

    /// <summary>Partners by how many documents mention them, most first; facts without a partner are left out.</summary>
    public static IReadOnlyList<PartnerFactCounts> Of(IEnumerable<Fact> facts) =>
        facts
            .Select(f => (Fact: f, Partner: PartnerOf(f)))
            .Where(x => !x.Partner.IsDefault)
            .GroupBy(x => x.Partner)
            .Select(g => new PartnerFactCounts(
                g.Key,
                g.GroupBy(x => x.Fact.Type).ToDictionary(t => t.Key, t => t.Count()),
                // A fact of a story is listed once with every copy in Sources; each copy is a document that mentions the partner.
                g.SelectMany(x => x.Fact.Sources.Count > 0 ? x.Fact.Sources : [x.Fact.Doc]).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(c => c.Documents)
            .ThenBy(c => c.Partner.Code, StringComparer.Ordinal)
            .ToList();

    public static RegionCode PartnerOf(Fact fact) => fact switch
    {
        TradeFact t => t.Partner,
        MeetingFact m => m.Partner,
        EnterpriseFact e => e.Partner,
        ProductFact p => p.Partner,
        OutletsFact o => o.Partner,
        ProposalFact pr => pr.Partner,
        SectorFact s => s.Partner,
        TargetFact tg => tg.Partner,
        _ => default,
    };
}
