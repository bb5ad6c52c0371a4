using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Recognisers;
using Interregio.Text;

namespace Interregio.Extraction;

/// <summary>Which side of the trade a party is on.</summary>
public enum TradeSide : byte
{
    None,
    Belarus,
    Russia,
    /// <summary>A third country: goods sold there are not trade with a Russian region.</summary>
    Foreign,
}

/// <summary>How a clause began: the sentence's first clause, after "while"/"а"/";", or a relative clause.</summary>
public enum ClauseKind : byte
{
    Main,
    Continuation,
    Relative,
}

/// <summary>Something that can sell or buy: a place, "the region", an enterprise, or a word such as "Belarusian".</summary>
public sealed record TradeParty(int First, int After, TradeSide Side, RegionCode Region, Mention Source);

/// <summary>A clause starting at token <see cref="First"/>; which tokens belong to it is <see cref="TradeClauses.ClauseOf"/>.</summary>
public sealed record TradeClause(int Index, ClauseKind Kind, int First);

/// <summary>
/// One sentence read for who sells what to whom: its clauses (cut at "while", "whereas", "but", ";", ", а", at
/// ", and" before a new subject, and around relative clauses "which ...", "где ..."), its parties, and its cue
/// words. Product, outlets and proposal assembly all read sentences this way.
/// </summary>
public sealed class TradeClauses
{
    private readonly int[] _clauseOf;

    public TradeClauses(DocumentContext ctx, Sentence sentence)
    {
        Context = ctx;
        Sentence = sentence;
        var tokens = sentence.Tokens;
        Cues = InOrder<ProductCueMention>(sentence);
        Products = InOrder<ProductMention>(sentence);
        Parties = FindParties(ctx, sentence);
        _clauseOf = new int[tokens.Count];
        Clauses = Cut(ctx.Text, tokens);
    }

    /// <summary>The sentence's mentions of one kind by first token, equal starts in mention order (a stable sort, by loops: no query).</summary>
    private static List<T> InOrder<T>(Sentence sentence) where T : Mention
    {
        var list = new List<T>();
        foreach (var m in sentence.Mentions)
        {
            if (m is not T t)
                continue;
            var at = list.Count;
            while (at > 0 && list[at - 1].First > t.First)
                at--;
            list.Insert(at, t);
        }
        return list;
    }

    /// <summary>The first cue starting at token <paramref name="i"/>.</summary>
    private ProductCueMention? CueAt(int i)
    {
        foreach (var c in Cues)
        {
            if (c.First == i)
                return c;
        }
        return null;
    }

    public DocumentContext Context { get; }
    public Sentence Sentence { get; }
    public List<ProductCueMention> Cues { get; }
    public List<ProductMention> Products { get; }
    public List<TradeParty> Parties { get; }
    public List<TradeClause> Clauses { get; }

    public int ClauseOf(int token) => token >= 0 && token < _clauseOf.Length ? _clauseOf[token] : -1;

    public TradeClause ClauseAt(int token) => Clauses[ClauseOf(token)];

    public bool SameClause(int a, int b) => ClauseOf(a) == ClauseOf(b);

