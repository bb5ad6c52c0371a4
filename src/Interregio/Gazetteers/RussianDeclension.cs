using System.Collections.Frozen;
using Interregio.Text;

namespace Interregio.Gazetteers;

/// <summary>The six Russian cases, in the order the data files list the oblique ones (gen dat acc ins prep).</summary>
public enum GrammaticalCase : byte
{
    Nominative,
    Genitive,
    Dative,
    Accusative,
    Instrumental,
    Prepositional,
}

/// <summary>
/// One change of a nominative word for one case, as the data files write it: each leading '-' removes a letter
/// from the end, the rest is appended; "." leaves the word as it is. "--ой" turns "Пензенская" into "Пензенской".
/// </summary>
public readonly record struct Modification(int Remove, string Append)
{
    public static readonly Modification Unchanged = new(0, "");

    public bool IsUnchanged => Remove == 0 && Append.Length == 0;

    public static Modification Parse(string s)
    {
        if (s == ".")
            return Unchanged;
        var remove = 0;
        while (remove < s.Length && s[remove] == '-')
            remove++;
        return new Modification(remove, s[remove..]);
    }

    /// <summary>The form of <paramref name="word"/>; null when the word is too short for the change.</summary>
    public string? Apply(string word) => Remove > word.Length ? null : string.Concat(word.AsSpan(0, word.Length - Remove), Append);

    /// <summary>
    /// How a nominative ending looks after the change ("ая" with "--ой" is "ой", "ий" with "-ем" is "ием"); the part
    /// of a written form that a rule explains. Null when the change removes more than the ending has.
    /// </summary>
    public string? InflectedEnding(string nominativeEnding) =>
        Remove > nominativeEnding.Length ? null : string.Concat(nominativeEnding.AsSpan(0, nominativeEnding.Length - Remove), Append);
}

/// <summary>
/// The case forms of Russian place names and titles, generated from their nominative with the rules of
/// Data/ru-declension.tsv: "Пензенская область" gives "Пензенской области", "Пензенскую область", "Пензенской
/// областью"; "Алтайский край" gives "Алтайского края", "Алтайским краем"; "председатель" gives "председателем".
/// The text is never stemmed: only forms generated from a gazetteer's word are ever matched, so a brand such as
/// "Беларус" cannot be mistaken for "Беларуси".
/// </summary>
public sealed class RussianDeclension
{
    public static readonly string[] Columns = ["kind", "test", "gen", "dat", "acc", "ins", "prep"];

    internal static readonly GrammaticalCase[] ObliqueCases =
        [GrammaticalCase.Genitive, GrammaticalCase.Dative, GrammaticalCase.Accusative, GrammaticalCase.Instrumental, GrammaticalCase.Prepositional];

    private static readonly Lazy<RussianDeclension> LazyDefault = new(() => Load(TsvTable.LoadEmbedded("ru-declension.tsv", Columns)));

    /// <summary>The ending rules by folded ending; '*' is the rule for any other consonant.</summary>
    private readonly FrozenDictionary<string, Modification[][]> _endings;
    private readonly Modification[][]? _consonant;
    private readonly FrozenDictionary<string, string[]> _words;
    private readonly FrozenSet<string> _fixed;
    private readonly FrozenSet<string> _heads;
    private readonly int _longestEnding;

    private RussianDeclension(Dictionary<string, Modification[][]> endings, Modification[][]? consonant, Dictionary<string, string[]> words, HashSet<string> fixedWords, HashSet<string> heads)
    {
        _endings = endings.ToFrozenDictionary(StringComparer.Ordinal);
        _consonant = consonant;
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        _fixed = fixedWords.ToFrozenSet(StringComparer.Ordinal);
        _heads = heads.ToFrozenSet(StringComparer.Ordinal);
        _longestEnding = endings.Count == 0 ? 0 : endings.Keys.Max(k => k.Length);
    }

    public static RussianDeclension Default => LazyDefault.Value;

