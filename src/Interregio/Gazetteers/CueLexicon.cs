using Interregio.Text;

namespace Interregio.Gazetteers;

/// <summary>The kinds of word lists in Data/lexicon.tsv. Each names what the phrase signals in a report.</summary>
public enum CueCategory
{
    Unknown = 0,
    RelatedHeading,
    BoilerplateLine,
    Month,
    NumberWord,
    Ordinal,
    Scale,
    Currency,
    QualifierOver,
    QualifierUnder,
    QualifierApprox,
    QualifierExact,
    FlowTurnover,
    FlowExport,
    FlowImport,
    Target,
    Distractor,
    ForeignTrade,
    ForeignCountry,
    RegionAnaphor,
    TradeAnaphor,
    Meeting,
    GrowthUp,
    GrowthDown,
    GrowthTimes,
    ComparisonBase,
    Negation,
    Proposal,
    OutletKind,
    Half,
    Quarter,
    RelativeYear,
}

public readonly record struct Cue(CueCategory Category, string Phrase, string Value, Language Language)
{
    // Parsed once when the cue is made, not on every read: each money figure multiplies by its scale word's value.
    // Kept behind one reference so the struct, copied out of every table lookup, stays small. (No cue is copied
    // `with` another Value, which would keep it stale.)
    private readonly CueNumber? _number = CueNumber.Of(Value);

    public int IntValue => _number?.Int ?? 0;

    public decimal DecimalValue => _number?.Decimal ?? 0m;
}

/// <summary>A cue's value read as a number, for the cues whose value is one (number words, scales, offsets).</summary>
internal sealed record CueNumber(int Int, decimal Decimal)
{
    public static CueNumber? Of(string? value)
    {
        var i = int.TryParse(value, out var n) ? n : 0;
        var d = decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0m;
        return i == 0 && d == 0m ? null : new CueNumber(i, d);
    }
}

/// <summary>
/// Every word list the recognisers use (months, number words, scale words, qualifier and flow cues, distractor
/// cues, page furniture), loaded once from Data/lexicon.tsv into one phrase table per category.
/// </summary>
public sealed class CueLexicon
{
    public static readonly string[] Columns = ["lang", "category", "phrase", "value"];

    private static readonly Lazy<CueLexicon> LazyDefault = new(() => Load(TsvTable.LoadEmbedded("lexicon.tsv", Columns)));

    // indexed by category: a lookup per token is an array read, not a dictionary probe
    private readonly PhraseMatcher<Cue>?[] _byCategory = new PhraseMatcher<Cue>?[Enum.GetValues<CueCategory>().Max(c => (int)c) + 1];
    private readonly List<Cue> _all = [];

    public CueLexicon(IEnumerable<Cue> cues)
    {
        foreach (var cue in cues)
        {
            _all.Add(cue);
            var m = _byCategory[(int)cue.Category] ??= new PhraseMatcher<Cue>();
            m.Add(cue.Phrase, cue);
        }
    }

    public static CueLexicon Default => LazyDefault.Value;

    public static CueLexicon Load(TsvTable table)
    {
        var cues = new List<Cue>();
        foreach (var row in table.Rows)
        {
            var lang = row["lang"] switch
            {
                "en" => Language.English,
                "ru" => Language.Russian,
                "*" => Language.Unknown,
                var other => throw row.Error($"unknown language '{other}'"),
            };
            var category = ParseCategory(row["category"]) is var c and not CueCategory.Unknown
                ? c
                : throw row.Error($"unknown category '{row["category"]}'");
            var phrase = row["phrase"].Trim();
            if (phrase.Length == 0)
                throw row.Error("empty phrase");
            cues.Add(new Cue(category, phrase, row["value"].Trim(), lang));
        }
        return new CueLexicon(cues);
    }

    public static CueCategory ParseCategory(string s) =>
        Enum.TryParse<CueCategory>(s.Replace("_", ""), ignoreCase: true, out var c) ? c : CueCategory.Unknown;

    private PhraseMatcher<Cue>? TableOf(CueCategory category) =>
        (uint)category < (uint)_byCategory.Length ? _byCategory[(int)category] : null;

    public bool Has(CueCategory category) => TableOf(category) is not null;

    /// <summary>
    /// Whether some phrase of the category may start at the token: the table's first-word test alone, inlined at the
    /// caller, so a loop over every token calls <see cref="Match(CueCategory, string, List{Token}, int)"/> only where it can find something.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayStart(CueCategory category, string text, Token token) =>
        TableOf(category) is { } m && m.MayStart(text, token);

