using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Text;

namespace Interregio.Recognisers;

/// <summary>
/// Regions, countries and cities from the region gazetteer ("Penza Oblast", "the Penza region", "Tatarstan",
/// "St. Petersburg", "Russia", "Минская область"), longest name first; and phrases that point back to the
/// article's region ("the Russian region", "the oblast", "the republic").
/// </summary>
public sealed class PlaceRecogniser(RegionGazetteer regions, CueLexicon lexicon) : IRecogniser
{
    public PlaceRecogniser() : this(RegionGazetteer.Default, CueLexicon.Default) { }

    public void Recognise(DocumentContext ctx, Sentence sentence)
    {
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word)
                continue;
            // the tables' first-word tests inlined here: most words start neither a name nor "the region"
            if (t.IsCapitalised(text) && regions.Names.MayStart(text, t))
            {
                var n = regions.Names.Match(text, tokens, i, out var entry);
                if (n > 0)
                {
                    // A federal city is a city however it is written: "St. Petersburg" is registered as an alias of
                    // "Saint Petersburg", and "talks in St. Petersburg" names the meeting's place.
                    var kind = entry.Region.Kind == "federal_city" ? PlaceKind.City : entry.Kind;
                    sentence.Mentions.Add(new PlaceMention(i, n, new TextSpan(t.Start, tokens[i + n - 1].End), entry.Region, kind));
                    i += n - 1;
                    continue;
                }
            }
            if (!lexicon.MayStart(CueCategory.RegionAnaphor, text, t))
                continue;
            var a = lexicon.Match(CueCategory.RegionAnaphor, text, tokens, i);
            // "the Republic of Tatarstan" is a name, not "the republic": a name starting inside the phrase wins.
            if (a > 0 && !NameStartsWithin(text, tokens, i + 1, i + a))
            {
                sentence.Mentions.Add(new RegionAnaphorMention(i, a, new TextSpan(t.Start, tokens[i + a - 1].End)));
                i += a - 1;
            }
        }
    }

    private bool NameStartsWithin(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to && k < tokens.Count; k++)
        {
            if (tokens[k].IsCapitalised(text) && regions.Names.Match(text, tokens, k, out _) > to - k)
                return true;
        }
        return false;
    }
}

/// <summary>
/// Cue words the assemblers weigh: flow, target, distractor, foreign trade, foreign countries, meetings. All
/// categories share one phrase table, so a sentence is walked once, not once per category; within a category the
/// longest phrase at a position wins and matches of one category do not overlap.
/// </summary>
public sealed class CueRecogniser : IRecogniser
{
    private static readonly CueCategory[] Categories =
    [
        CueCategory.FlowTurnover, CueCategory.FlowExport, CueCategory.FlowImport, CueCategory.Target,
        CueCategory.Distractor, CueCategory.ForeignTrade, CueCategory.ForeignCountry, CueCategory.Meeting,
        CueCategory.TradeAnaphor, CueCategory.Negation, CueCategory.Proposal,
    ];

    private readonly PhraseMatcher<Cue[]> _table = new();

    public CueRecogniser() : this(CueLexicon.Default) { }

    public CueRecogniser(CueLexicon lexicon)
    {
        var byPhrase = new Dictionary<string, List<Cue>>(StringComparer.OrdinalIgnoreCase);
        foreach (var category in Categories)
        {
            foreach (var cue in lexicon.CuesOf(category))
            {
                if (!byPhrase.TryGetValue(cue.Phrase, out var list))
                    byPhrase[cue.Phrase] = list = [];
                if (!list.Any(c => c.Category == cue.Category))
                    list.Add(cue);
            }
        }
        foreach (var (phrase, cues) in byPhrase)
            _table.Add(phrase, [.. cues]);
    }

    private sealed class Longest
    {
        // all zero between tokens: the entries a token's matches set are cleared as they are read
        public required int[] Length;
        public required Cue[] Cue;
        public bool Any;
    }

    [ThreadStatic]
    private static Longest? t_state;

    public void Recognise(DocumentContext ctx, Sentence sentence)
    {
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        Span<int> coveredUntil = stackalloc int[Categories.Length + 1];
        // the per-category scratch arrays are reused by this thread's next sentence (the recogniser is shared)
        var state = t_state ??= new Longest { Length = new int[(int)CueCategory.RelativeYear + 1], Cue = new Cue[(int)CueCategory.RelativeYear + 1] };
        // zero already unless a sentence before was left half-read (an exception): once a sentence, not once a token
        Array.Clear(state.Length);
        for (var i = 0; i < tokens.Count; i++)
        {
            // most tokens start no cue: nothing to clear, match or weigh for them
            if (!_table.MayStart(text, tokens[i]))
                continue;
            state.Any = false;
            _table.MatchEvery(text, tokens, i, ref state, static (int length, Cue[] cues, ref Longest s) =>
            {
                s.Any = true;
                foreach (var c in cues)
                {
                    if (length > s.Length[(int)c.Category])
                    {
                        s.Length[(int)c.Category] = length;
                        s.Cue[(int)c.Category] = c;
                    }
                }
            });
            // most tokens that pass the first-word test start no cue: nothing to weigh or clear
            if (!state.Any)
                continue;
            for (var k = 0; k < Categories.Length; k++)
            {
                var category = Categories[k];
                var n = state.Length[(int)category];
                state.Length[(int)category] = 0;
                if (n == 0 || i < coveredUntil[k])
                    continue;
                // Country names must be capitalised in English: "turkey" the bird is not Turkey.
                if (category == CueCategory.ForeignCountry && !tokens[i].IsCapitalised(text) && !tokens[i].Is(text, "the"))
                    continue;
                sentence.Mentions.Add(new CueMention(i, n, new TextSpan(tokens[i].Start, tokens[i + n - 1].End), state.Cue[(int)category]));
                coveredUntil[k] = i + n;
            }
        }
    }
}
