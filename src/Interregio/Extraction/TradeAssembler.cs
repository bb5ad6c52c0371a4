using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Recognisers;
using Interregio.Text;

namespace Interregio.Extraction;

/// <summary>
/// Chooses the Russian region an article is about: the partner-side region named most often, names in the first
/// two sentences counting double. "The region", "the oblast" and a trade figure with no region named refer to it.
/// </summary>
public sealed class MainPartnerStage : IDocumentStage
{
    public void Run(DocumentContext ctx)
    {
        // an article names a handful of regions: a list searched by loops, in first-named order
        List<(string Key, int Score, RegionCode Code)>? score = null;
        for (var s = 0; s < ctx.Sentences.Count; s++)
        {
            foreach (var m in ctx.Sentences[s].Mentions)
            {
                if (m is not PlaceMention p || !p.Region.Code.IsPartnerSide || p.Region.IsCountry)
                    continue;
                var weight = s < 2 ? 2 : 1;
                var key = p.Region.Code.Code;
                score ??= [];
                var at = 0;
                while (at < score.Count && score[at].Key != key)
                    at++;
                if (at < score.Count)
                    score[at] = (key, score[at].Score + weight, score[at].Code);
                else
                    score.Add((key, weight, p.Region.Code));
            }
        }
        if (score is not null)
        {
            // the highest score; of equals, the first named
            var best = 0;
            for (var i = 1; i < score.Count; i++)
            {
                if (score[i].Score > score[best].Score)
                    best = i;
            }
            ctx.MainPartner = score[best].Code;
        }
    }
}

/// <summary>
/// Turns money mentions into trade facts. For each amount it decides, from the mentions around it:
/// whether it is trade at all (a flow word or "it" pointing back to one; no target, investment or foreign-trade
/// cue); the flow (the nearest flow word before it); the period (one right after the amount, else the nearest
/// unclaimed one before it, else after it, else the period last spoken of); the reporter (a Belarusian oblast named
/// before it, else Belarus); the partner (a Russian region near it, "the region", or the article's region); and the
/// growth (the nearest growth phrase). A figure stated twice is kept once, with the growth if either gave it.
/// </summary>
public sealed class TradeAssembler : IDocumentStage
{
    /// <summary>Amounts below this are ticker rates or counts misread as money, never trade between regions.</summary>
    public const decimal MinimumTradeAmount = 10_000m;

    /// <summary>How far (in tokens) a growth phrase may stand from the figure it qualifies.</summary>
    private const int GrowthReach = 12;

