using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Recognisers;
using Interregio.Text;

namespace Interregio.Extraction;

/// <summary>
/// A retail or dealer network: a count right before an outlet kind ("eight branded stores", "more than a dozen
/// stores", "почти в 30 торговых точках"), owned by the enterprise named right after it ("of Bellegprom
/// Concern", "under the brand Belorusskie Produkty"), else the nearest enterprise before it in the sentence
/// ("Savushkin Product sells its cheese ... through more than 40 outlets"). Networks still to come ("two more are
/// due to open", "plans to open five stores") are not counted. One fact per owner, the first stated.
/// </summary>
public sealed class OutletsAssembler : IDocumentStage
{
    /// <summary>Words that may stand between a count and its kind: "nine own branded stores", "14 Belarusian stores".</summary>
    private const int MaxWordsBetween = 2;

    public void Run(DocumentContext ctx)
    {
        var text = ctx.Text;
        // made when a document first names outlets: most name none
        HashSet<string>? owners = null;
        foreach (var sentence in ctx.Sentences)
        {
            if (!sentence.Has<OutletKindMention>())
                continue;
            var kinds = sentence.Of<OutletKindMention>().OrderBy(k => k.First).ToList();
            if (kinds.Count == 0)
                continue;
            TradeClauses? clauses = null;
            foreach (var count in sentence.Of<CountMention>().OrderBy(c => c.First))
            {
                var kind = kinds.FirstOrDefault(k => k.First >= count.After && k.First - count.After <= MaxWordsBetween && OnlyWordsBetween(text, sentence.Tokens, count.After, k.First));
                if (kind is null)
                    continue;
                clauses ??= new TradeClauses(ctx, sentence);
                if (IsFuture(clauses, count))
                    continue;
                var owner = OwnerAfter(clauses, kind) ?? OwnerBefore(clauses, count);
                if (owner is null)
                {
                    ctx.Warn($"offset {count.Span.Start}: {count.Value} {kind.Kind} with no enterprise named; not an outlets fact");
                    continue;
                }
                var name = EnterpriseAssembler.DisplayName(ctx, owner);
                owners ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                if (!owners.Add(name))
                    continue;
                var fact = new OutletsFact(ctx.Provenance(sentence), name, count.Value, count.Qualifier, kind.Kind, clauses.PartnerRegion());
                if (owner.Entry is { Sector.Length: > 0 } e)
                    fact = fact with { Sectors = [e.Sector] };
                ctx.Facts.Add(fact);
            }
        }
    }

    private static bool OnlyWordsBetween(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].IsAny(text, "and", "or", "more", "и", "или"))
                return false;
        }
        return true;
    }

    /// <summary>"two more are due to open", "plans to open five stores", "откроет": the network is not there yet.</summary>
    private static bool IsFuture(TradeClauses a, CountMention count)
    {
        var clause = a.ClauseOf(count.First);
        if (a.Cues.Any(c => c.Role == ProductCueRole.Future && a.ClauseOf(c.First) == clause))
            return true;
        return ProductAssembler.IsProposed(a, clause, count.First);
    }

    /// <summary>"stores of Bellegprom Concern", "stores under the brand Belorusskie Produkty", "магазинов «Марко»".</summary>
    private static EnterpriseMention? OwnerAfter(TradeClauses a, OutletKindMention kind)
    {
        var text = a.Context.Text;
        var tokens = a.Sentence.Tokens;
        var k = kind.After;
        var skipped = 0;
        while (k < tokens.Count && skipped < 4 && (tokens[k].IsAny(text, "of", "under", "the", "brand", "brands", "trademark", "label", "chain", "под", "маркой", "брендом", "сети")
                                                 || tokens[k].Kind == TokenKind.Quote))
        {
            k++;
            skipped++;
        }
        if (skipped == 0 && !(k < tokens.Count && tokens[k].Kind == TokenKind.Quote))
            return null;
        return a.Sentence.Of<EnterpriseMention>().FirstOrDefault(e => e.First == k);
    }

    /// <summary>The nearest enterprise before the count in the sentence.</summary>
    private static EnterpriseMention? OwnerBefore(TradeClauses a, CountMention count) =>
        a.Sentence.Of<EnterpriseMention>().Where(e => e.After <= count.First).OrderByDescending(e => e.First).FirstOrDefault();
}