    public static RussianDeclension Load(TsvTable table)
    {
        var endings = new Dictionary<string, Modification[][]>(StringComparer.Ordinal);
        Modification[][]? consonant = null;
        var words = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var fixedWords = new HashSet<string>(StringComparer.Ordinal);
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var tests = row.List("test").Select(Fold).ToArray();
            if (tests.Length == 0)
                throw row.Error("empty test");
            switch (row["kind"])
            {
                case "ending":
                    var mods = ParseCases(row);
                    foreach (var t in tests)
                    {
                        if (t == "*")
                            consonant = mods;
                        else if (!endings.TryAdd(t, mods))
                            throw row.Error($"the ending '{t}' has two rules");
                    }
                    break;
                case "word":
                    words[tests[0]] = [.. Columns.Skip(2).Select(c => Fold(row[c]))];
                    break;
                case "fixed":
                    fixedWords.UnionWith(tests);
                    break;
                case "head":
                    heads.UnionWith(tests);
                    break;
                default:
                    throw row.Error($"kind must be ending, word, fixed or head, not '{row["kind"]}'");
            }
        }
        return new RussianDeclension(endings, consonant, words, fixedWords, heads);
    }

    /// <summary>The five oblique columns of a rule row, each with its alternatives.</summary>
    internal static Modification[][] ParseCases(TsvRow row) =>
        [.. Columns.Skip(2).Select(c => row.List(c) is { Length: > 0 } alts
            ? alts.Select(Modification.Parse).ToArray()
            : throw row.Error($"no change given for the case column '{c}'"))];

    /// <summary>Lower case with ё read as е: the key every comparison uses (BelTA writes Могилев, Орел).</summary>
    public static string Fold(string word) => word.ToLowerInvariant().Replace('ё', 'е');

    private static bool IsCyrillic(string word) => word.AsSpan().ContainsAnyInRange('\u0400', '\u04FF');

    internal static bool IsCyrillicConsonant(char c) => "бвгджзйклмнпрстфхцчшщ".Contains(char.ToLowerInvariant(c));

    /// <summary>
    /// Every form of one word in one oblique case (usually one; a rule may allow two). A word no rule covers, a word
    /// in capitals, an abbreviation and a word that is not Cyrillic stay as written. An animate noun (a title) whose
    /// accusative equals its nominative takes the genitive instead: "встретился с губернатором", "принял губернатора".
    /// </summary>
    public IEnumerable<string> WordForms(string word, GrammaticalCase @case, bool animate = false)
    {
        if (@case == GrammaticalCase.Nominative)
        {
            yield return word;
            yield break;
        }
        if (word.Contains('-'))
        {
            foreach (var f in HyphenatedForms(word, @case, animate))
                yield return f;
            yield break;
        }
        if (IsUnchangeable(word))
        {
            yield return word;
            yield break;
        }
        var folded = Fold(word);
        var index = (int)@case - 1;
        if (_words.TryGetValue(folded, out var forms))
        {
            var form = @case == GrammaticalCase.Accusative && animate && forms[index] == folded ? forms[0] : forms[index];
            yield return KeepCapital(word, form);
            yield break;
        }
        var mods = RuleFor(folded, out _);
        if (mods is null)
        {
            yield return word;
            yield break;
        }
        var caseMods = mods[index];
        if (@case == GrammaticalCase.Accusative && animate && caseMods.All(m => m.IsUnchanged))
            caseMods = mods[0];
        foreach (var m in caseMods)
        {
            if (m.Apply(word) is { } f)
                yield return f;
        }
    }

    /// <summary>The rule for a folded word: the longest listed ending, else the consonant rule; null for none.</summary>
    internal Modification[][]? RuleFor(string folded, out string ending)
    {
        for (var len = Math.Min(_longestEnding, folded.Length); len >= 1; len--)
        {
            ending = folded[^len..];
            if (_endings.TryGetValue(ending, out var mods))
                return mods;
        }
        ending = "";
        return folded.Length > 0 && IsCyrillicConsonant(folded[^1]) ? _consonant : null;
    }

    private bool IsUnchangeable(string word)
    {
        if (word.Length == 0 || word.EndsWith('.') || word.StartsWith('(') || !IsCyrillic(word))
            return true;
        // РФ, ХМАО, СПб: abbreviations keep their form
        if (word.Length >= 2 && char.IsUpper(word[0]) && char.IsUpper(word[1]))
            return true;
        return _fixed.Contains(Fold(word));
    }

    /// <summary>
    /// "Ростов-на-Дону" declines its first part, "премьер-министр" its last, "Петропавловск-Камчатский" both: the last
    /// part always declines, an earlier one only when it is capitalised and not a word that never changes.
    /// </summary>
    private IEnumerable<string> HyphenatedForms(string word, GrammaticalCase @case, bool animate)
    {
        var parts = word.Split('-');
        var options = new List<string[]>(parts.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            var declines = parts[i].Length > 0 && (i == parts.Length - 1 || char.IsUpper(parts[i][0]));
            options.Add(declines ? [.. WordForms(parts[i], @case, animate).Distinct()] : [parts[i]]);
        }
        // "Ростов-на-Дону": the last part ("Дону") is indeclinable, so the first part carries the case.
        IEnumerable<string> acc = [""];
        for (var i = 0; i < options.Count; i++)
        {
            var k = i;
            acc = acc.SelectMany(prefix => options[k].Select(o => k == 0 ? o : prefix + "-" + o));
        }
        return acc;
    }

    private static string KeepCapital(string written, string folded) =>
        written.Length > 0 && char.IsUpper(written[0]) && folded.Length > 0 ? char.ToUpperInvariant(folded[0]) + folded[1..] : folded;

    /// <summary>
    /// Every form of a phrase in one case: each word takes the case by its own ending (so an adjective agrees with its
    /// noun), words after a head word ("Республика Татарстан") and after an opening bracket stay as written.
    /// </summary>
    public IEnumerable<string> PhraseForms(string phrase, GrammaticalCase @case, bool animate = false)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return [];
        var options = new List<string[]>(words.Length);
        var frozen = false;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.StartsWith('('))
                frozen = true;
            options.Add(frozen ? [w] : [.. WordForms(w, @case, animate).Distinct()]);
            if (i == 0 && _heads.Contains(Fold(w)))
                frozen = true;
        }
        IEnumerable<string> acc = [""];
        for (var i = 0; i < options.Count; i++)
        {
            var k = i;
            acc = acc.SelectMany(prefix => options[k].Select(o => k == 0 ? o : prefix + " " + o));
        }
        return acc.Distinct();
    }

    /// <summary>Every form of a phrase with its case, the nominative first.</summary>
    public IEnumerable<(string Form, GrammaticalCase Case)> AllForms(string phrase, bool animate = false)
    {
        yield return (phrase, GrammaticalCase.Nominative);
        foreach (var c in ObliqueCases)
        {
            foreach (var f in PhraseForms(phrase, c, animate))
                yield return (f, c);
        }
    }

    /// <summary>
    /// The oblique forms of a region's Russian names (the gazetteer already holds the nominatives): names and aliases
    /// as the region (a federal city's name as a city), administrative centres as cities.
    /// </summary>
    public IEnumerable<(string Phrase, PlaceKind Kind)> RegionForms(Region region)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var nameKind = region.Kind is "federal_city" or "capital_city" ? PlaceKind.City : PlaceKind.Region;
        IEnumerable<(string Name, PlaceKind Kind)> names =
        [
            .. (region.NameRu.Length > 0 ? [(region.NameRu, nameKind)] : Array.Empty<(string, PlaceKind)>()),
            .. region.AliasesRu.Select(a => (a, PlaceKind.Region)),
            .. region.CitiesRu.Select(c => (c, PlaceKind.City)),
        ];
        foreach (var (name, kind) in names)
        {
            seen.Add(name);
            foreach (var c in ObliqueCases)
            {
                foreach (var f in PhraseForms(name, c))
                {
                    if (seen.Add(f))
                        yield return (f, kind);
                }
            }
        }
    }
}
