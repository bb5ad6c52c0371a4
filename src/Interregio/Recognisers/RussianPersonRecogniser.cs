using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Text;

namespace Interregio.Recognisers;

/// <summary>
/// The titles of Russian reports (Data/ru-roles.tsv) as phrase tables over every case form: a title word with its
/// nominative and the cases a form can be in ("губернатором" is instrumental, "губернатора" genitive or accusative),
/// the organ words that may follow it ("правительства"), and the regional authorities named by an adjective
/// ("Могилевского облисполкома" is Mogilev Oblast's).
/// </summary>
public sealed class RussianTitles
{
    public static readonly string[] Columns = ["kind", "phrase", "value"];

    private static readonly Lazy<RussianTitles> LazyDefault = new(() => Load(TsvTable.LoadEmbedded("ru-roles.tsv", Columns), RegionGazetteer.Default, RussianDeclension.Default));

    /// <summary>A title as written in some case: its nominative and every case the written form can be.</summary>
    public sealed record Title(string Nominative, IReadOnlyCollection<GrammaticalCase> Cases);

    public PhraseMatcher<Title> Heads { get; } = new();

    public PhraseMatcher<bool> Organs { get; } = new();

    /// <summary>"Могилевского облисполкома", "Минского облисполкома": the region whose authority it is.</summary>
    public PhraseMatcher<Region> Authorities { get; } = new();

    public static RussianTitles Default => LazyDefault.Value;

    public static RussianTitles Load(TsvTable table, RegionGazetteer regions, RussianDeclension declension)
    {
        var titles = new RussianTitles();
        var heads = new Dictionary<string, (string Nominative, HashSet<GrammaticalCase> Cases)>(StringComparer.OrdinalIgnoreCase);
        var bodies = new List<(string Phrase, string Kind)>();
        foreach (var row in table.Rows)
        {
            var phrase = row["phrase"].Trim();
            if (phrase.Length == 0)
                throw row.Error("empty phrase");
            switch (row["kind"])
            {
                case "head":
                    // "заместитель председателя": the first word declines, the genitive after it stays
                    var space = phrase.IndexOf(' ');
                    var (word, rest) = space < 0 ? (phrase, "") : (phrase[..space], phrase[space..]);
                    foreach (var (form, c) in AllCases(declension, word))
                    {
                        var key = form + rest;
                        if (!heads.TryGetValue(key, out var h))
                            heads[key] = h = (phrase, []);
                        h.Cases.Add(c);
                    }
                    break;
                case "organ":
                    titles.Organs.Add(phrase, true);
                    break;
                case "body":
                    bodies.Add((phrase, row["value"]));
                    break;
                case "region":
                    if (!regions.TryGetByCode(row["value"], out var region))
                        throw row.Error($"'{row["value"]}' is not a code of Data/regions.tsv");
                    foreach (var (form, _) in declension.AllForms(phrase))
                        titles.Authorities.Add(form, region);
                    break;
                default:
                    throw row.Error($"kind must be head, organ, body or region, not '{row["kind"]}'");
            }
        }
        foreach (var (form, h) in heads)
            titles.Heads.Add(form, new Title(h.Nominative, [.. h.Cases]));
        // explicit regions were added first, so "Минский облисполком" keeps BY-MI over the city's adjective
        foreach (var region in regions.Regions)
        {
            foreach (var adjective in region.AdjectivesRu)
            {
                foreach (var (body, _) in bodies)
                {
                    foreach (var (form, _) in declension.AllForms(adjective + " " + body))
                        titles.Authorities.Add(form, region);
                }
            }
        }
        return titles;
    }

    private static IEnumerable<(string Form, GrammaticalCase Case)> AllCases(RussianDeclension declension, string word)
    {
        yield return (word, GrammaticalCase.Nominative);
        foreach (var c in RussianDeclension.ObliqueCases)
        {
            foreach (var f in declension.WordForms(word, c, animate: true))
                yield return (f, c);
        }
    }
}

/// <summary>
/// People with their titles in Russian reports, the name read back into the nominative as facts write it:
/// "губернатор Пензенской области Олег Мельниченко", "с председателем Могилевского облисполкома Анатолием
/// Исаченко" (Анатолий Исаченко, председатель Могилевского облисполкома), "встречи премьер-министра Беларуси Романа
/// Головченко с губернатором Калужской области Владиславом Шапшой", "Президент Беларуси Александр Лукашенко", and
/// the name-first form "Олег Мельниченко, губернатор Пензенской области". The title's case (instrumental after
/// "с губернатором") tells the name's case; the title is written in the nominative followed by whose title it is,
/// as written. A title must say whose it is: "губернатор" alone is not enough. Runs after the place recogniser,
/// and only on Russian text.
/// </summary>
public sealed class RussianPersonRecogniser(RussianTitles titles, RussianNames names) : IRecogniser
{
    public RussianPersonRecogniser() : this(RussianTitles.Default, RussianNames.Default) { }

    [ThreadStatic]
    private static List<PlaceMention>? t_places;

    private readonly record struct Role(int First, int After, string Text, Region Region, IReadOnlyCollection<GrammaticalCase> Cases);