    public void Run(DocumentContext ctx)
    {
        var text = ctx.Text;
        // by the parts of TradeFact.Key, not the string: equal parts make equal keys, and no string is made per figure
        var byKey = new Dictionary<(string Reporter, string Partner, TradeFlow Flow, Period Period), int>();
        // What "it", "the figure" and a figure with no period of its own refer to: the main (first) figure of the
        // last sentence that gave one. "Last year trade was over $350 million, up from $318 million in 2018.
        // Belarusian exports made up nearly $140 million of the total." — the total is last year's.
        Period? lastPeriod = null;
        var lastParagraph = -1;
        TradeFlow paragraphFlow = TradeFlow.Unknown;
        RegionCode anaphorReporter = default;
        // The reporter of the paragraph's first figure, its subject: "По итогам 2023 года товарооборот Гомельской
        // области с Брянской областью составил ... Экспорт гомельских предприятий в регион превысил 190 млн долларов"
        // goes on speaking of Gomel Oblast; a paragraph on Belarus's trade that gives one oblast's share ("На
        // Гродненскую область пришлось около 15 млн долларов") goes back to Belarus after it.
        RegionCode paragraphReporter = default;
        var m = new SentenceMentions();
        foreach (var sentence in ctx.Sentences)
        {
            if (sentence.Paragraph != lastParagraph)
            {
                lastParagraph = sentence.Paragraph;
                paragraphFlow = TradeFlow.Unknown;
                paragraphReporter = default;
            }
            Period? sentencePeriod = null;
            var sentenceFlow = TradeFlow.Unknown;
            RegionCode previousReporter = default;
            var tokens = sentence.Tokens;
            m.Reset(sentence);
            var monies = m.Monies;
            var growthOwner = AssignGrowth(m, monies, m.Growths);
            var foreignTrade = false;
            foreach (var c in m.Cues)
                foreignTrade |= c.Category == CueCategory.ForeignTrade;

            for (var mi = 0; mi < monies.Count; mi++)
            {
                var money = monies[mi];
                var segStart = mi == 0 ? 0 : monies[mi - 1].After;
                var segEnd = mi + 1 < monies.Count ? monies[mi + 1].First : tokens.Count;

                if (money.Value.Amount < MinimumTradeAmount)
                    continue;

                var flow = FlowFor(m, money, segStart, paragraphFlow, out var hasAnaphor);
                if (IsTarget(m, money, segStart))
                {
                    var partnerForTarget = PartnerFor(ctx, m, money, segStart, segEnd);
                    var by = sentence.Of<PeriodMention>().FirstOrDefault(p => p.IsDeadline && p.First >= money.After && p.First <= money.After + 4);
                    ctx.Facts.Add(new TargetFact(ctx.Provenance(sentence), partnerForTarget, money.Value, by?.Period?.FromYear));
                    continue;
                }
                if (flow == TradeFlow.Unknown && !hasAnaphor)
                    continue;
                if (foreignTrade || IsDistractor(m, money, segStart, segEnd))
                    continue;
                if (flow == TradeFlow.Unknown)
                    flow = paragraphFlow == TradeFlow.Unknown ? TradeFlow.Turnover : paragraphFlow;

                var period = PeriodFor(ctx, m, money, sentencePeriod ?? lastPeriod, out var periodWarning);
                if (period is null)
                {
                    ctx.Warn(periodWarning ?? $"offset {money.Span.Start}: no period for {money.Value}; the figure is skipped");
                    continue;
                }
                var partner = PartnerFor(ctx, m, money, segStart, segEnd);
                if (partner.IsDefault)
                {
                    ctx.Warn($"offset {money.Span.Start}: no partner region for {money.Value}; the figure is skipped");
                    continue;
                }
                var reporter = ReporterFor(m, money, segStart, previousReporter, hasAnaphor ? anaphorReporter : default, paragraphReporter);
                previousReporter = reporter;
                if (paragraphReporter.IsDefault)
                    paragraphReporter = reporter;
                decimal? growth = growthOwner is not null && growthOwner[mi] is { } g ? g.Percent : null;

                sentencePeriod ??= period;
                if (sentenceFlow == TradeFlow.Unknown)
                    sentenceFlow = flow;
                var fact = new TradeFact(ctx.Provenance(sentence), reporter, partner, flow, period.Value, money.Value, money.Qualifier, growth);
                var key = fact.KeyParts;
                if (byKey.TryGetValue(key, out var existing))
                {
                    // The same figure stated twice: keep the first, take a growth only the restatement gave.
                    if (ctx.Facts[existing] is TradeFact earlier && earlier.GrowthPct is null && growth is not null && earlier.Value.Amount == fact.Value.Amount)
                        ctx.Facts[existing] = earlier with { GrowthPct = growth };
                    continue;
                }
                byKey[key] = ctx.Facts.Count;
                ctx.Facts.Add(fact);
            }

            if (sentencePeriod is not null)
            {
                lastPeriod = sentencePeriod;
                // "the figure" points at the paragraph's main subject, its first figure
                if (paragraphFlow == TradeFlow.Unknown)
                    paragraphFlow = sentenceFlow;
            }

            // "Vitebsk Oblast accounts for a sizeable share of the total. Last year, it amounted to $347 million":
            // a sentence without a figure that names a Belarusian oblast makes it the subject "it" refers to.
            anaphorReporter = default;
            if (monies.Count == 0)
            {
                foreach (var p in m.Places)
                {
                    if (p.Region.Code.IsBelarusian && !p.Region.IsCountry && p.Kind == PlaceKind.Region)
                    {
                        anaphorReporter = p.Region.Code;
                        break;
                    }
                }
            }

            // A sentence that speaks of trade without a figure sets the flow that "it" refers to next.
            if (monies.Count == 0)
            {
                foreach (var cue in m.Cues)
                {
                    if (cue.Category is CueCategory.FlowTurnover or CueCategory.FlowExport or CueCategory.FlowImport)
                    {
                        paragraphFlow = ToFlow(cue.Category);
                        break;
                    }
                }
            }
        }
    }

