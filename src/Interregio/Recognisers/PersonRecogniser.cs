using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Text;

namespace Interregio.Recognisers;

/// <summary>
/// People with their roles in English reports:
/// "President of Belarus Aleksandr Lukashenko", "Belarusian President Aleksandr Lukashenko",
/// "Prime Minister of Belarus Roman Golovchenko", "Governor of Russia's Penza Oblast Oleg Melnichenko",
/// "Penza Oblast Governor Oleg Melnichenko", "Chairman of the Gomel Oblast Executive Committee Gennady Solovei",
/// "Head of Tatarstan Rustam Minnikhanov", "Rais of the Republic of Tatarstan Rustam Minnikhanov",
/// and the name-first form "Oleg Melnichenko, Governor of Penza Oblast". Runs after the place recogniser.
/// </summary>
public sealed class PersonRecogniser(RegionGazetteer regions) : IRecogniser
{
    public PersonRecogniser() : this(RegionGazetteer.Default) { }

    [ThreadStatic]
    private static List<PlaceMention>? t_places;

    private readonly record struct Role(int First, int After, string Text, Region? Region);

    public void Recognise(DocumentContext ctx, Sentence sentence)
    {
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        // every role is read from one of the title words ("President", "Governor", "Penza Oblast Governor"): a
        // sentence without one (most) has none, and its words are not tried one by one
        if (!HasTitleWord(text, tokens))
            return;
        // one list per thread, refilled per sentence: most sentences have no role to read
        var places = t_places ??= [];
        places.Clear();
        foreach (var m in sentence.Mentions)
        {
            if (m is PlaceMention place)
                places.Add(place);
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            // every role starts at a word ("President", "Governor", "Penza Oblast Governor")
            if (tokens[i].Kind != TokenKind.Word || !TryRole(ctx, tokens, places, i, out var role))
                continue;
            var j = role.After;
            if (j < tokens.Count && text[tokens[j].Start] == ',')
                j++;
            var n = NameLength(text, tokens, j, places);
            if (n >= 2)
            {
                var name = text[tokens[j].Start..tokens[j + n - 1].End];
                sentence.Mentions.Add(new PersonMention(role.First, j + n - role.First, new TextSpan(tokens[role.First].Start, tokens[j + n - 1].End), name, role.Text) { RoleRegion = role.Region });
                i = j + n - 1;
                continue;
            }
            // name first: "Oleg Melnichenko, Governor of Penza Oblast"
            if (role.First >= 3 && text[tokens[role.First - 1].Start] == ',')
            {
                for (var len = 3; len >= 2; len--)
                {
                    var s = role.First - 1 - len;
                    if (s >= 0 && NameLength(text, tokens, s, places) == len)
                    {
                        var name = text[tokens[s].Start..tokens[s + len - 1].End];
                        sentence.Mentions.Add(new PersonMention(s, role.After - s, new TextSpan(tokens[s].Start, tokens[role.After - 1].End), name, role.Text) { RoleRegion = role.Region });
                        break;
                    }
                }
            }
            i = role.After - 1;
        }
    }