    private static PlaceMention? PlaceStarting(List<PlaceMention> places, int token)
    {
        foreach (var p in places)
        {
            if (p.First == token)
                return p;
        }
        return null;
    }

    private static bool InPlace(List<PlaceMention> places, int token)
    {
        foreach (var p in places)
        {
            if (p.First <= token && token <= p.Last)
                return true;
        }
        return false;
    }

    public void Recognise(DocumentContext ctx, Sentence sentence)
    {
        if (ctx.Language != Language.Russian)
            return;
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        // one list per thread, refilled per sentence, and loops instead of queries: this runs for every sentence
        var places = t_places ??= [];
        places.Clear();
        foreach (var m in sentence.Mentions)
        {
            if (m is PlaceMention place)
                places.Add(place);
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !TryRole(text, tokens, places, i, out var role))
                continue;
            var j = role.After;
            var n = NameLength(text, tokens, j, places);
            if (n >= 2 && names.ToNominative(Words(text, tokens, j, n), role.Cases) is { } name)
            {
                sentence.Mentions.Add(new PersonMention(role.First, j + n - role.First, new TextSpan(tokens[role.First].Start, tokens[j + n - 1].End), name.Name, role.Text)
                {
                    RoleRegion = role.Region,
                });
                i = j + n - 1;
                continue;
            }
            // name first: "Олег Мельниченко, губернатор Пензенской области"
            if (role.First >= 3 && text[tokens[role.First - 1].Start] == ',')
            {
                for (var len = 3; len >= 2; len--)
                {
                    var s = role.First - 1 - len;
                    if (s < 0 || NameLength(text, tokens, s, places) != len)
                        continue;
                    if (names.ToNominative(Words(text, tokens, s, len), role.Cases) is { } before)
                    {
                        sentence.Mentions.Add(new PersonMention(s, role.After - s, new TextSpan(tokens[s].Start, tokens[role.After - 1].End), before.Name, role.Text)
                        {
                            RoleRegion = role.Region,
                        });
                        break;
                    }
                }
            }
            i = role.After - 1;
        }
    }

    /// <summary>A title and whose it is: a place right after it ("губернатор Пензенской области", "Президент
    /// Беларуси"), after an organ ("председатель правительства Калужской области"), or an authority named by an
    /// adjective ("председатель Могилевского облисполкома").</summary>
    private bool TryRole(string text, List<Token> tokens, List<PlaceMention> places, int i, out Role role)
    {
        role = default;
        var h = titles.Heads.Match(text, tokens, i, out var title);
        if (h == 0)
            return false;
        var j = i + h;
        if (j >= tokens.Count)
            return false;
        j += titles.Organs.Match(text, tokens, j, out _);
        if (j >= tokens.Count)
            return false;
        Region region;
        int after;
        var a = titles.Authorities.Match(text, tokens, j, out var authority);
        if (a > 0 && tokens[j].IsCapitalised(text))
        {
            region = authority;
            after = j + a;
        }
        else if (PlaceStarting(places, j) is { } place)
        {
            region = place.Region;
            after = place.After;
        }
        else
        {
            return false;
        }
        var whose = text[tokens[i + h].Start..tokens[after - 1].End];
        role = new Role(i, after, title.Nominative + " " + whose, region, title.Cases);
        return true;
    }

    private static List<string> Words(string text, List<Token> tokens, int at, int count)
    {
        var words = new List<string>(count);
        for (var k = at; k < at + count; k++)
            words.Add(text[tokens[k].Start..tokens[k].End]);
        return words;
    }

    /// <summary>
    /// Two or three capitalised Cyrillic words that are not a place, a title or an acronym: a first name, a
    /// patronymic when the middle word is one ("Олег Владимирович Мельниченко"), a surname.
    /// </summary>
    private int NameLength(string text, List<Token> tokens, int at, List<PlaceMention> places)
    {
        var n = 0;
        while (at + n < tokens.Count && n < 3)
        {
            var t = tokens[at + n];
            if (t.Kind != TokenKind.Word || t.Length < 2 || !char.IsUpper(text[t.Start]) || char.IsUpper(text[t.Start + 1])
                || text[t.Start] is not (>= '\u0400' and <= '\u04FF'))
                break;
            if (InPlace(places, at + n) || titles.Heads.Match(text, tokens, at + n, out _) > 0)
                break;
            n++;
        }
        // three words only when the middle one is a patronymic; otherwise the third starts something else
        if (n == 3 && !IsPatronymic(text, tokens[at + 1]))
            n = 2;
        return n;
    }

    private static bool IsPatronymic(string text, Token t)
    {
        var w = RussianDeclension.Fold(text[t.Start..t.End]);
        return w.Contains("ович", StringComparison.Ordinal) || w.Contains("евич", StringComparison.Ordinal) || w.Contains("ьич", StringComparison.Ordinal)
            || w.Contains("овн", StringComparison.Ordinal) || w.Contains("евн", StringComparison.Ordinal) || w.Contains("ичн", StringComparison.Ordinal);
    }
}