    /// <summary>
    /// The first words of every phrase of the given categories (for phrases with a value only, when asked): a cheap
    /// test that lets a recogniser skip the many tokens that cannot start a match. A first word written as a stem
    /// ("миллиард*") is here only as its bare stem; <see cref="FirstStems"/> lists those for a prefix test.
    /// </summary>
    public WordSet FirstWords(bool withValueOnly, params CueCategory[] categories)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tokens = new List<Token>();
        foreach (var cue in _all)
        {
            if (!categories.Contains(cue.Category) || (withValueOnly && cue.Value.Length == 0))
                continue;
            tokens.Clear();
            Tokenizer.Tokenize(cue.Phrase, 0, cue.Phrase.Length, tokens);
            if (tokens.Count > 0)
                set.Add(Tokenizer.KeyOf(cue.Phrase, tokens[0]).ToString());
        }
        return new WordSet(set, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The first words of the given categories' phrases that are stems ("миллиард*" matches "миллиарда"), without
    /// the '*': a word that starts with one may start a match though <see cref="FirstWords"/> lacks it.
    /// </summary>
    public string[] FirstStems(params CueCategory[] categories)
    {
        var stems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tokens = new List<Token>();
        foreach (var cue in _all)
        {
            if (!categories.Contains(cue.Category))
                continue;
            tokens.Clear();
            Tokenizer.Tokenize(cue.Phrase, 0, cue.Phrase.Length, tokens);
            if (tokens.Count > 0 && tokens[0].Kind == TokenKind.Word && tokens[0].End < cue.Phrase.Length && cue.Phrase[tokens[0].End] == '*')
                stems.Add(Tokenizer.KeyOf(cue.Phrase, tokens[0]).ToString());
        }
        return [.. stems];
    }

    /// <summary>Every phrase of a category, in file order.</summary>
    public IEnumerable<Cue> CuesOf(CueCategory category) => _all.Where(c => c.Category == category);

    /// <summary>The longest phrase of the category starting at token <paramref name="at"/>; its token count, or 0.</summary>
    public int Match(CueCategory category, string text, List<Token> tokens, int at, out Cue cue)
    {
        cue = default;
        return TableOf(category) is { } m ? m.Match(text, tokens, at, out cue) : 0;
    }

    public int Match(CueCategory category, string text, List<Token> tokens, int at) => Match(category, text, tokens, at, out _);

    /// <summary>Whether some phrase of the category occurs in tokens [from, to).</summary>
    public bool Any(CueCategory category, string text, List<Token> tokens, int from = 0, int to = -1)
    {
        if (TableOf(category) is not { } m)
            return false;
        if (to < 0 || to > tokens.Count)
            to = tokens.Count;
        for (var i = Math.Max(0, from); i < to; i++)
        {
            var n = m.Match(text, tokens, i, out _);
            if (n > 0 && i + n <= to)
                return true;
        }
        return false;
    }

    /// <summary>Token index of the first phrase of the category in [from, to), or -1.</summary>
    public int IndexOf(CueCategory category, string text, List<Token> tokens, int from, int to, out int length, out Cue cue)
    {
        length = 0;
        cue = default;
        if (TableOf(category) is not { } m)
            return -1;
        for (var i = Math.Max(0, from); i < Math.Min(to, tokens.Count); i++)
        {
            var n = m.Match(text, tokens, i, out cue);
            if (n > 0 && i + n <= to)
            {
                length = n;
                return i;
            }
        }
        return -1;
    }

    /// <summary>Token index of the last phrase of the category that ends at or before <paramref name="to"/>, searching back to <paramref name="from"/>.</summary>
    public int LastIndexOf(CueCategory category, string text, List<Token> tokens, int from, int to, out int length, out Cue cue)
    {
        length = 0;
        cue = default;
        if (TableOf(category) is not { } m)
            return -1;
        for (var i = Math.Min(to, tokens.Count) - 1; i >= Math.Max(0, from); i--)
        {
            var n = m.Match(text, tokens, i, out cue);
            if (n > 0 && i + n <= to)
            {
                length = n;
                return i;
            }
        }
        return -1;
    }

    public bool StartsLine(string text, List<Token> tokens, CueCategory category) =>
        tokens.Count > 0 && Match(category, text, tokens, 0) > 0;
}
