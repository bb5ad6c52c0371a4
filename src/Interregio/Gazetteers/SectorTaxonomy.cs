using System.Collections.Frozen;
using Interregio.Text;

namespace Interregio.Gazetteers;

/// <summary>One sector of the project's own taxonomy (Data/sectors.tsv).</summary>
public sealed record Sector(string Id, string NameEn, string NameRu, IReadOnlyList<string> HsChapters);

/// <summary>
/// The project's sectors with their cue words and HS chapters. English cues are whole words; in a Russian cue the
/// last word is a stem ("торговых точ" matches "торговых точках"). A longer cue wins over one inside it, so
/// "machine builders" is machine building and not construction.
/// </summary>
public sealed class SectorTaxonomy
{
    public static readonly string[] Columns = ["id", "name_en", "name_ru", "cues_en", "cues_ru"];

    private static readonly Lazy<SectorTaxonomy> LazyDefault = new(() => Load(TsvTable.LoadEmbedded("sectors.tsv", Columns)));

    private readonly FrozenDictionary<string, Sector> _byId;
    private readonly FrozenDictionary<string, Sector> _byChapter;

    public SectorTaxonomy(IEnumerable<Sector> sectors, IEnumerable<(string Cue, Language Language, Sector Sector)> cues)
    {
        Sectors = sectors.ToList();
        _byId = Sectors.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        var chapters = new Dictionary<string, Sector>(StringComparer.Ordinal);
        foreach (var s in Sectors)
        {
            foreach (var c in s.HsChapters)
                chapters.TryAdd(c, s);
        }
        _byChapter = chapters.ToFrozenDictionary(StringComparer.Ordinal);
        foreach (var (cue, language, sector) in cues)
        {
            // A cue listed for two sectors tags both: the matcher keeps the list, the first registration wins the slot.
            var phrase = language == Language.Russian ? StemLastWord(cue) : cue;
            FirstWords.AddFirstWordOf(phrase);
            if (!Cues.Add(phrase, [sector]))
            {
                Cues.Match(phrase, Tokens(phrase), 0, out var existing);
                if (!existing.Contains(sector))
                    existing.Add(sector);
            }
        }
    }

    public static SectorTaxonomy Default => LazyDefault.Value;

    public IReadOnlyList<Sector> Sectors { get; }

    public PhraseMatcher<List<Sector>> Cues { get; } = new();

    /// <summary>The cues' first words, for a scan that tries every token (a cue starts at few).</summary>
    public AsciiFirstWords FirstWords { get; } = new();

    public Sector? this[string id] => _byId.GetValueOrDefault(id);

    /// <summary>The sector of an HS heading's chapter ("8701" is machine building), or null.</summary>
    public Sector? ForHeading(string hs) =>
        hs.Length >= 2 && _byChapter.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(hs.AsSpan(0, 2), out var s) ? s : null;

    /// <summary>Every sector a cue names in tokens [from, to), in order of first mention, each once.</summary>
    public List<Sector> Find(string text, List<Token> tokens, int from = 0, int to = -1)
    {
        var found = new List<Sector>();
        foreach (var (_, _, sectors) in Cues.FindAll(text, tokens, from, to))
        {
            foreach (var s in sectors)
            {
                if (!found.Contains(s))
                    found.Add(s);
            }
        }
        return found;
    }

    private static string StemLastWord(string cue) => cue.EndsWith('*') ? cue : cue + "*";

    private static List<Token> Tokens(string phrase)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
        return tokens;
    }

    public static SectorTaxonomy Load(TsvTable table)
    {
        var sectors = new List<Sector>();
        var cues = new List<(string, Language, Sector)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = row["id"].Trim();
            if (id.Length == 0 || !id.All(c => c is >= 'a' and <= 'z' or '_') || !ids.Add(id))
                throw row.Error($"sector id '{id}' is empty, not [a-z_], or repeated");
            var chapters = row.List("hs_chapters");
            foreach (var c in chapters)
            {
                if (c.Length != 2 || !c.All(char.IsAsciiDigit))
                    throw row.Error($"'{c}' is not a 2-digit HS chapter");
            }
            var sector = new Sector(id, row["name_en"].Trim(), row["name_ru"].Trim(), chapters);
            sectors.Add(sector);
            foreach (var c in row.List("cues_en"))
                cues.Add((c, Language.English, sector));
            foreach (var c in row.List("cues_ru"))
                cues.Add((c, Language.Russian, sector));
        }
        return new SectorTaxonomy(sectors, cues);
    }
}
