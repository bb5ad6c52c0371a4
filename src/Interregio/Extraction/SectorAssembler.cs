using System.Runtime.CompilerServices;
using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Text;

namespace Interregio.Extraction;

/// <summary>
/// Sectors of the project's taxonomy (Data/sectors.tsv), per document and per fact. A document's sectors are
/// those its sentences name by a cue word ("machine tool building", "агропромышлен...") or that its product and
/// enterprise facts belong to; each becomes one sector fact quoting the first sentence that shows it. A product
/// belongs to the sector of its HS chapter (8701 tractors: machine building), an enterprise to its gazetteer
/// sector, a proposal to the sectors its topic names.
/// </summary>
public sealed class SectorAssembler(SectorTaxonomy taxonomy) : IDocumentStage
{
    public SectorAssembler() : this(SectorTaxonomy.Default) { }

    public void Run(DocumentContext ctx)
    {
        // made when a document first shows a sector: many show none
        Dictionary<string, Sentence>? firstSentence = null;
        List<string>? order = null;
        var text = ctx.Text;
        var firstWords = taxonomy.FirstWords;
        foreach (var sentence in ctx.Sentences)
        {
            // SectorTaxonomy.Find's walk, without a list per sentence: a sector seen before is skipped by TryAdd.
            // The loop only turns tokens away; the table is asked, out of line, where a cue may start.
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Count;)
            {
                if (firstWords.Rejects(text, tokens[i]))
                    i++;
                else
                    i += CueAt(text, sentence, i, ref firstSentence, ref order);
            }
        }

        // tag the facts, and count their sectors as the document's too
        List<(string Id, Provenance Source)>? factSectors = null;
        for (var i = 0; i < ctx.Facts.Count; i++)
        {
            var fact = ctx.Facts[i];
            // only products and proposals gain sectors here; the others keep their own, no copy needed, and a
            // product whose headings add no sector keeps its own list too
            var sectors = fact is ProposalFact || (fact is ProductFact p && AddsSector(p)) ? SectorsOf(fact) : fact.Sectors;
            if (sectors.Count == 0)
                continue;
            if (!sectors.SequenceEqual(fact.Sectors))
                ctx.Facts[i] = fact with { Sectors = sectors };
            factSectors ??= [];
            foreach (var s in sectors)
                factSectors.Add((s, fact.Source));
        }
        if (order is null && factSectors is null)
            return;

        var partner = ctx.MainPartner;
        var emitted = new HashSet<string>(StringComparer.Ordinal);
        if (order is not null)
        {
            foreach (var id in order)
            {
                emitted.Add(id);
                ctx.Facts.Add(new SectorFact(ctx.Provenance(firstSentence![id]), id, partner));
            }
        }
        if (factSectors is not null)
        {
            foreach (var (id, source) in factSectors)
            {
                if (emitted.Add(id))
                    ctx.Facts.Add(new SectorFact(source, id, partner));
            }
        }
    }

    /// <summary>Whether a heading of the product belongs to a sector its own list lacks (then <see cref="SectorsOf"/> adds it).</summary>
    private bool AddsSector(ProductFact p)
    {
        // by index: a foreach over the interface would allocate an enumerator per product
        for (var k = 0; k < p.Hs.Count; k++)
        {
            if (taxonomy.ForHeading(p.Hs[k]) is { } s && !p.Sectors.Contains(s.Id))
                return true;
        }
        return false;
    }

    /// <summary>The sectors of the cue at token <paramref name="i"/>, each noted once; the tokens to step (1 when none).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int CueAt(string text, Sentence sentence, int i, ref Dictionary<string, Sentence>? firstSentence, ref List<string>? order)
    {
        var tokens = sentence.Tokens;
        var n = taxonomy.Cues.Match(text, tokens, i, out var sectors);
        if (n == 0 || i + n > tokens.Count)
            return 1;
        firstSentence ??= new(StringComparer.Ordinal);
        order ??= [];
        foreach (var s in sectors)
        {
            if (firstSentence.TryAdd(s.Id, sentence))
                order.Add(s.Id);
        }
        return n;
    }

    /// <summary>The sectors a fact belongs to: its own (enterprises, outlets), its HS chapters, its topic's cues.</summary>
    public List<string> SectorsOf(Fact fact)
    {
        var sectors = new List<string>(fact.Sectors);
        switch (fact)
        {
            case ProductFact p:
                foreach (var hs in p.Hs)
                {
                    if (taxonomy.ForHeading(hs) is { } s && !sectors.Contains(s.Id))
                        sectors.Add(s.Id);
                }
                break;
            case ProposalFact pr:
                var tokens = new List<Token>();
                Tokenizer.Tokenize(pr.Topic, 0, pr.Topic.Length, tokens);
                foreach (var s in taxonomy.Find(pr.Topic, tokens))
                {
                    if (!sectors.Contains(s.Id))
                        sectors.Add(s.Id);
                }
                break;
        }
        return sectors;
    }
}
