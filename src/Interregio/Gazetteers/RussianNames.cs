namespace Interregio.Gazetteers;

/// <summary>Which part of a Russian personal name a rule is for.</summary>
public enum NamePart : byte
{
    First,
    Middle,
    Last,
}

public enum NameGender : byte
{
    Male,
    Female,
}

/// <summary>
/// Reads Russian personal names back into the nominative with the rules of Data/ru-names.tsv: "Олегом Мельниченко"
/// is "Олег Мельниченко", "Владиславом Шапшой" is "Владислав Шапша", "Натальей Кочановой" is "Наталья Кочанова".
/// Every rule whose form fits a written word offers a nominative; the hypothesis (gender, case) that explains the
/// longest endings of all the name's words together wins, so the first name tells the surname its gender and case.
/// </summary>
public sealed class RussianNames
{
    public static readonly string[] Columns = ["part", "gender", "test", "gen", "dat", "acc", "ins", "prep"];

    private static readonly Lazy<RussianNames> LazyDefault = new(() => Load(TsvTable.LoadEmbedded("ru-names.tsv", Columns)));

    private sealed record Rule(NamePart Part, NameGender Gender, string Ending, bool AnyConsonant, Modification[][] Cases, int Order);

    private readonly List<Rule> _rules;

    private RussianNames(List<Rule> rules) => _rules = rules;

    public static RussianNames Default => LazyDefault.Value;

    public static RussianNames Load(TsvTable table)
    {
        var rules = new List<Rule>();
        foreach (var row in table.Rows)
        {
            var part = row["part"] switch
            {
                "first" => NamePart.First,
                "middle" => NamePart.Middle,
                "last" => NamePart.Last,
                var other => throw row.Error($"part must be first, middle or last, not '{other}'"),
            };
            var gender = row["gender"] switch
            {
                "m" => NameGender.Male,
                "f" => NameGender.Female,
                var other => throw row.Error($"gender must be m or f, not '{other}'"),
            };
            var cases = RussianDeclension.ParseCases(row);
            foreach (var test in row.List("test"))
            {
                var t = RussianDeclension.Fold(test);
                rules.Add(new Rule(part, gender, t == "*" ? "" : t, t == "*", cases, rules.Count));
            }
        }
        return new RussianNames(rules);
    }

    /// <summary>One reading of a written name word: its nominative, and how long an ending the rule explained.</summary>
    public readonly record struct Reading(string Nominative, int Score);

    /// <summary>
    /// The best nominative of one written word read as <paramref name="part"/> of a name of the given gender in the
    /// given case; null when no rule allows it. In the nominative a word is itself, scored by how well its ending
    /// fits the gender ("Ирина" is a woman's name more surely than a man's).
    /// </summary>
    public Reading? Read(string written, NamePart part, NameGender gender, GrammaticalCase @case)
    {
        var folded = RussianDeclension.Fold(written);
        Reading? best = null;
        foreach (var rule in _rules)
        {
            if (rule.Part != part || rule.Gender != gender)
                continue;
            if (@case == GrammaticalCase.Nominative)
            {
                if (Fits(rule, folded, folded.Length))
                    Keep(ref best, new Reading(written, rule.AnyConsonant ? 0 : rule.Ending.Length));
                continue;
            }
            foreach (var m in rule.Cases[(int)@case - 1])
            {
                if (rule.AnyConsonant)
                {
                    // "Олегом": strip the appended ending, and a consonant must be left
                    if (m.Remove != 0 || !folded.EndsWith(m.Append, StringComparison.Ordinal) || folded.Length <= m.Append.Length)
                        continue;
                    var stemLength = folded.Length - m.Append.Length;
                    if (!RussianDeclension.IsCyrillicConsonant(folded[stemLength - 1]))
                        continue;
                    // a man's first name on a consonant wins a tie: "Владиславе" is Владислав, not Владислава; the
                    // few men's names on -а and -ь (Никита, Игорь) are whole-name rows of the data file
                    Keep(ref best, new Reading(written[..stemLength], m.Append.Length),
                        preferOnTie: rule.Part == NamePart.First && rule.Gender == NameGender.Male && m.Append.Length > 0);
                    continue;
                }
                // a whole irregular name ("павел": "Павлом") may be the whole written word; an ending may not
                if (m.InflectedEnding(rule.Ending) is not { } inflected || !folded.EndsWith(inflected, StringComparison.Ordinal)
                    || folded.Length < inflected.Length || (folded.Length == inflected.Length && rule.Ending.Length < WholeName))
                    continue;
                var stem = written[..^inflected.Length];
                var nominative = stem.Length > 0 ? stem + rule.Ending : char.ToUpperInvariant(rule.Ending[0]) + rule.Ending[1..];
                if (!Spellable(RussianDeclension.Fold(nominative)))
                    continue;
                Keep(ref best, new Reading(nominative, inflected.Length));
            }
        }
        return best;
    }