    private List<TradeClause> Cut(string text, List<Token> tokens)
    {
        var clauses = new List<TradeClause> { new(0, ClauseKind.Main, 0) };
        var current = 0;
        var resume = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var cue = CueAt(i);
            // a relative clause runs to the next comma or clause break, then its parent clause resumes
            if (resume >= 0 && (t.Is(text, ",") || t.IsClauseBreak(text)))
            {
                current = resume;
                resume = -1;
                if (t.Is(text, ","))
                {
                    _clauseOf[i] = current;
                    continue;
                }
            }
            if (cue is { Role: ProductCueRole.Relative } && i > 0 && IsRelative(text, tokens, i))
            {
                resume = resume >= 0 ? resume : current;
                current = Open(clauses, ClauseKind.Relative, i);
            }
            // "а" starts a clause after a comma, but "а также" (as well as) continues a list
            else if (cue is { Role: ProductCueRole.Boundary } && i > 0
                     && !(cue.Cue.Phrase == "а" && (!tokens[i - 1].Is(text, ",") || (i + 1 < tokens.Count && tokens[i + 1].Is(text, "также")))))
            {
                resume = -1;
                current = Open(clauses, ClauseKind.Continuation, i);
            }
            else if (t.Kind == TokenKind.Punct && text[t.Start] is ';' or ':')
            {
                resume = -1;
                current = Open(clauses, ClauseKind.Continuation, i);
            }
            else if (i > 0 && tokens[i - 1].Is(text, ",") && t.IsAny(text, "and", "и") && StartsNewSubject(text, tokens, i + 1))
            {
                resume = -1;
                current = Open(clauses, ClauseKind.Continuation, i);
            }
            _clauseOf[i] = current;
        }
        return clauses;
    }

    private static int Open(List<TradeClause> clauses, ClauseKind kind, int first)
    {
        clauses.Add(new TradeClause(clauses.Count, kind, first));
        return clauses.Count - 1;
    }

    /// <summary>
    /// "which", "where", "who" open a relative clause; "that" does only after goods ("trucks that bring ..."), since
    /// after "said" or "noted" it opens the reported statement, whose goods are traded.
    /// </summary>
    private bool IsRelative(string text, List<Token> tokens, int i)
    {
        if (!tokens[i].Is(text, "that"))
            return true;
        foreach (var p in Products)
        {
            if (p.After == i)
                return true;
        }
        return false;
    }

    /// <summary>After ", and": goods continue a list ("..., and milk powder"), a name or "the region" starts a clause.</summary>
    private bool StartsNewSubject(string text, List<Token> tokens, int at)
    {
        if (at >= tokens.Count)
            return false;
        foreach (var p in Products)
        {
            if (p.First == at)
                return false;
        }
        if (tokens[at].IsAny(text, "with", "to", "from", "for", "also", "in", "on", "as", "then", "other", "another", "с", "в", "на", "для", "также"))
            return false;
        return true;
    }

    private static List<TradeParty> FindParties(DocumentContext ctx, Sentence sentence)
    {
        var parties = new List<TradeParty>();
        foreach (var m in sentence.Mentions)
        {
            switch (m)
            {
                case PlaceMention p:
                    var side = p.Region.Code.IsBelarusian ? TradeSide.Belarus : p.Region.Code.IsPartnerSide ? TradeSide.Russia : TradeSide.Foreign;
                    parties.Add(new TradeParty(p.First, p.After, side, p.Region.Code, p));
                    break;
                case RegionAnaphorMention a:
                    parties.Add(new TradeParty(a.First, a.After, TradeSide.Russia, ctx.MainPartner, a));
                    break;
                case EnterpriseMention e:
                    var country = e.Country ?? e.InferredCountry;
                    var eside = country switch
                    {
                        "BY" => TradeSide.Belarus,
                        "RU" => TradeSide.Russia,
                        null => TradeSide.None,
                        _ => TradeSide.Foreign,
                    };
                    parties.Add(new TradeParty(e.First, e.After, eside, default, e));
                    break;
                case CueMention { Category: CueCategory.ForeignCountry } f:
                    parties.Add(new TradeParty(f.First, f.After, TradeSide.Foreign, default, f));
                    break;
                case ProductCueMention { Role: ProductCueRole.BySide or ProductCueRole.RuSide } s:
                    parties.Add(new TradeParty(s.First, s.After, s.Role == ProductCueRole.BySide ? TradeSide.Belarus : TradeSide.Russia, s.Role == ProductCueRole.RuSide ? ctx.MainPartner : default, s));
                    break;
            }
        }
        if (parties.Count < 2)
            return parties;
        parties.Sort(ByFirst);
        // a place inside an enterprise's name ("Novosibirsk Tin Plant") is not a party of its own
        var hasEnterprise = false;
        foreach (var e in parties)
            hasEnterprise |= e.Source is EnterpriseMention;
        if (hasEnterprise)
            parties.RemoveAll(p => p.Source is PlaceMention && InsideEnterprise(parties, p));
        return parties;
    }

    private static readonly Comparison<TradeParty> ByFirst = (a, b) => a.First.CompareTo(b.First);

    private static bool InsideEnterprise(List<TradeParty> parties, TradeParty p)
    {
        foreach (var e in parties)
        {
            if (e.Source is EnterpriseMention && e.First <= p.First && p.After <= e.After)
                return true;
        }
        return false;
    }

    /// <summary>The cue mention whose role is one of <paramref name="roles"/> ending right before token <paramref name="at"/> (skipping "the").</summary>
    public ProductCueMention? CueBefore(int at, params ReadOnlySpan<ProductCueRole> roles)
    {
        var text = Context.Text;
        var tokens = Sentence.Tokens;
        var k = at;
        while (k > 0 && tokens[k - 1].IsAny(text, "the", "a", "an"))
            k--;
        foreach (var c in Cues)
        {
            if (c.After != k)
                continue;
            foreach (var r in roles)
            {
                if (c.Role == r)
                    return c;
            }
        }
        return null;
    }

    /// <summary>The first party in the clause before token <paramref name="before"/> that is not introduced by from/to/for/made by: the clause's subject.</summary>
    public TradeParty? SubjectOf(int clause, int before)
    {
        foreach (var p in Parties)
        {
            if (p.First >= before)
                break;
            if (ClauseOf(p.First) != clause || p.Side == TradeSide.None && p.Source is not EnterpriseMention)
                continue;
            if (CueBefore(p.First, ProductCueRole.From, ProductCueRole.To, ProductCueRole.Purpose, ProductCueRole.Maker) is not null)
                continue;
            if (p.First > 0 && Sentence.Tokens[p.First - 1].IsAny(Context.Text, "in", "on", "at", "across", "of", "near", "around", "throughout", "у", "по"))
                continue;
            return p;
        }
        return null;
    }

    /// <summary>The party right after a cue of the given roles anywhere in the clause: "from Leningrad Oblast", "to Belarus".</summary>
    public TradeParty? IntroducedBy(int clause, params ReadOnlySpan<ProductCueRole> roles)
    {
        foreach (var p in Parties)
        {
            if (ClauseOf(p.First) != clause)
                continue;
            if (CueBefore(p.First, roles) is not null)
                return p;
        }
        return null;
    }

    /// <summary>The party right after token <paramref name="at"/> (skipping "the"): "supplies Belarus with", "ships ... to".</summary>
    public TradeParty? PartyAt(int at)
    {
        var text = Context.Text;
        var tokens = Sentence.Tokens;
        while (at < tokens.Count && tokens[at].IsAny(text, "the"))
            at++;
        return PartyStarting(at);
    }

    private TradeParty? PartyStarting(int at)
    {
        foreach (var p in Parties)
        {
            if (p.First == at)
                return p;
        }
        return null;
    }

    /// <summary>The party that made or owns goods: a name or "Belarusian" right before them, or "made by X"/«X» right after.</summary>
    public TradeParty? MakerOf(ProductMention product)
    {
        var text = Context.Text;
        var tokens = Sentence.Tokens;
        // before: "MAZ buses", "Belarusian beef", "Amkodor road machinery", "белорусская говядина", "Vitebsk-made flax harvesters"
        var k = product.First;
        if (k > 0 && tokens[k - 1].Kind == TokenKind.Word && tokens[k - 1].IsAny(text, "made"))
            k--;
        if (k > 0 && tokens[k - 1].Kind == TokenKind.Dash)
            k--;
        if (k > 1 && tokens[k - 1].Is(text, "s") && tokens[k - 2].Kind == TokenKind.Apostrophe)
            k -= 2;
        if (k > 0 && tokens[k - 1].Kind == TokenKind.Quote)
            k--;
        for (var i = Parties.Count - 1; i >= 0; i--)
        {
            if (Parties[i].After == k && Parties[i].Side != TradeSide.None)
                return Parties[i];
        }
        // after: "elevators made by Mogilevliftmash", "sugar from Slutsk Sugar Refinery", "производства «Пензадизельмаша»"
        var after = product.After;
        ProductCueMention? cue = null;
        foreach (var c in Cues)
        {
            if (c.First == after && c.Role is ProductCueRole.Maker or ProductCueRole.From)
            {
                cue = c;
                break;
            }
        }
        if (cue is not null)
        {
            after = cue.After;
            while (after < tokens.Count && (tokens[after].Kind == TokenKind.Quote || tokens[after].IsAny(text, "the")))
                after++;
            return PartyStarting(after);
        }
        // Russian names the maker in the genitive right after the goods: "Холодильники «Атланта»", "тракторы МТЗ"
        if (after < tokens.Count && tokens[after].Kind == TokenKind.Quote)
            after++;
        foreach (var p in Parties)
        {
            if (p.First == after && p.Source is EnterpriseMention)
                return p;
        }
        return null;
    }

    /// <summary>The Russian region the sentence names (a region, or a city's region), else the article's region.</summary>
    public RegionCode PartnerRegion()
    {
        foreach (var p in Parties)
        {
            if (p.Source is PlaceMention pm && pm.Region.Code.IsPartnerSide && !pm.Region.IsCountry)
                return pm.Region.Code;
        }
        if (!Context.MainPartner.IsDefault)
            return Context.MainPartner;
        return Parties.FirstOrDefault(p => p.Source is PlaceMention pm && pm.Region.Code.IsPartnerSide)?.Region ?? default;
    }
}
