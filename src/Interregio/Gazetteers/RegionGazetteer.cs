using System.Collections.Frozen;
using Interregio.Domain;
using Interregio.Text;

namespace Interregio.Gazetteers;

public sealed record Region(
    RegionCode Code,
    string Kind,
    string NameEn,
    string NameRu,
    IReadOnlyList<string> AliasesEn,
    IReadOnlyList<string> CitiesEn,
    IReadOnlyList<string> AliasesRu,
    IReadOnlyList<string> CitiesRu,
    IReadOnlyList<string> AdjectivesRu)
{
    public bool IsCountry => Kind == "country";

    public string Name(Language language) => language == Language.Russian && NameRu.Length > 0 ? NameRu : NameEn;
}

/// <summary>What a phrase in the text names: the region itself, or its administrative centre (a city).</summary>
public enum PlaceKind : byte
{
    Region,
    City,
}

public readonly record struct PlaceEntry(Region Region, PlaceKind Kind);

/// <summary>
/// Regions of Russia and Belarus (and the countries themselves) from Data/regions.tsv, with every name a report
/// may use. Bare city names are kept apart from region names because "stores in Tver" names a city, not a partner.
/// </summary>
public sealed class RegionGazetteer
{
    public static readonly string[] Columns = ["code", "kind", "name_en", "aliases_en", "city_en", "name_ru", "aliases_ru", "city_ru", "adjective_ru"];

    // The default gazetteer finds Russian names in every case: the forms come from the Russian declension rules.
    private static readonly Lazy<RegionGazetteer> LazyDefault = new(() => Load(TsvTable.LoadEmbedded("regions.tsv", Columns), RussianDeclension.Default.RegionForms));

    private readonly FrozenDictionary<string, Region> _byCode;

    public RegionGazetteer(IEnumerable<Region> regions, Func<Region, IEnumerable<(string Phrase, PlaceKind Kind)>>? extraForms = null)
    {
        var list = regions.ToList();
        _byCode = list.ToFrozenDictionary(r => r.Code.Code, StringComparer.OrdinalIgnoreCase);
        Regions = list;
        Names = new PhraseMatcher<PlaceEntry>();
        // Names first, then cities: a phrase registered as a region name keeps that meaning.
        foreach (var r in list)
        {
            Names.Add(r.NameEn, new PlaceEntry(r, r.Kind is "federal_city" or "capital_city" ? PlaceKind.City : PlaceKind.Region));
            foreach (var a in r.AliasesEn)
                Names.Add(a, new PlaceEntry(r, PlaceKind.Region));
            if (r.NameRu.Length > 0)
                Names.Add(r.NameRu, new PlaceEntry(r, r.Kind is "federal_city" or "capital_city" ? PlaceKind.City : PlaceKind.Region));
            foreach (var a in r.AliasesRu)
                Names.Add(a, new PlaceEntry(r, PlaceKind.Region));
        }
        foreach (var r in list)
        {
            foreach (var c in r.CitiesEn)
                Names.Add(c, new PlaceEntry(r, PlaceKind.City));
            foreach (var c in r.CitiesRu)
                Names.Add(c, new PlaceEntry(r, PlaceKind.City));
        }
        if (extraForms is not null)
        {
            foreach (var r in list)
            {
                foreach (var (phrase, kind) in extraForms(r))
                    Names.Add(phrase, new PlaceEntry(r, kind));
            }
        }
    }

    public static RegionGazetteer Default => LazyDefault.Value;

    public IReadOnlyList<Region> Regions { get; }

    public PhraseMatcher<PlaceEntry> Names { get; }

    public bool TryGetByCode(string code, out Region region) => _byCode.TryGetValue(code, out region!);

    public Region? this[string code] => _byCode.GetValueOrDefault(code);

    /// <summary>Reads regions.tsv; <paramref name="extraForms"/> adds other forms of each region's names (Russian cases).</summary>
    public static RegionGazetteer Load(TsvTable table, Func<Region, IEnumerable<(string Phrase, PlaceKind Kind)>>? extraForms = null)
    {
        var regions = new List<Region>();
        foreach (var row in table.Rows)
        {
            var code = row["code"].Trim();
            if (code.Length < 2 || !(code.Length == 2 || code[2] == '-'))
                throw row.Error($"'{code}' is not an ISO 3166 code");
            regions.Add(new Region(
                new RegionCode(code),
                row["kind"],
                row["name_en"],
                row["name_ru"],
                row.List("aliases_en"),
                row.List("city_en"),
                row.List("aliases_ru"),
                row.List("city_ru"),
                row.List("adjective_ru")));
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in regions)
        {
            if (!seen.Add(r.Code.Code))
                throw new DataFileException(table.Name, 0, $"code {r.Code} appears twice");
        }
        return new RegionGazetteer(regions, extraForms);
    }
}
