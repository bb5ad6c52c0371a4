using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Recognisers;
using Interregio.Text;

namespace Interregio.Extraction;

/// <summary>
/// Turns product mentions into product facts. Each product phrase (lists split themselves: every phrase is its own
/// mention) is traded when a word in its clause moves goods: before it ("Belarus ships tractors, trucks and tyres
/// to Rostov Oblast"), else after it ("Sunflower oil and wheat make up the bulk of Belarusian purchases"), else,
/// in a clause that starts with "а"/"while" and has no verb, the verb of the clause before ("..., а «Бабушкина
/// крынка» – сыры и сливочное масло"). The flow is export when the seller is Belarusian or the buyer Russian:
/// the seller is the party after "from", else the clause's subject, else the goods' maker ("Belshina tyres",
/// "made by Pskovelectrosvar", "Холодильники «Атланта»"); a buying verb turns it round. Goods after "for" are
/// what the goods are for ("tyres for the combines"), goods in a relative clause are only described ("where
/// combine harvesters are assembled"), goods after a proposal word are a proposal ("ready to supply elevators"),
/// and a negated verb ("no longer supplies") yields nothing.
/// </summary>
public sealed class ProductAssembler : IDocumentStage
{
    // a loop, not a query: most sentences name no goods, and a query allocates for each of them
    private static bool HasDefiniteProduct(Sentence sentence)
    {
        foreach (var m in sentence.Mentions)
        {
            if (m is ProductMention { IsVague: false })
                return true;
        }
        return false;
    }

    public void Run(DocumentContext ctx)
    {
        // made when a document first names goods: many name none
        HashSet<string>? seen = null;
        foreach (var sentence in ctx.Sentences)
        {
            if (!HasDefiniteProduct(sentence))
                continue;
            seen ??= new HashSet<string>(StringComparer.Ordinal);
            var clauses = new TradeClauses(ctx, sentence);
            foreach (var product in clauses.Products)
            {
                if (product.IsVague)
                    continue;
                var flow = FlowOf(clauses, product);
                if (flow == TradeFlow.Unknown)
                    continue;
                var partner = clauses.PartnerRegion();
                if (partner.IsDefault)
                {
                    ctx.Warn($"offset {product.Span.Start}: no partner region for the product '{product.Name}'; it is skipped");
                    continue;
                }
                var fact = new ProductFact(ctx.Provenance(sentence), product.Name, product.Entry.Hs, flow, partner);
                if (seen.Add(fact.Key))
                    ctx.Facts.Add(fact);
            }
        }
    }

    /// <summary>Export, import, or Unknown when the goods are not traded now (or the text does not say which way).</summary>
    public static TradeFlow FlowOf(TradeClauses a, ProductMention product)
    {
        var clause = a.ClauseOf(product.First);
        var kind = a.Clauses[clause].Kind;
        if (IsPurpose(a, product) || InvolvesThirdCountry(a, clause))
            return TradeFlow.Unknown;

        var (cue, inherited) = FlowCue(a, product, clause, kind);
        if (cue is null)
            return TradeFlow.Unknown;
        var cueAt = inherited ? product.First : cue.First;
        if (IsNegated(a, clause, inherited ? product.First : cue.First) || IsProposed(a, clause, Math.Min(cueAt, product.First)))
            return TradeFlow.Unknown;

        var subject = a.SubjectOf(clause, inherited ? product.First : Math.Min(cue.First, product.First));
        var from = a.IntroducedBy(clause, ProductCueRole.From);
        var maker = a.MakerOf(product) ?? ListMaker(a, product);
        var direction = Direction(a, product, cue, clause, inherited, subject, from, maker);
        InferCountries(direction, cue.Role, subject, from, maker);
        return direction;
    }

    /// <summary>The word that moves the goods: nearest before them in their clause, else after, else the previous clause's.</summary>
    private static (ProductCueMention? Cue, bool Inherited) FlowCue(TradeClauses a, ProductMention product, int clause, ClauseKind kind)
    {
        ProductCueMention? before = null, after = null;
        foreach (var c in a.Cues)
        {
            if (!c.Cue.IsFlow || a.ClauseOf(c.First) != clause || !Governs(a, c, product))
                continue;
            if (c.First < product.First)
                before = c;
            else if (c.First >= product.After && after is null)
                after = c;
        }
        if (before is not null || after is not null)
            return (before ?? after, false);
        // only a clause without a verb of its own borrows one ("шины устанавливаются на автобусы" has its own)
        if (kind != ClauseKind.Continuation || a.Cues.Any(c => c.Cue.IsFlow && a.ClauseOf(c.First) == clause))
            return (null, false);
        // "..., а «Бабушкина крынка» – сыры": the verb is left out and comes from the clause before
        for (var k = clause - 1; k >= 0; k--)
        {
            if (a.Clauses[k].Kind == ClauseKind.Relative)
                continue;
            var inheritedCue = a.Cues.LastOrDefault(c => c.Cue.IsFlow && a.ClauseOf(c.First) == k);
            if (inheritedCue is not null)
                return (inheritedCue, true);
        }
        return (null, false);
    }

