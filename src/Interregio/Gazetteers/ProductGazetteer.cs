using System.Text.RegularExpressions;
using Interregio.Text;

namespace Interregio.Gazetteers;

/// <summary>
/// A product phrase from Data/products.tsv with its Harmonized System headings, most likely first; or, when
/// <see cref="IsVague"/>, a word from Data/product-stopwords.tsv that names no product ("goods", "equipment").
/// </summary>
public sealed record ProductEntry(string Phrase, Language Language, IReadOnlyList<string> Hs, bool IsVague)
{
    /// <summary>The note says the word is also a verb ("lifts", "combines"): only a noun use is a product.</summary>
    public bool AlsoVerb { get; init; }
}

/// <summary>
/// Product phrases and vague goods words in one trie, longest phrase first, so "road machinery" is a product while
/// "machinery" is vague, and "machine kits for combine harvesters" wins over "machine kits". Russian phrases match
/// in every case ("говядину", "сливочного масла").
/// </summary>
public sealed partial class ProductGazetteer
{
    public static readonly string[] Columns = ["phrase", "lang", "hs", "note"];
    public static readonly string[] StopwordColumns = ["phrase", "lang"];

    private static readonly Lazy<ProductGazetteer> LazyDefault = new(() => Load(
        TsvTable.LoadEmbedded("products.tsv", Columns),
        TsvTable.LoadEmbedded("product-stopwords.tsv", StopwordColumns),
        InflectionRules.Default));

    public ProductGazetteer(IEnumerable<ProductEntry> entries, InflectionRules rules)
    {
        Phrases = new InflectedPhraseMatcher<ProductEntry>(rules);
        var list = entries.ToList();
        // Products before vague words: a phrase listed in both is a product.
        foreach (var e in list.Where(e => !e.IsVague).Concat(list.Where(e => e.IsVague)))
            Phrases.Add(e.Phrase, e, inflect: e.Language == Language.Russian);
        Entries = list;
    }

    public static ProductGazetteer Default => LazyDefault.Value;

    public IReadOnlyList<ProductEntry> Entries { get; }

    public InflectedPhraseMatcher<ProductEntry> Phrases { get; }

    [GeneratedRegex(@"^\d{4}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    private static partial Regex HsHeading();

    public static ProductGazetteer Load(TsvTable products, TsvTable stopwords, InflectionRules rules)
    {
        var entries = new List<ProductEntry>();
        foreach (var row in products.Rows)
        {
            var phrase = row["phrase"].Trim();
            if (phrase.Length == 0)
                throw row.Error("empty phrase");
            var hs = row.List("hs");
            if (hs.Length == 0)
                throw row.Error($"'{phrase}' has no HS heading");
            foreach (var h in hs)
            {
                if (!HsHeading().IsMatch(h))
                    throw row.Error($"'{h}' is not a 4-digit HS heading");
            }
            var note = row["note"];
            entries.Add(new ProductEntry(phrase, ParseLanguage(row), hs, IsVague: false)
            {
                AlsoVerb = note.Contains("also a verb", StringComparison.OrdinalIgnoreCase),
            });
        }
        foreach (var row in stopwords.Rows)
        {
            var phrase = row["phrase"].Trim();
            if (phrase.Length == 0)
                throw row.Error("empty phrase");
            entries.Add(new ProductEntry(phrase, ParseLanguage(row), [], IsVague: true));
        }
        return new ProductGazetteer(entries, rules);
    }

    private static Language ParseLanguage(TsvRow row) => row["lang"].Trim() switch
    {
        "en" => Language.English,
        "ru" => Language.Russian,
        var other => throw row.Error($"unknown language '{other}'"),
    };
}
