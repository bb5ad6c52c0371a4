using Interregio.Text;

namespace Interregio.Gazetteers;

/// <summary>What a word in Data/product-cues.tsv says about the goods and parties around it (see the file's header).</summary>
public enum ProductCueRole
{
    Unknown = 0,
    Supply,
    Buy,
    Export,
    Import,
    Demand,
    Use,
    From,
    Maker,
    To,
    Purpose,
    Boundary,
    Relative,
    BySide,
    RuSide,
    Visit,
    Agreed,
    UnderWay,
    Future,
    Business,
}

public readonly record struct ProductCue(ProductCueRole Role, string Phrase, Language Language)
{
    /// <summary>A word that moves goods: supply, buy, export, import, demand or use.</summary>
    public bool IsFlow => Role is ProductCueRole.Supply or ProductCueRole.Buy or ProductCueRole.Export or ProductCueRole.Import
        or ProductCueRole.Demand or ProductCueRole.Use;
}

/// <summary>The words of Data/product-cues.tsv in one phrase table (a '*' word is a stem), longest phrase first.</summary>
public sealed class ProductCues
{
    public static readonly string[] Columns = ["lang", "phrase", "role"];

    private static readonly Lazy<ProductCues> LazyDefault = new(() => Load(TsvTable.LoadEmbedded("product-cues.tsv", Columns)));

    public ProductCues(IEnumerable<ProductCue> cues)
    {
        foreach (var c in cues)
            Phrases.Add(c.Phrase, c);
    }

    public static ProductCues Default => LazyDefault.Value;

    public PhraseMatcher<ProductCue> Phrases { get; } = new();

    public static ProductCues Load(TsvTable table)
    {
        var cues = new List<ProductCue>();
        foreach (var row in table.Rows)
        {
            var lang = row["lang"].Trim() switch
            {
                "en" => Language.English,
                "ru" => Language.Russian,
                var other => throw row.Error($"unknown language '{other}'"),
            };
            var roleText = row["role"].Trim();
            if (!Enum.TryParse<ProductCueRole>(roleText.Replace("_", ""), ignoreCase: true, out var role) || role == ProductCueRole.Unknown)
                throw row.Error($"unknown role '{roleText}'");
            var phrase = row["phrase"].Trim();
            if (phrase.Length == 0)
                throw row.Error("empty phrase");
            cues.Add(new ProductCue(role, phrase, lang));
        }
        return new ProductCues(cues);
    }
}