    /// <summary>
    /// Goods are the subject of a demand or use word ("MAZ buses run on city routes", "beef is in demand"), so such a
    /// word governs goods before it; after it only when it ends in on/на ("аграрии работают на тракторах"), since
    /// "elevators have replaced worn-out lifts" did not sell lifts.
    /// </summary>
    private static bool Governs(TradeClauses a, ProductCueMention cue, ProductMention product)
    {
        if (cue.Role is not (ProductCueRole.Demand or ProductCueRole.Use) || cue.First >= product.After)
            return true;
        var last = a.Sentence.Tokens[cue.Last];
        return last.IsAny(a.Context.Text, "on", "на", "в");
    }

    /// <summary>
    /// "основными покупателями саратовского зерна стали Турция и Египет", "the region's foreign trade": goods sold
    /// to or bought from a third country, or in the region's trade with the world, are not trade with Belarus.
    /// </summary>
    private static bool InvolvesThirdCountry(TradeClauses a, int clause)
    {
        foreach (var p in a.Parties)
        {
            if (p.Side == TradeSide.Foreign && a.ClauseOf(p.First) == clause)
                return true;
        }
        foreach (var m in a.Sentence.Mentions)
        {
            if (m is CueMention { Category: CueCategory.ForeignTrade })
                return true;
        }
        return false;
    }

    /// <summary>"tyres for the combines", "двигатели для грузовиков": goods right after for/для are what the goods serve.</summary>
    private static bool IsPurpose(TradeClauses a, ProductMention product)
    {
        var text = a.Context.Text;
        var tokens = a.Sentence.Tokens;
        for (var k = product.First - 1; k >= Math.Max(0, product.First - 4); k--)
        {
            ProductCueMention? cue = null;
            foreach (var c in a.Cues)
            {
                if (c.First <= k && k < c.After)
                {
                    cue = c;
                    break;
                }
            }
            if (cue is { Role: ProductCueRole.Purpose })
                return true;
            if (cue is { Role: ProductCueRole.BySide or ProductCueRole.RuSide })
                continue;
            if (tokens[k].Kind != TokenKind.Word || cue is not null || Covers(a.Products, k) || CoveredByParty(a.Parties, k))
                return false;
            if (!tokens[k].IsAny(text, "the", "a", "its", "their", "local", "new", "modern", "russian", "belarusian"))
                return false;
        }
        return false;
    }

    private static bool Covers(List<ProductMention> products, int k)
    {
        foreach (var p in products)
        {
            if (p.First <= k && k < p.After)
                return true;
        }
        return false;
    }

    private static bool CoveredByParty(List<TradeParty> parties, int k)
    {
        foreach (var p in parties)
        {
            if (p.First <= k && k < p.After && p.Source is not ProductCueMention)
                return true;
        }
        return false;
    }

    /// <summary>"no longer supplies", "stopped supplying", "не поставляет": a negation just before the verb (not "not only").</summary>
    private static bool IsNegated(TradeClauses a, int clause, int cueAt)
    {
        var text = a.Context.Text;
        var tokens = a.Sentence.Tokens;
        foreach (var m in a.Sentence.Mentions)
        {
            if (m is not CueMention n || n.Category != CueCategory.Negation || a.ClauseOf(n.First) != clause)
                continue;
            if (n.First > cueAt || cueAt - n.Last > 4)
                continue;
            if (n.After < tokens.Count && tokens[n.After].IsAny(text, "only", "только", "just"))
                continue;
            return true;
        }
        return false;
    }

    /// <summary>A proposal word earlier in the clause: "is ready to supply", "proposed supplies of", "предложил наладить поставки".</summary>
    internal static bool IsProposed(TradeClauses a, int clause, int before)
    {
        foreach (var m in a.Sentence.Mentions)
        {
            if (m is CueMention { Category: CueCategory.Proposal } c && c.First < before && a.ClauseOf(c.First) == clause)
                return true;
        }
        return false;
    }