    private static bool HasTitleWord(string text, List<Token> tokens)
    {
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Word && TitleWords.Contains(text, t))
                return true;
        }
        return false;
    }

    private static readonly WordSet TitleWords = new(["President", "Prime", "Governor", "Head", "Rais", "Chairman", "Chairwoman", "Mayor"], StringComparer.OrdinalIgnoreCase);

    private bool TryRole(DocumentContext ctx, List<Token> tokens, List<PlaceMention> places, int i, out Role role)
    {
        var text = ctx.Text;
        role = default;
        // most words are none of the titles: one bit test, and the comparisons below only for the few that are
        var isTitle = TitleWords.Contains(text, tokens[i]);

        // "President of (the Republic of) Belarus", "Prime Minister of Belarus"
        if (isTitle && (tokens[i].Is(text, "President") || (tokens[i].Is(text, "Prime") && i + 1 < tokens.Count && tokens[i + 1].Is(text, "Minister"))))
        {
            var isPm = tokens[i].Is(text, "Prime");
            var j = i + (isPm ? 2 : 1);
            var title = isPm ? "Prime Minister" : "President";
            if (j < tokens.Count && tokens[j].Is(text, "of"))
            {
                var p = PlaceAt(places, j + 1) ?? PlaceAt(places, j + 2);
                if (p is not null && p.Region.Code.Code == "BY")
                {
                    role = new Role(i, p.After, $"{title} of Belarus", regions["BY"]);
                    return true;
                }
                return false;
            }
            // "Belarusian President", "Belarus' President", "Belarus President"
            var k = i - 1;
            if (k >= 0 && tokens[k].Kind == TokenKind.Apostrophe)
                k--;
            if (k >= 0 && tokens[k].IsAny(text, "Belarusian", "Belarus", "Belarus's"))
            {
                role = new Role(k, j, $"{title} of Belarus", regions["BY"]);
                return true;
            }
            return false;
        }

        // "Governor of (Russia's) (the) Penza Oblast"
        if (isTitle && tokens[i].IsAny(text, "Governor", "Head", "Rais", "Chairman", "Chairwoman", "Mayor"))
        {
            var title = text[tokens[i].Start..tokens[i].End];
            var j = i + 1;
            if (j < tokens.Count && tokens[j].Is(text, "of"))
            {
                j++;
                if (j + 2 < tokens.Count && tokens[j].Is(text, "Russia") && tokens[j + 1].Kind == TokenKind.Apostrophe)
                    j += tokens[j + 2].Is(text, "s") ? 3 : 2;
                var the = j < tokens.Count && tokens[j].Is(text, "the");
                if (the)
                    j++;
                var p = PlaceAt(places, j);
                if (p is null)
                    return false;
                var after = p.After;
                // "Chairman of the Gomel Oblast Executive Committee"
                if (after + 1 < tokens.Count && tokens[after].IsAny(text, "Executive", "Regional", "Oblast"))
                {
                    var k = after;
                    while (k < tokens.Count && k < after + 4 && tokens[k].IsAny(text, "Executive", "Regional", "Oblast", "City", "Committee"))
                        k++;
                    var body = text[tokens[after].Start..tokens[k - 1].End];
                    role = new Role(i, k, $"{title} of the {p.Region.NameEn} {body}", p.Region);
                    return true;
                }
                var written = text[tokens[p.First].Start..tokens[p.Last].End];
                role = new Role(i, after, $"{title} of {RoleRegionName(p.Region, written)}", p.Region);
                return true;
            }
        }

        // "Penza Oblast Governor", "Tatarstan Head"
        if (tokens[i].Kind == TokenKind.Word && tokens[i].IsCapitalised(text))
        {
            var p = PlaceAt(places, i);
            if (p is not null && p.After < tokens.Count && tokens[p.After].IsAny(text, "Governor", "Head"))
            {
                var title = text[tokens[p.After].Start..tokens[p.After].End];
                role = new Role(i, p.After + 1, $"{title} of {RoleRegionName(p.Region, text[p.Span.Start..p.Span.End])}", p.Region);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The region in a role: "the Republic of Tatarstan" kept as written; otherwise the gazetteer's English name, with
    /// "the" before a republic's ("Head of Tatarstan" is "Head of the Republic of Tatarstan", not "Head of Republic of").
    /// </summary>
    private static string RoleRegionName(Region region, string written) =>
        written.StartsWith("Republic", StringComparison.Ordinal) ? "the " + written
        : region.NameEn.StartsWith("Republic ", StringComparison.Ordinal) ? "the " + region.NameEn
        : region.NameEn;

    private static PlaceMention? PlaceAt(List<PlaceMention> places, int token)
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

    /// <summary>Two or three capitalised words that are not a place: "Oleg Melnichenko", "Oleg Vladimirovich Melnichenko".</summary>
    internal static int NameLength(string text, List<Token> tokens, int at, List<PlaceMention> places)
    {
        var n = 0;
        while (at + n < tokens.Count && n < 3)
        {
            var t = tokens[at + n];
            if (t.Kind != TokenKind.Word || !t.IsCapitalised(text) || t.Length < 2)
                break;
            if (InPlace(places, at + n))
                break;
            if (t.IsAny(text, "The", "On", "In", "At", "BelTA", "TASS", "He", "She", "Minsk", "Moscow"))
                break;
            n++;
        }
        return n;
    }
}