    private static TradeFlow ToFlow(CueCategory c) => c switch
    {
        CueCategory.FlowTurnover => TradeFlow.Turnover,
        CueCategory.FlowExport => TradeFlow.Export,
        CueCategory.FlowImport => TradeFlow.Import,
        _ => TradeFlow.Unknown,
    };

    /// <summary>
    /// Each growth phrase goes to the nearest amount in its sentence, within reach. A flow word between them starts
    /// another clause with its own subject ("... 2.1 billion US dollars, the turnover fell by 12% in 2022 to
    /// $1.85 billion"), so the growth belongs to the figure on its own side.
    /// </summary>
    private static List<GrowthMention?>? AssignGrowth(SentenceMentions mentions, List<MoneyMention> monies, List<GrowthMention> growths)
    {
        if (growths.Count == 0)
            return null;
        // the growth of each amount by its index (amounts are distinct mentions); lists reused from sentence to sentence
        var subjects = mentions.Subjects;
        subjects.Clear();
        foreach (var c in mentions.Cues)
        {
            if (c.Category is CueCategory.FlowTurnover or CueCategory.FlowExport or CueCategory.FlowImport)
                subjects.Add(c);
        }
        var owner = mentions.GrowthOf;
        owner.Clear();
        for (var i = 0; i < monies.Count; i++)
            owner.Add(null);
        foreach (var g in growths)
        {
            var best = -1;
            var bestDistance = int.MaxValue;
            for (var mi = 0; mi < monies.Count; mi++)
            {
                var m = monies[mi];
                var d = g.First >= m.After ? g.First - m.After : m.First >= g.After ? m.First - g.After + 1 : 0;
                var lo = Math.Min(g.First, m.First);
                var hi = Math.Max(g.First, m.First);
                foreach (var c in subjects)
                {
                    if (c.First > lo && c.First < hi)
                    {
                        d += GrowthReach;
                        break;
                    }
                }
                if (d < bestDistance)
                {
                    best = mi;
                    bestDistance = d;
                }
            }
            if (best >= 0 && bestDistance <= GrowthReach && owner[best] is null)
                owner[best] = g;
        }
        return owner;
    }

    private static TradeFlow FlowFor(SentenceMentions mentions, MoneyMention money, int segStart, TradeFlow paragraphFlow, out bool hasAnaphor)
    {
        hasAnaphor = false;
        CueMention? best = null;
        foreach (var c in mentions.Cues)
        {
            if (c.Category is not (CueCategory.FlowTurnover or CueCategory.FlowExport or CueCategory.FlowImport or CueCategory.TradeAnaphor))
                continue;
            if (c.First >= money.First)
                continue;
            if (best is null || c.First > best.First)
                best = c;
        }
        if (best is null)
        {
            // "$ 32 million worth of goods", "almost $1 billion worth of goods from the republic": a flow word after
            CueMention? after = null;
            foreach (var c in mentions.Cues)
            {
                if (c.First >= money.After && c.First <= money.After + 6 && c.Category is CueCategory.FlowExport or CueCategory.FlowImport or CueCategory.FlowTurnover
                    && (after is null || c.First < after.First))
                    after = c;
            }
            return after is null ? TradeFlow.Unknown : ToFlow(after.Category);
        }
        if (best.Category == CueCategory.TradeAnaphor)
        {
            hasAnaphor = true;
            return paragraphFlow;
        }
        return ToFlow(best.Category);
    }

    private static bool IsTarget(SentenceMentions mentions, MoneyMention money, int segStart)
    {
        // "reach $1 billion by 2025", "bring trade to $1.5 billion by 2026"
        foreach (var p in mentions.Periods)
        {
            if (p.IsDeadline && p.First >= money.After && p.First <= money.After + 4)
                return true;
        }
        // a goal word in the same stretch before the amount: "aim for $50 million", "the task of reaching"
        foreach (var c in mentions.Cues)
        {
            if (c.Category == CueCategory.Target && c.First < money.First && c.First >= Math.Max(segStart, money.First - 10))
                return true;
        }
        return false;
    }

