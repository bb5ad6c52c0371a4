using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Recognisers;
using Interregio.Text;

namespace Interregio.Extraction;

/// <summary>
/// Proposals: a clause with a proposal word (lexicon category proposal: "proposed", "is ready to supply",
/// "invites", "предложил") and what it proposes. Goods after the word make the topic "supply of elevators"; else
/// the topic is the words after it, from the verb of "to ..." when there is one ("invites Samara Oblast to set up
/// joint ventures" is "set up joint ventures"). The status is agreed when the sentence says so ("agreed to",
/// "signed", "договорились"), under way when it is happening ("are already implementing"), else proposed.
/// </summary>
public sealed class ProposalAssembler : IDocumentStage
{
    /// <summary>A topic longer than this is cut: the rest of a long clause is context, not the proposal.</summary>
    private const int MaxTopicWords = 8;

    public void Run(DocumentContext ctx)
    {
        HashSet<string>? seen = null;
        foreach (var sentence in ctx.Sentences)
        {
            if (!HasProposalCue(sentence))
                continue;
            // the proposal words by first token, equal starts in mention order (a stable insertion, not a query)
            var proposals = new List<CueMention>();
            foreach (var m in sentence.Mentions)
            {
                if (m is not CueMention { Category: CueCategory.Proposal } c)
                    continue;
                var at = proposals.Count;
                while (at > 0 && proposals[at - 1].First > c.First)
                    at--;
                proposals.Insert(at, c);
            }
            seen ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var a = new TradeClauses(ctx, sentence);
            var usedClauses = new HashSet<int>();
            foreach (var cue in proposals)
            {
                var clause = a.ClauseOf(cue.First);
                if (!usedClauses.Add(clause))
                    continue;
                var topic = TopicAfter(a, cue, clause);
                if (topic is null || !seen.Add(topic))
                    continue;
                var fact = new ProposalFact(ctx.Provenance(sentence), topic, StatusOf(a, cue), a.PartnerRegion());
                ctx.Facts.Add(fact);
            }
        }
    }

    // a loop, not a query: most sentences hold no proposal, and a query allocates for each of them
    private static bool HasProposalCue(Sentence sentence)
    {
        foreach (var m in sentence.Mentions)
        {
            if (m is CueMention { Category: CueCategory.Proposal })
                return true;
        }
        return false;
    }

    public static string? TopicAfter(TradeClauses a, CueMention cue, int clause)
    {
        var text = a.Context.Text;
        var tokens = a.Sentence.Tokens;
        // a goal figure ("aim for $1bn in trade") is a target, not a proposal
        foreach (var m in a.Sentence.Mentions)
        {
            if ((m is MoneyMention && m.First >= cue.After && a.ClauseOf(m.First) == clause)
                || (m is CueMention { Category: CueCategory.Target } && a.ClauseOf(m.First) == clause))
                return null;
        }

        // goods are the topic when the proposal is to supply or buy them: "ready to supply elevators",
        // "предложил наладить поставки ... автобусов"; goods to be made together are not ("a joint enterprise producing machinery")
        var goods = a.Products.Where(p => !p.IsVague && p.First >= cue.After && a.ClauseOf(p.First) == clause).ToList();
        // "is interested in supplying passenger vehicles", "can supply a full range of equipment": vague goods will do
        var cueText = a.Context.Text.AsSpan(cue.Span.Start, cue.Span.End - cue.Span.Start);
        if (goods.Count == 0 && IsSupplyWord(cueText))
            goods = a.Products.Where(p => p.First >= cue.After && a.ClauseOf(p.First) == clause).Take(1).ToList();
        if (goods.Count > 0 && (IsSupplyWord(cueText)
                                || a.Cues.Any(c => c.Role is ProductCueRole.Supply or ProductCueRole.Buy or ProductCueRole.Export or ProductCueRole.Import
                                                   && c.First >= cue.After && c.First < goods[0].First && a.ClauseOf(c.First) == clause)))
        {
            var names = goods.Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return (a.Context.Language == Language.Russian ? "поставки: " : "supply of ") + JoinList(names, a.Context.Language);
        }

        var start = cue.After;
        // "invites Samara Oblast to set up joint ventures": the proposal starts at the verb after "to"
        for (var k = cue.After; k < Math.Min(tokens.Count, cue.After + 8); k++)
        {
            if (a.ClauseOf(k) != clause || tokens[k].IsClauseBreak(text))
                break;
            if (tokens[k].Is(text, "to") && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word)
            {
                start = k + 1;
                break;
            }
        }
        while (start < tokens.Count && tokens[start].IsAny(text, "that", "to", "the", "чтобы", "что", "о", "об", "к"))
            start++;
        // "offer us", "discuss something", "go further": no subject matter to record
        if (start >= tokens.Count || tokens[start].Kind != TokenKind.Word || tokens[start].IsAny(text, NotTopics))
            return null;
        var last = -1;
        var count = 0;
        for (var k = start; k < tokens.Count && count < MaxTopicWords; k++)
        {
            var t = tokens[k];
            if (a.ClauseOf(k) != clause || t.IsClauseBreak(text) || t.Is(text, ",") || t.Is(text, ".") || t.Kind == TokenKind.Quote && k == start)
                break;
            last = k;
            if (t.Kind == TokenKind.Word)
                count++;
        }
        // a topic cut at the word limit does not end on "and", "in" or "the"
        while (last > start && tokens[last].IsAny(text, TrailingWords))
            last--;
        if (last < start || count == 0)
            return null;
        // the words as written, quotes at either end and runs of white space aside
        var topic = string.Join(' ', text[tokens[start].Start..tokens[last].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return topic.Trim('"', '«', '»', '“', '”', ' ');
    }

    private static readonly string[] NotTopics =
    [
        "us", "you", "them", "it", "him", "her", "something", "anything", "everything", "nothing", "each", "this", "that",
        "go", "do", "be", "more", "further", "all", "what", "how", "whether", "if", "нам", "вам", "им", "это", "что", "все",
        "всё", "его", "их",
    ];

    private static readonly string[] TrailingWords = ["and", "or", "in", "at", "on", "the", "a", "of", "to", "with", "for", "и", "в", "на", "с", "по"];

    private static bool IsSupplyWord(ReadOnlySpan<char> phrase) =>
        phrase.Contains("suppl", StringComparison.OrdinalIgnoreCase) || phrase.Contains("постав", StringComparison.OrdinalIgnoreCase)
        || phrase.Contains("buy", StringComparison.OrdinalIgnoreCase) || phrase.Contains("закуп", StringComparison.OrdinalIgnoreCase);

    private static string JoinList(List<string> items, Language language)
    {
        if (items.Count == 1)
            return items[0];
        var and = language == Language.Russian ? " и " : " and ";
        return string.Join(", ", items.Take(items.Count - 1)) + and + items[^1];
    }

    public static ProposalStatus StatusOf(TradeClauses a, CueMention cue)
    {
        var phrase = a.Context.Text.AsSpan(cue.Span.Start, cue.Span.End - cue.Span.Start);
        if (phrase.StartsWith("agreed", StringComparison.OrdinalIgnoreCase) || phrase.StartsWith("договорил", StringComparison.OrdinalIgnoreCase))
            return ProposalStatus.Agreed;
        var underWay = false;
        foreach (var c in a.Cues)
        {
            if (c.Role == ProductCueRole.Agreed)
                return ProposalStatus.Agreed;
            underWay |= c.Role == ProductCueRole.UnderWay;
        }
        return underWay ? ProposalStatus.UnderWay : ProposalStatus.Proposed;
    }
}