    private static TradeFlow Direction(TradeClauses a, ProductMention product, ProductCueMention cue, int clause, bool inherited, TradeParty? subject, TradeParty? from, TradeParty? maker)
    {
        TradeParty? seller, buyer;
        var to = a.IntroducedBy(clause, ProductCueRole.To);

        switch (cue.Role)
        {
            case ProductCueRole.Export or ProductCueRole.Import:
                {
                    // "The key exports were ...", "Belarusian purchases": Belarus's unless a Russian party owns them
                    var owner = Side(subject);
                    var export = cue.Role == ProductCueRole.Export;
                    if (owner == TradeSide.Foreign)
                        return TradeFlow.Unknown;
                    if (owner == TradeSide.Russia)
                        export = !export;
                    return export ? TradeFlow.Export : TradeFlow.Import;
                }
            case ProductCueRole.Supply:
                {
                    seller = Known(from) ?? Known(subject) ?? Known(maker);
                    if (seller is not null)
                        return FromSeller(seller.Side);
                    buyer = Known(to) ?? (inherited ? null : Known(a.PartyAt(cue.After)));
                    return FromBuyer(Side(buyer));
                }
            case ProductCueRole.Buy:
                {
                    buyer = Known(subject);
                    if (buyer is not null)
                        return FromBuyer(buyer.Side);
                    seller = Known(from) ?? Known(maker);
                    return FromSeller(Side(seller));
                }
            default:
                {
                    // demand and use: the goods' maker, else the subject, else where they are ("in demand in the oblast")
                    seller = Known(maker) ?? Known(subject);
                    if (seller is not null)
                        return FromSeller(seller.Side);
                    buyer = Known(to) ?? Known(a.PartyAt(cue.After)) ?? LocationAfter(a, cue, clause);
                    return FromBuyer(Side(buyer));
                }
        }
    }

    private static TradeParty? LocationAfter(TradeClauses a, ProductCueMention cue, int clause)
    {
        var text = a.Context.Text;
        var tokens = a.Sentence.Tokens;
        return a.Parties.FirstOrDefault(p => p.First >= cue.After && a.ClauseOf(p.First) == clause && p.First > 0
            && tokens[p.First - 1].IsAny(text, "in", "across", "throughout", "at", "в", "у") || (p.First > 1 && tokens[p.First - 1].Is(text, "the") && tokens[p.First - 2].IsAny(text, "in", "across", "throughout")));
    }

    /// <summary>A product in a list shares the maker of the list's first item: "Belarusian beef and sugar".</summary>
    private static TradeParty? ListMaker(TradeClauses a, ProductMention product)
    {
        var text = a.Context.Text;
        var tokens = a.Sentence.Tokens;
        var current = product;
        while (true)
        {
            ProductMention? previous = null;
            for (var i = a.Products.Count - 1; i >= 0; i--)
            {
                if (a.Products[i].After <= current.First)
                {
                    previous = a.Products[i];
                    break;
                }
            }
            if (previous is null || !a.SameClause(previous.First, current.First))
                return null;
            for (var k = previous.After; k < current.First; k++)
            {
                if (!(tokens[k].IsAny(text, ",", "and", "as", "well", "including", "or", "plus", "also", "и", "а", "также", "with")))
                    return null;
            }
            var maker = a.MakerOf(previous);
            if (maker is not null)
                return maker;
            current = previous;
        }
    }

    private static TradeParty? Known(TradeParty? p) => p is not null && p.Side != TradeSide.None ? p : null;

    private static TradeSide Side(TradeParty? p) => p?.Side ?? TradeSide.None;

    private static TradeFlow FromSeller(TradeSide side) => side switch
    {
        TradeSide.Belarus => TradeFlow.Export,
        TradeSide.Russia => TradeFlow.Import,
        _ => TradeFlow.Unknown,
    };

    private static TradeFlow FromBuyer(TradeSide side) => side switch
    {
        TradeSide.Russia => TradeFlow.Export,
        TradeSide.Belarus => TradeFlow.Import,
        _ => TradeFlow.Unknown,
    };

    /// <summary>
    /// A name found by its shape takes the country of its role once the flow is known: the seller of an import
    /// ("copper wire rod from UGMK") is Russian, the buyer of an export Russian, and so on.
    /// </summary>
    private static void InferCountries(TradeFlow flow, ProductCueRole role, TradeParty? subject, TradeParty? from, TradeParty? maker)
    {
        if (flow == TradeFlow.Unknown)
            return;
        var sellerCountry = flow == TradeFlow.Export ? "BY" : "RU";
        var buyerCountry = flow == TradeFlow.Export ? "RU" : "BY";
        Infer(from, sellerCountry);
        Infer(maker, sellerCountry);
        Infer(subject, role is ProductCueRole.Buy or ProductCueRole.Import ? buyerCountry : sellerCountry);

        static void Infer(TradeParty? party, string country)
        {
            if (party?.Source is EnterpriseMention { Country: null } e)
                e.InferredCountry ??= country;
        }
    }
}
