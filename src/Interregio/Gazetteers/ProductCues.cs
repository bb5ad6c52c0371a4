using System.Runtime.CompilerServices;
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
        {
            Phrases.Add(c.Phrase, c);
            FirstWords.AddFirstWordOf(c.Phrase);
            if (MayStartAsciiToken(c.Phrase))
                _asciiPhrases.Add(c.Phrase, c);
        }
    }

    // The cues an ASCII token can start: their first word starts with an ASCII character, or has a character
    // whose case partner is ASCII (ı, ſ: then no fold hash). Without the Russian stems at its root, a walk from an
    // English word does not look its first letter up among them.
    private readonly PhraseMatcher<ProductCue> _asciiPhrases = new();

    private static bool MayStartAsciiToken(string phrase)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
        if (tokens.Count == 0)
            return true;
        var key = Tokenizer.KeyOf(phrase, tokens[0]);
        return key[0] < 128 || Tokenizer.FoldHash(key) == 0;
    }

    /// <summary>
    /// <see cref="Phrases"/>' longest cue at token <paramref name="at"/>. A token written with an ASCII character first
    /// (and hashed) can start only the cues that start with one: it is turned away by a bit or walks their table.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Match(string text, List<Token> tokens, int at, out ProductCue cue)
    {
        if ((uint)at < (uint)tokens.Count)
        {
            var t = tokens[at];
            if (t.Fold != 0 && text[t.Start] < 128)
            {
                if (FirstWords.Rejects(text, t))
                {
                    cue = default;
                    return 0;
                }
                return _asciiPhrases.Match(text, tokens, at, out cue);
            }
        }
        return Phrases.Match(text, tokens, at, out cue);
    }

    public static ProductCues Default => LazyDefault.Value;

    public PhraseMatcher<ProductCue> Phrases { get; } = new();

    /// <summary>The cues' first words, for a scan that tries every token.</summary>
    public AsciiFirstWords FirstWords { get; } = new();

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
