using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Recognisers;
using Interregio.Text;

namespace Interregio.Extraction;

/// <summary>
/// One enterprise fact per enterprise named in the document, in order of first mention. The name is the one a
/// reader would use: the bracketed short form when the text gives one ("Minsk Tractor Works (MTZ)" is MTZ), else
/// the first mention as written (Russian in the nominative). A name the gazetteer lacks takes its country from its
/// own words or the words before it ("Novosibirsk Tin Plant", "Belarusian company X"), else from its role in a
/// trade (the seller of an import is Russian), else from the places of its sentence, else Russia: the gazetteer
/// lists Belarusian enterprises far more fully, so an unknown one is most likely the Russian partner. An
/// enterprise that is only visited ("visited the Tula Arms Plant") is not a partner and yields nothing.
/// </summary>
public sealed class EnterpriseAssembler : IDocumentStage
{
    public void Run(DocumentContext ctx)
    {
        List<string>? order = null;
        Dictionary<string, List<(Sentence Sentence, EnterpriseMention Mention)>>? groups = null;
        List<EnterpriseMention>? inOrder = null;
        foreach (var sentence in ctx.Sentences)
        {
            if (!sentence.Has<EnterpriseMention>())
                continue;
            order ??= [];
            groups ??= new(StringComparer.Ordinal);
            // the sentence's names by first token, equal starts in mention order (a stable insertion, not a query)
            inOrder ??= [];
            inOrder.Clear();
            foreach (var mention in sentence.Mentions)
            {
                if (mention is not EnterpriseMention e)
                    continue;
                var at = inOrder.Count;
                while (at > 0 && inOrder[at - 1].First > e.First)
                    at--;
                inOrder.Insert(at, e);
            }
            foreach (var m in inOrder)
            {
                if (IsOnlyVisited(ctx, sentence, m))
                    continue;
                var key = KeyOf(m);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                    order.Add(key);
                }
                list.Add((sentence, m));
            }
        }
        if (order is null || groups is null)
            return;
        // the partner region of a sentence, read once for all the names it first mentions
        Sentence? partnerOf = null;
        RegionCode partner = default;
        foreach (var key in order)
        {
            var mentions = groups[key];
            var (sentence, first) = mentions[0];
            var name = DisplayName(mentions.Select(x => x.Mention));
            var country = first.Entry?.Country ?? CountryOf(ctx, mentions);
            if (!ReferenceEquals(sentence, partnerOf))
            {
                partner = new TradeClauses(ctx, sentence).PartnerRegion();
                partnerOf = sentence;
            }
            var fact = new EnterpriseFact(ctx.Provenance(sentence), name, country, first.Entry?.Id, first.Entry?.AllNames ?? [], partner);
            if (first.Entry is { Sector.Length: > 0 } e)
                fact = fact with { Sectors = [e.Sector] };
            ctx.Facts.Add(fact);
        }
    }

    /// <summary>The same enterprise under any of its names: the gazetteer id, else the name in lower case.</summary>
    public static string KeyOf(EnterpriseMention m) => m.Entry?.Id ?? m.Name.ToLowerInvariant();

    /// <summary>The bracketed short form if any mention gives one, else the first mention's name.</summary>
    public static string DisplayName(IEnumerable<EnterpriseMention> mentions)
    {
        string? first = null;
        foreach (var m in mentions)
        {
            if (m.ShortForm is { } s)
                return s;
            first ??= m.Name;
        }
        return first ?? "";
    }

    /// <summary>The display name of the enterprise a mention names, over the whole document.</summary>
    public static string DisplayName(DocumentContext ctx, EnterpriseMention mention)
    {
        var key = KeyOf(mention);
        return DisplayName(ctx.Sentences.SelectMany(s => s.Of<EnterpriseMention>()).Where(m => KeyOf(m) == key));
    }

    private static string CountryOf(DocumentContext ctx, List<(Sentence Sentence, EnterpriseMention Mention)> mentions)
    {
        foreach (var (_, m) in mentions)
        {
            if (m.Country is { } c)
                return c;
        }
        foreach (var (_, m) in mentions)
        {
            if (m.InferredCountry is { } c)
                return c;
        }
        // the places of its sentences: only Russian ones, or only Belarusian ones
        var russian = false;
        var belarusian = false;
        foreach (var (sentence, _) in mentions)
        {
            foreach (var p in sentence.Of<PlaceMention>())
            {
                if (p.Region.Code.IsBelarusian && !p.Region.IsCountry)
                    belarusian = true;
                else if (p.Region.Code.IsPartnerSide && !p.Region.IsCountry)
                    russian = true;
            }
        }
        return belarusian && !russian ? "BY" : "RU";
    }

    /// <summary>"The delegation also visited the Tula Arms Plant": a visit word before the name in its clause.</summary>
    private static bool IsOnlyVisited(DocumentContext ctx, Sentence sentence, EnterpriseMention m)
    {
        foreach (var c in sentence.Of<ProductCueMention>())
        {
            if (c.Role == ProductCueRole.Visit && c.After <= m.First && m.First - c.After <= 3)
                return true;
        }
        return false;
    }
}