    private static bool IsDistractor(SentenceMentions mentions, MoneyMention money, int segStart, int segEnd)
    {
        foreach (var c in mentions.Cues)
        {
            if (c.Category == CueCategory.Distractor && c.First >= Math.Max(segStart, money.First - 5) && c.First <= money.After + 3)
                return true;
            // trade of the region with another country: "Pskov Oblast's trade with Estonia and Latvia"
            if (c.Category == CueCategory.ForeignCountry && c.First >= segStart && c.First < segEnd)
                return true;
        }
        return false;
    }

    private static Period? PeriodFor(DocumentContext ctx, SentenceMentions mentions, MoneyMention money, Period? lastPeriod, out string? warning)
    {
        warning = null;
        var text = ctx.Text;
        var tokens = mentions.Sentence.Tokens;
        var periods = mentions.Periods;
        static bool Usable(PeriodMention p) => !p.IsComparisonBase && !p.IsDeadline;

        // 1. right after the amount: "$318 million in 2018", "$91 million last year", "$1.02 billion in the same period last year"
        var j = money.After;
        while (j < tokens.Count && j < money.After + 3 && tokens[j].IsAny(text, "in", "for", "during", "over", "of", "в", "за", "по"))
            j++;
        // a period may start at the preposition itself: Russian periods keep theirs ("в 2018 году")
        PeriodMention? bound = null;
        foreach (var p in periods)
        {
            if (Usable(p) && p.First >= money.After && p.First <= j && p.BoundTo is null)
            {
                bound = p;
                break;
            }
        }
        PeriodMention? chosen = null;
        if (bound is not null)
        {
            bound.BoundTo = money;
            chosen = bound;
        }
        // 2. the nearest unclaimed period before it
        if (chosen is null)
        {
            foreach (var p in periods)
            {
                if (Usable(p) && p.After <= money.First && p.BoundTo is null && (chosen is null || p.First > chosen.First))
                    chosen = p;
            }
        }
        // 3. a period later in the stretch: "...was around $118 million, while ... in 2019"
        if (chosen is null)
        {
            foreach (var p in periods)
            {
                if (Usable(p) && p.First >= money.After && p.BoundTo is null && (chosen is null || p.First < chosen.First))
                    chosen = p;
            }
        }

        if (chosen is null)
        {
            if (lastPeriod is null)
                warning = $"offset {money.Span.Start}: no period stated for {money.Value} and none before it; the figure is skipped";
            return lastPeriod;
        }
        return Resolve(ctx, chosen, lastPeriod, out warning);
    }

    internal static Period? Resolve(DocumentContext ctx, PeriodMention p, Period? context, out string? warning)
    {
        warning = null;
        if (p.Period is { } absolute)
            return absolute;
        if (p.Anchor == PeriodAnchor.ReferenceYear)
        {
            warning = $"offset {p.Span.Start}: '{ctx.Text[p.Span.Start..p.Span.End]}' needs the article's date, which is unknown; the figure is dropped";
            return null;
        }
        // contextual: the period last spoken of, or the article's year
        var year = context?.ToYear ?? ctx.ReferenceDate?.Year;
        if (year is null)
        {
            warning = $"offset {p.Span.Start}: '{ctx.Text[p.Span.Start..p.Span.End]}' refers to an earlier period and none is known; the figure is dropped";
            return null;
        }
        if (p.Months > 0)
            return Period.TryCreate(year.Value, 1, year.Value, p.Months).TryGetValue(out var n) ? n : null;
        if (context is { } c)
        {
            if (p.SamePeriodYear is { } y)
                return c.ShiftYears(y - c.FromYear);
            return c.ShiftYears(p.YearOffset);
        }
        warning = $"offset {p.Span.Start}: '{ctx.Text[p.Span.Start..p.Span.End]}' refers to an earlier period and none is known; the figure is dropped";
        return null;
    }

