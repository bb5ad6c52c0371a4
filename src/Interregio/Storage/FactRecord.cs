using System.Globalization;
using Interregio.Domain;
using Interregio.Output;

namespace Interregio.Storage;

/// <summary>A fact storage will not write: a value it would have to store as unknown. Names the document, fact and field.</summary>
public sealed class FactRejectedException(Fact fact, string problem)
    : Exception($"{fact.Doc}: {fact.Type.ToString().ToLowerInvariant()} fact \"{fact.Key}\" refused: {problem}")
{
    public Fact Fact { get; } = fact;

    public string Problem { get; } = problem;
}

/// <summary>
/// One row of the facts table: the typed columns of a fact, its quote and offsets, and its contract JSON line
/// (<see cref="FactJson"/>), from which reads rebuild the fact (<see cref="FactJsonReader"/>). The typed columns are
/// for filtering and for SQL users; a column a fact type does not have is null.
/// </summary>
/// <remarks>
/// <see cref="Of"/> is the one gate into storage: enums default to Unknown (= 0) and a default RegionCode, Money or
/// Period is empty, so a fact carrying one is refused here rather than stored as a value nobody can interpret.
/// </remarks>
public sealed record FactRecord
{
    public required string Type { get; init; }
    public required string Key { get; init; }
    public string? Reporter { get; init; }
    public string? Partner { get; init; }
    public string? Flow { get; init; }
    /// <summary>First month, YYYY-MM.</summary>
    public string? PeriodFrom { get; init; }
    /// <summary>Last month, YYYY-MM, inclusive.</summary>
    public string? PeriodTo { get; init; }
    /// <summary>In units, not millions.</summary>
    public decimal? Amount { get; init; }
    public string? Currency { get; init; }
    public string? Qualifier { get; init; }
    public decimal? GrowthPct { get; init; }
    public string? Name { get; init; }
    public string? Country { get; init; }
    public string? CanonicalId { get; init; }
    /// <summary>The first HS heading; the JSON keeps all of them.</summary>
    public string? Hs { get; init; }
    public int? Count { get; init; }
    public string? Kind { get; init; }
    public string? Owner { get; init; }
    public string? Topic { get; init; }
    public string? Status { get; init; }
    /// <summary>YYYY-MM-DD.</summary>
    public string? Date { get; init; }
    public string? Place { get; init; }
    public required string Quote { get; init; }
    public int QuoteStart { get; init; }
    public int QuoteEnd { get; init; }
    public required string FactJson { get; init; }

    /// <summary>
    /// The first month (YYYY-MM) of the fact's time, as the from/to filters compare it: its period, its date, or else
    /// the date of the report that states it. Null when none is known. Both stores keep it (schema version 5).
    /// </summary>
    public string? TimeFrom(DateOnly? referenceDate) => PeriodFrom ?? Month(Date) ?? Month(referenceDate);

    /// <summary>The last month of the fact's time (<see cref="TimeFrom"/>).</summary>
    public string? TimeTo(DateOnly? referenceDate) => PeriodTo ?? Month(Date) ?? Month(referenceDate);

    private static string? Month(string? date) => date is null ? null : date[..Math.Min(7, date.Length)];

    private static string? Month(DateOnly? date) => date?.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The row of a fact; throws <see cref="FactRejectedException"/> for a value storage cannot interpret.</summary>
    public static FactRecord Of(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var row = fact switch
        {
            TradeFact t => Base(fact) with
            {
                Reporter = Region(t, t.Reporter, "reporter"),
                Partner = Region(t, t.Partner, "partner"),
                Flow = FlowOf(t, t.Flow),
                PeriodFrom = PeriodOf(t, t.Period).FromText,
                PeriodTo = t.Period.ToText,
                Amount = MoneyOf(t, t.Value).Amount,
                Currency = t.Value.Currency.ToString(),
                Qualifier = QualifierOf(t, t.Qualifier),
                GrowthPct = t.GrowthPct,
            },
            MeetingFact m => Base(fact) with
            {
                Date = m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Place = m.Place,
                Partner = OptionalRegion(m.Partner),
            },
            EnterpriseFact e => Base(fact) with
            {
                Name = e.Name,
                Country = e.Country,
                CanonicalId = e.CanonicalId,
                Partner = OptionalRegion(e.Partner),
            },
            ProductFact p => Base(fact) with
            {
                Name = p.Name,
                Hs = p.Hs.Count > 0 ? p.Hs[0] : null,
                Flow = FlowOf(p, p.Flow),
                Partner = OptionalRegion(p.Partner),
            },
            OutletsFact o => Base(fact) with
            {
                Owner = o.Owner,
                Count = o.Count,
                Qualifier = QualifierOf(o, o.Qualifier),
                Kind = o.Kind,
                Partner = OptionalRegion(o.Partner),
            },
            ProposalFact pr => Base(fact) with
            {
                Topic = pr.Topic,
                Status = pr.Status != ProposalStatus.Unknown ? pr.Status.ToContract() : throw new FactRejectedException(fact, "status is Unknown"),
                Partner = OptionalRegion(pr.Partner),
            },
            SectorFact s => Base(fact) with { Name = s.Name, Partner = OptionalRegion(s.Partner) },
            TargetFact tg => Base(fact) with
            {
                Partner = OptionalRegion(tg.Partner),
                Amount = MoneyOf(tg, tg.Value).Amount,
                Currency = tg.Value.Currency.ToString(),
            },
            _ => throw new FactRejectedException(fact, $"{fact.GetType().Name} is not a fact type storage knows"),
        };
        // Only now, with every value checked, is the JSON written: FactJson would throw on some unknowns and
        // quietly write others (an Unknown proposal status as "proposed").
        return row with { FactJson = Output.FactJson.ToJson(fact) };
    }

    private static FactRecord Base(Fact fact)
    {
        if (string.IsNullOrEmpty(fact.Doc))
            throw new FactRejectedException(fact, "the fact names no document");
        return new FactRecord
        {
            Type = fact.Type.ToContract(),
            Key = fact.Key,
            Quote = fact.Quote ?? throw new FactRejectedException(fact, "the fact has no quote"),
            QuoteStart = fact.Source.Start,
            QuoteEnd = fact.Source.End,
            FactJson = "",
        };
    }

    private static string Region(Fact fact, RegionCode code, string field) =>
        code.IsDefault ? throw new FactRejectedException(fact, $"{field} is not set") : code.Code;

    private static string? OptionalRegion(RegionCode code) => code.IsDefault ? null : code.Code;

    private static string FlowOf(Fact fact, TradeFlow flow) =>
        flow != TradeFlow.Unknown ? flow.ToContract() : throw new FactRejectedException(fact, "flow is Unknown");

    private static string QualifierOf(Fact fact, Qualifier q) =>
        q != Domain.Qualifier.Unknown ? q.ToContract() : throw new FactRejectedException(fact, "qualifier is Unknown");

    private static Period PeriodOf(Fact fact, Period p) =>
        p.IsDefault ? throw new FactRejectedException(fact, "period is not set") : p;

    private static Money MoneyOf(Fact fact, Money m) =>
        m.Currency == Domain.Currency.Unknown ? throw new FactRejectedException(fact, "currency is Unknown") : m;
}
