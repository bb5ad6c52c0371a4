namespace Interregio.Domain;

public enum FactType
{
    Unknown = 0,
    Trade,
    Meeting,
    Enterprise,
    Product,
    Outlets,
    Proposal,
    Sector,
    Target,
}

/// <summary>Where a fact came from: the sentence as it stands in the document text, and its offsets.</summary>
public sealed record Provenance(string Doc, string Quote, int Start, int End);

/// <summary>A fact read from one document. Subtypes carry the typed fields of the contract (facts-v1.md).</summary>
public abstract record Fact(Provenance Source)
{
    public abstract FactType Type { get; }

    public string Doc => Source.Doc;

    public string Quote => Source.Quote;

    /// <summary>Identity of the fact within its document: two facts with the same key are the same fact stated twice.</summary>
    public abstract string Key { get; }

    /// <summary>Every document (reprints of one story) that states this fact; filled by story grouping, else empty.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Economic sectors this fact belongs to (ids of Data/sectors.tsv).</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];
}

public sealed record TradeFact(
    Provenance Source,
    RegionCode Reporter,
    RegionCode Partner,
    TradeFlow Flow,
    Period Period,
    Money Value,
    Qualifier Qualifier,
    decimal? GrowthPct) : Fact(Source)
{
    public override FactType Type => FactType.Trade;

    public override string Key => $"trade|{Reporter}|{Partner}|{Flow}|{Period}";

    /// <summary>The parts <see cref="Key"/> is made of: equal parts, equal keys, without making the string.</summary>
    internal (string Reporter, string Partner, TradeFlow Flow, Period Period) KeyParts => (Reporter.Code, Partner.Code, Flow, Period);
}

public sealed record Participant(string Name, string Role);

public sealed record MeetingFact(
    Provenance Source,
    DateOnly Date,
    string? Place,
    RegionCode Partner,
    IReadOnlyList<Participant> Participants) : Fact(Source)
{
    public override FactType Type => FactType.Meeting;

    public override string Key => $"meeting|{Date:yyyy-MM-dd}";
}

public sealed record EnterpriseFact(
    Provenance Source,
    string Name,
    string Country,
    string? CanonicalId,
    IReadOnlyList<string> Aliases,
    RegionCode Partner) : Fact(Source)
{
    public override FactType Type => FactType.Enterprise;

    public override string Key => $"enterprise|{CanonicalId ?? Name.ToLowerInvariant()}";
}

public sealed record ProductFact(
    Provenance Source,
    string Name,
    IReadOnlyList<string> Hs,
    TradeFlow Flow,
    RegionCode Partner) : Fact(Source)
{
    public override FactType Type => FactType.Product;

    public override string Key => $"product|{(Hs.Count > 0 ? Hs[0] : Name.ToLowerInvariant())}|{Flow}|{Name.ToLowerInvariant()}";
}

public sealed record OutletsFact(
    Provenance Source,
    string Owner,
    int Count,
    Qualifier Qualifier,
    string Kind,
    RegionCode Partner) : Fact(Source)
{
    public override FactType Type => FactType.Outlets;

    public override string Key => $"outlets|{Owner.ToLowerInvariant()}";
}

public enum ProposalStatus
{
    Unknown = 0,
    Proposed,
    Agreed,
    UnderWay,
}

public sealed record ProposalFact(
    Provenance Source,
    string Topic,
    ProposalStatus Status,
    RegionCode Partner) : Fact(Source)
{
    public override FactType Type => FactType.Proposal;

    public override string Key => $"proposal|{Topic.ToLowerInvariant()}";
}

public sealed record SectorFact(Provenance Source, string Name, RegionCode Partner) : Fact(Source)
{
    public override FactType Type => FactType.Sector;

    public override string Key => $"sector|{Name}";
}

/// <summary>A stated goal ("aim to reach $1 billion by 2030"): kept, but never a trade fact.</summary>
public sealed record TargetFact(Provenance Source, RegionCode Partner, Money Value, int? ByYear) : Fact(Source)
{
    public override FactType Type => FactType.Target;

    public override string Key => $"target|{Partner}|{Value.Amount}|{ByYear}";
}

public static class FactTypes
{
    public static string ToContract(this FactType t) => t switch
    {
        FactType.Trade => "trade",
        FactType.Meeting => "meeting",
        FactType.Enterprise => "enterprise",
        FactType.Product => "product",
        FactType.Outlets => "outlets",
        FactType.Proposal => "proposal",
        FactType.Sector => "sector",
        FactType.Target => "target",
        _ => throw new ArgumentOutOfRangeException(nameof(t), t, null),
    };

    public static FactType Parse(string? s) => s switch
    {
        "trade" => FactType.Trade,
        "meeting" => FactType.Meeting,
        "enterprise" => FactType.Enterprise,
        "product" => FactType.Product,
        "outlets" => FactType.Outlets,
        "proposal" => FactType.Proposal,
        "sector" => FactType.Sector,
        "target" => FactType.Target,
        _ => FactType.Unknown,
    };

    public static string ToContract(this ProposalStatus s) => s switch
    {
        ProposalStatus.Proposed => "proposed",
        ProposalStatus.Agreed => "agreed",
        ProposalStatus.UnderWay => "under way",
        _ => "proposed",
    };
}