    private static RegionCode PartnerFor(DocumentContext ctx, SentenceMentions mentions, MoneyMention money, int segStart, int segEnd)
    {
        var places = mentions.Places;
        static bool IsPartnerRegion(PlaceMention p) => p.Region.Code.IsPartnerSide && !p.Region.IsCountry && (p.Kind == PlaceKind.Region || p.Region.Kind == "federal_city");
        // the nearest partner region in the figure's stretch, else in the sentence; the first of equals wins
        PlaceMention? near = null;
        foreach (var p in places)
        {
            if (IsPartnerRegion(p) && p.First >= segStart && p.First < segEnd
                && (near is null || Math.Abs(p.First - money.First) < Math.Abs(near.First - money.First)))
                near = p;
        }
        if (near is null)
        {
            foreach (var p in places)
            {
                if (IsPartnerRegion(p) && (near is null || Math.Abs(p.First - money.First) < Math.Abs(near.First - money.First)))
                    near = p;
            }
        }
        if (near is not null)
            return near.Region.Code;
        if (mentions.HasRegionAnaphor && !ctx.MainPartner.IsDefault)
            return ctx.MainPartner;
        foreach (var p in places)
        {
            if (p.Region.Code.Code == "RU" && p.First >= segStart && p.First < segEnd)
                return p.Region.Code;
        }
        return ctx.MainPartner;
    }

    /// <summary>
    /// A Belarusian oblast named before the figure in its stretch of the sentence; else the reporter of the figure
    /// before it in the same sentence ("Minsk Oblast's exports ... exceeded $310 million, while imports were down 4%
    /// to $128.3 million"); else the oblast "it" points back to; else, when the sentence names no Belarusian place at
    /// all, the reporter of the paragraph's first figure; else Belarus.
    /// </summary>
    private static RegionCode ReporterFor(SentenceMentions mentions, MoneyMention money, int segStart, RegionCode previousInSentence, RegionCode anaphorReporter, RegionCode paragraphReporter)
    {
        PlaceMention? oblast = null;
        var belarusBefore = false;
        var anyBelarusian = false;
        foreach (var p in mentions.Places)
        {
            if (p.Region.Code.IsBelarusian && !p.Region.IsCountry && p.Kind == PlaceKind.Region && p.First >= segStart && p.First < money.First
                && (oblast is null || p.First > oblast.First))
                oblast = p;
            belarusBefore |= p.IsBelarus && p.First >= segStart && p.First < money.First;
            anyBelarusian |= p.Region.Code.IsBelarusian;
        }
        if (oblast is not null)
            return oblast.Region.Code;
        if (!previousInSentence.IsDefault && !belarusBefore)
            return previousInSentence;
        if (!anaphorReporter.IsDefault)
            return anaphorReporter;
        if (!paragraphReporter.IsDefault && !anyBelarusian)
            return paragraphReporter;
        return Belarus;
    }

    private static readonly RegionCode Belarus = RegionCode.Parse("BY");

    /// <summary>
    /// A sentence's mentions by kind, gathered once: the assembler asks about them for every figure, and a list per
    /// kind costs less than a LINQ query (an iterator, a delegate, often a sort) per question.
    /// </summary>
    private sealed class SentenceMentions
    {
        // one per document, refilled for each sentence: six objects per sentence were most of this stage's allocations
        public void Reset(Sentence sentence)
        {
            Sentence = sentence;
            Monies.Clear();
            Growths.Clear();
            Cues.Clear();
            Periods.Clear();
            Places.Clear();
            HasRegionAnaphor = false;
            foreach (var m in sentence.Mentions)
            {
                switch (m)
                {
                    case MoneyMention money:
                        // in token order; equal starts keep their order (a stable insertion)
                        var at = Monies.Count;
                        while (at > 0 && Monies[at - 1].First > money.First)
                            at--;
                        Monies.Insert(at, money);
                        break;
                    case GrowthMention g:
                        Growths.Add(g);
                        break;
                    case CueMention c:
                        Cues.Add(c);
                        break;
                    case PeriodMention p:
                        Periods.Add(p);
                        break;
                    case PlaceMention p:
                        Places.Add(p);
                        break;
                    case RegionAnaphorMention:
                        HasRegionAnaphor = true;
                        break;
                }
            }
        }

        public Sentence Sentence { get; private set; } = null!;
        public List<MoneyMention> Monies { get; } = [];
        public List<GrowthMention> Growths { get; } = [];
        public List<CueMention> Cues { get; } = [];
        public List<PeriodMention> Periods { get; } = [];
        public List<PlaceMention> Places { get; } = [];
        public List<CueMention> Subjects { get; } = [];
        public List<GrowthMention?> GrowthOf { get; } = [];
        public bool HasRegionAnaphor { get; private set; }
    }
}
