using Interregio.Gazetteers;

namespace Interregio.Bench.EndToEnd;

/// <summary>A Russian region name in the four cases the templates use.</summary>
internal sealed record RussianRegionForms(Region Region, string Nominative, string Genitive, string Instrumental, string Prepositional);

/// <summary>
/// Just enough declension to write grammatical template sentences about a region ("с Пензенской областью",
/// "губернатор Алтайского края", "в Республике Татарстан"). It covers the name shapes of most rows in
/// regions.tsv (adjective + область/край/округ/Республика, "Республика X", three cities) and refuses the rest,
/// so the generator simply does not pick those regions for Russian articles. Bench-only: the library has its own
/// case handling and must not depend on this.
/// </summary>
internal static class RussianForms
{
    private static readonly Dictionary<string, RussianRegionForms> Cities = new(StringComparer.Ordinal)
    {
        ["Москва"] = new(null!, "Москва", "Москвы", "Москвой", "Москве"),
        ["Санкт-Петербург"] = new(null!, "Санкт-Петербург", "Санкт-Петербурга", "Санкт-Петербургом", "Санкт-Петербурге"),
        ["Севастополь"] = new(null!, "Севастополь", "Севастополя", "Севастополем", "Севастополе"),
        ["Минск"] = new(null!, "Минск", "Минска", "Минском", "Минске"),
    };

    public static RussianRegionForms? Decline(Region region)
    {
        var name = region.NameRu;
        if (name.Length == 0 || name.Contains('—') || name.Contains('(') || name.Contains("Народная", StringComparison.Ordinal))
            return null;
        if (Cities.TryGetValue(name, out var city))
            return city with { Region = region };
        var words = name.Split(' ');
        var gen = new string[words.Length];
        var ins = new string[words.Length];
        var prep = new string[words.Length];
        // "Республика Татарстан": only the head noun changes; the proper name after it stays as written.
        var headSeen = false;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (headSeen)
            {
                (gen[i], ins[i], prep[i]) = (w, w, w);
                continue;
            }
            switch (w)
            {
                case "область":
                    (gen[i], ins[i], prep[i]) = ("области", "областью", "области");
                    headSeen = true;
                    continue;
                case "край":
                    (gen[i], ins[i], prep[i]) = ("края", "краем", "крае");
                    headSeen = true;
                    continue;
                case "округ":
                    (gen[i], ins[i], prep[i]) = ("округа", "округом", "округе");
                    headSeen = true;
                    continue;
                case "Республика":
                    (gen[i], ins[i], prep[i]) = ("Республики", "Республикой", "Республике");
                    headSeen = true;
                    continue;
            }
            if (w.EndsWith("ая", StringComparison.Ordinal))
                (gen[i], ins[i], prep[i]) = (w[..^2] + "ой", w[..^2] + "ой", w[..^2] + "ой");
            else if (w.EndsWith("ий", StringComparison.Ordinal))
                (gen[i], ins[i], prep[i]) = (w[..^2] + "ого", w[..^2] + "им", w[..^2] + "ом");
            else if (w.EndsWith("ый", StringComparison.Ordinal))
                (gen[i], ins[i], prep[i]) = (w[..^2] + "ого", w[..^2] + "ым", w[..^2] + "ом");
            else
                return null;
        }
        return headSeen ? new RussianRegionForms(region, name, string.Join(' ', gen), string.Join(' ', ins), string.Join(' ', prep)) : null;
    }
}

/// <summary>A Russian personal name with the case forms the templates need ("с губернатором Олегом Петровым").</summary>
internal sealed record RussianPerson(string Nominative, string Genitive, string Instrumental);

internal static class RussianPeople
{
    // Invented names: first name (nominative, genitive, instrumental) and surnames in -ов/-ев/-ин.
    private static readonly (string Nom, string Gen, string Ins)[] FirstNames =
    [
        ("Олег", "Олега", "Олегом"), ("Сергей", "Сергея", "Сергеем"), ("Андрей", "Андрея", "Андреем"),
        ("Виктор", "Виктора", "Виктором"), ("Игорь", "Игоря", "Игорем"), ("Дмитрий", "Дмитрия", "Дмитрием"),
        ("Алексей", "Алексея", "Алексеем"), ("Павел", "Павла", "Павлом"), ("Николай", "Николая", "Николаем"),
        ("Роман", "Романа", "Романом"), ("Вячеслав", "Вячеслава", "Вячеславом"), ("Евгений", "Евгения", "Евгением"),
    ];

    private static readonly string[] Surnames =
    [
        "Сорокин", "Гладышев", "Березин", "Кулагин", "Мартынов", "Рябцев", "Лосев", "Шубин", "Ефремов", "Зорин",
        "Пахомов", "Калинин", "Дронов", "Тарасов", "Голубев", "Савин", "Комаров", "Федосеев", "Ларин", "Баженов",
    ];

    public static RussianPerson Pick(Random rng)
    {
        var (nom, gen, ins) = FirstNames[rng.Next(FirstNames.Length)];
        var s = Surnames[rng.Next(Surnames.Length)];
        return new RussianPerson($"{nom} {s}", $"{gen} {s}а", $"{ins} {s}ым");
    }
}