    /// <summary>Whether a rule's nominative ending fits the (folded) word.</summary>
    private static bool Fits(Rule rule, string folded, int length) =>
        rule.AnyConsonant
            ? length > 0 && RussianDeclension.IsCyrillicConsonant(folded[length - 1])
            : folded.EndsWith(rule.Ending, StringComparison.Ordinal) && folded.Length > rule.Ending.Length;

    /// <summary>The shortest test that names a whole irregular name ("лев", "павел") rather than an ending.</summary>
    private const int WholeName = 3;

    private static void Keep(ref Reading? best, Reading candidate, bool preferOnTie = false)
    {
        if (best is null || candidate.Score > best.Value.Score || (preferOnTie && candidate.Score == best.Value.Score))
            best = candidate;
    }

    /// <summary>
    /// Whether a nominative a rule offers can be written in Russian at all: й only after a vowel, ь only after a
    /// consonant other than й. "Игоря" read by the й-rule would be "Игорй", "Соловья" read by the ь-rule "Соловьь".
    /// </summary>
    private static bool Spellable(string folded)
    {
        if (folded.Length < 2)
            return true;
        var last = folded[^1];
        var before = folded[^2];
        return last switch
        {
            'й' => "аеёиоуыэюя".Contains(before),
            'ь' => before != 'й' && RussianDeclension.IsCyrillicConsonant(before),
            _ => true,
        };
    }

    /// <summary>The name's words back in the nominative, and the gender and case that explained them best.</summary>
    public sealed record Nominative(string Name, NameGender Gender, GrammaticalCase Case, int Score);

    /// <summary>
    /// A name of two or three words (first name, optional patronymic, surname) read back into the nominative, trying
    /// the cases given (the case of the title before the name) or every case. Null when the first name fits no rule.
    /// </summary>
    public Nominative? ToNominative(IReadOnlyList<string> words, IReadOnlyCollection<GrammaticalCase>? cases = null)
    {
        if (words.Count is < 2 or > 3)
            return null;
        Nominative? best = null;
        IEnumerable<GrammaticalCase> tried = cases is { Count: > 0 } ? cases : Enum.GetValues<GrammaticalCase>();
        foreach (var gender in (ReadOnlySpan<NameGender>)[NameGender.Male, NameGender.Female])
        {
            foreach (var c in tried)
            {
                if (Read(words[0], NamePart.First, gender, c) is not { } first)
                    continue;
                var score = first.Score;
                var parts = new List<string>(words.Count) { first.Nominative };
                if (words.Count == 3)
                {
                    if (Read(words[1], NamePart.Middle, gender, c) is not { } middle)
                        continue;
                    score += middle.Score;
                    parts.Add(middle.Nominative);
                }
                // a surname no rule explains is kept as written: foreign surnames do not decline
                var last = Read(words[^1], NamePart.Last, gender, c);
                score += last?.Score ?? 0;
                parts.Add(last?.Nominative ?? words[^1]);
                // the nominative wins ties: a name read as written needs no rule to be right
                if (best is null || score > best.Score || (score == best.Score && c == GrammaticalCase.Nominative && best.Case != GrammaticalCase.Nominative))
                    best = new Nominative(string.Join(' ', parts), gender, c, score);
            }
        }
        return best;
    }
}
