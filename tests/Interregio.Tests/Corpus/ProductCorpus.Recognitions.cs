using System.Globalization;
using Interregio.Domain;
using Interregio.Pipeline;
using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>
/// The fact types of issue 4 wired for the corpus runner. A phrase is one sentence of an article; it goes through
/// the whole default pipeline (these facts are assembled from several recognisers), and all facts of the kind
/// make one finding: the span of their quotes, valued as the facts in order joined by "; ". So a list
/// ("tractors, trucks and tyres") is one row whose value names every product, and a phrase that yields a fact
/// too many or too few fails with the whole set in the message.
/// </summary>
public static class FactRecognitions
{
    /// <summary>A paragraph after every phrase that names the article's region, as a report's other sentences would.</summary>
    public const string EnglishRegion = "Trade with Penza Oblast keeps growing.";

    public const string RussianRegion = "Пензенская область наращивает товарооборот с Беларусью.";

    public static readonly CorpusContext English = new(new DateOnly(2025, 6, 12), Language.English, EnglishRegion);

    public static readonly CorpusContext Russian = new(new DateOnly(2025, 6, 12), Language.Russian, RussianRegion);

    /// <summary>"MTZ (BY); Rostselmash (RU)".</summary>
    public static readonly Recognition Enterprise = Of<EnterpriseFact>("enterprise", e => $"{e.Name} ({e.Country})");

    /// <summary>"tractors 8701 export": the name as written, the most likely HS heading, the flow.</summary>
    public static readonly Recognition Product = Of<ProductFact>("product", p => $"{p.Name} {p.Hs[0]} {p.Flow.ToContract()}");

    /// <summary>"Bellegprom 8 exact branded stores".</summary>
    public static readonly Recognition Outlets = Of<OutletsFact>("outlets", o => string.Create(CultureInfo.InvariantCulture, $"{o.Owner} {o.Count} {o.Qualifier.ToContract()} {o.Kind}"));

    /// <summary>"supply of elevators | proposed".</summary>
    public static readonly Recognition Proposal = Of<ProposalFact>("proposal", p => $"{p.Topic} | {p.Status.ToContract()}");

    /// <summary>The document's sectors in order of first mention: "machine_building; agriculture_food".</summary>
    public static readonly Recognition Sector = Of<SectorFact>("sector", s => s.Name);

    /// <summary>Extracts the text with the default pipeline and the corpus's reference date; the language is read from the text.</summary>
    public static DocumentContext Extract(string text, CorpusContext context)
    {
        var result = ExtractionPipeline.Default.Extract(new SourceDocument("corpus.txt", text), new ExtractionOptions { ReferenceDate = context.Reference });
        return result.Context;
    }

    private static Recognition Of<T>(string kind, Func<T, string> format) where T : Fact => new(
        kind,
        Extract,
        ctx =>
        {
            var facts = ctx.Facts.OfType<T>().ToList();
            if (facts.Count == 0)
                return [];
            var span = new TextSpan(facts.Min(f => f.Source.Start), facts.Max(f => f.Source.End));
            return [new Recognised(span, string.Join("; ", facts.Select(format)))];
        });
}
