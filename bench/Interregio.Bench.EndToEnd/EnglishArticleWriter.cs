using Interregio.Gazetteers;

namespace Interregio.Bench.EndToEnd;

/// <summary>
/// English agency-style articles about Belarus and one Russian region, written from templates for this benchmark:
/// trade figures in the shapes reports use (qualifiers, periods, growth, pronoun figures), distractor figures
/// (Belarus-Russia totals, investment, output, targets, population, prices), meetings, enterprises and products,
/// quotes, and page furniture (navigation, currency ticker, tags, other headlines).
/// </summary>
internal sealed class EnglishArticleWriter(Random rng, IReadOnlyList<Region> partners, IReadOnlyList<Region> oblasts) : ArticleWriter(rng)
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Navigation =
    [
        "Home | Politics | Economy | Society | Regions | Union State | Sport | Photo",
        "Main | News | Economy | Regions | Interviews | Video | Contacts",
        "Menu  Search  EN  RU  BY",
        "Economy > Regions > Cooperation",
    ];

    private static readonly string[] Verbs = ["reached", "amounted to", "totalled", "came to", "stood at", "was", "exceeded", "topped", "surpassed", "hit"];

    private static readonly string[] Qualifiers =
        ["", "", "", "more than ", "over ", "almost ", "nearly ", "some ", "about ", "approximately ", "roughly ", "an estimated ", "in excess of ", "just under ", "close to ", "around "];

    private static readonly string[] Sources =
    [
        "the Belarusian embassy said", "according to the regional ministry of economic development", "the governor's press service reported",
        "customs statistics show", "according to the Belarusian trade mission", "the chamber of commerce said",
    ];

    private static readonly string[] Sectors =
    [
        "agriculture", "machine building", "the timber industry", "education", "healthcare", "tourism", "construction", "pharmaceuticals",
        "the food industry", "logistics", "energy", "youth exchanges",
    ];

    private static readonly string[] Enterprises =
    [
        "MAZ", "BELAZ", "Minsk Tractor Works", "Gomselmash", "Amkodor", "Belshina", "Mogilevliftmash", "Bobruisk Agricultural Machinery Plant",
        "Savushkin Product", "Santa Bremor", "Milavitsa", "Belarusian Steel Works", "Grodno Azot", "Naftan", "Bellakt", "Pinskdrev",
    ];

    private static readonly string[] Products =
    [
        "dairy products", "butter", "cheese", "milk powder", "meat", "sausages", "sugar", "tractors", "combine harvesters", "dump trucks",
        "elevators", "tyres", "furniture", "footwear", "knitwear", "potash fertilisers", "buses", "trolleybuses", "road machinery",
        "flax fibre", "timber", "rolled metal", "medicines", "confectionery",
    ];

    private static readonly string[] FirstNames = ["Oleg", "Sergei", "Andrei", "Viktor", "Igor", "Dmitry", "Alexei", "Pavel", "Nikolai", "Roman", "Vyacheslav", "Yevgeny"];

    private static readonly string[] Surnames =
        ["Sorokin", "Gladyshev", "Berezin", "Kulagin", "Martynov", "Ryabtsev", "Losev", "Shubin", "Yefremov", "Zorin", "Pakhomov", "Kalinin", "Dronov", "Tarasov"];

    private static readonly string[] Quotes =
    [
        "We see great potential in industrial cooperation and want our enterprises to work together on new products",
        "Belarusian machinery has proven itself in our fields, and farmers keep asking for more",
        "Our task for the coming years is to fill the roadmap with concrete projects",
        "The region is open to Belarusian investors and ready to offer land and infrastructure",
        "Trade is growing, but we are capable of much more if logistics keep pace",
        "Students from the region study at Belarusian universities, and this is the foundation of our partnership",
    ];

    private Region _partner = null!;
    private Region _oblast = null!;
    private int _year;
    private int _articleYear;
    private string _governor = "";

    public override string Write(int index)
    {
        _partner = Pick(partners);
        _oblast = Pick(oblasts);
        _year = Between(2018, 2025);
        // most reports are about the current or the previous year
        _articleYear = Chance(0.6) ? _year : Math.Min(_year + 1, 2026);
        _governor = $"{Pick(FirstNames)} {Pick(Surnames)}";

        var header = new List<string>();
        if (Chance(0.8))
            header.Add(Pick(Navigation));
        if (Chance(0.7))
            header.Add(Ticker());
        var body = new List<string>();
        var paragraphs = Between(7, 14);
        for (var i = 0; i < paragraphs; i++)
            body.Add(Paragraph(i));
        var footer = new List<string>();
        if (Chance(0.6))
            footer.Add($"Tags: Belarus, Russia, {Name(_partner)}, regions, trade");
        if (Chance(0.6))
        {
            footer.Add("Read also:");
            for (var i = Between(2, 5); i > 0; i--)
                footer.Add(Headline());
        }
        if (Chance(0.3))
            footer.Add(Ticker());
        return Layout(header, Headline(), Dateline() + TradeSentence(), body, footer);
    }

    private string Paragraph(int i) => (i == 0 ? 0 : Rng.Next(10)) switch
    {
        0 or 1 => TradeSentence() + " " + FlowSentence(),
        2 => PronounSentence(),
        3 => Distractor() + " " + Distractor(),
        4 => Meeting(),
        5 => EnterpriseSentence() + " " + EnterpriseSentence(),
        6 => Quote(),
        7 => OblastSentence(),
        8 => Filler(),
        _ => TradeSentence(),
    };

    private string Name(Region r)
    {
        if (r.AliasesEn.Count == 0 || Chance(0.5))
            return r.NameEn;
        return Pick(r.AliasesEn);
    }

    private string Ticker() =>
        $"USD {2.4 + Rng.NextDouble() * 0.9:0.0000} | EUR {2.6 + Rng.NextDouble() * 0.9:0.0000} | RUB (100) {3.5 + Rng.NextDouble():0.0000} | CNY (10) {3.3 + Rng.NextDouble() * 0.6:0.0000}";

    private string Headline() => Rng.Next(6) switch
    {
        0 => $"{Name(_partner)} and Belarus discuss cooperation in {Pick(Sectors)}",
        1 => $"Belarus, {Name(Pick(partners))} eye new projects in {Pick(Sectors)}",
        2 => $"{Name(_oblast)} delegation visits {Name(_partner)}",
        3 => $"Trade with {Name(Pick(partners))} up {Between(3, 40)}% in {_year}",
        4 => $"Belarusian {Pick(Products)} in demand in {Name(Pick(partners))}",
        _ => $"Roadmap for {_year}-{_year + 2} signed with {Name(_partner)}",
    };

    private string Dateline()
    {
        var month = Between(1, 12);
        var day = Between(1, 28);
        return Rng.Next(4) switch
        {
            0 => $"MINSK, {day} {Months[month - 1]} (BelTA) – ",
            1 => $"MOSCOW, {Months[month - 1]} {day} /TASS/ - ",
            2 => $"MINSK, {day} {Months[month - 1]} {_articleYear} (BelTA) — ",
            _ => $"Minsk, {day:00}.{month:00}.{_articleYear} – ",
        };
    }

    private string Money()
    {
        var roll = Rng.Next(12);
        if (roll < 7)
        {
            var m = Chance(0.5) ? Between(5, 990).ToString(Invariant) : Decimal1(5 + Rng.NextDouble() * 900);
            return Rng.Next(7) switch
            {
                0 => $"${m} million",
                1 => $"US${m} million",
                2 => $"USD {m} million",
                3 => $"${m} mln",
                4 => $"{m} million US dollars",
                5 => $"${m}m",
                _ => $"${m} million",
            };
        }
        if (roll < 11)
        {
            var b = Decimal1(1 + Rng.NextDouble() * 4);
            return Rng.Next(5) switch
            {
                0 => $"${b} billion",
                1 => $"USD {b}bn",
                2 => $"US${b} billion",
                3 => $"${b}bn",
                _ => $"{b} billion US dollars",
            };
        }
        return $"${Between(100, 990)},000";
    }

    /// <summary>"reached almost ", "exceeded " (a verb that is itself the hedge takes no other).</summary>
    private string VerbAndHedge()
    {
        var verb = Pick(Verbs);
        return verb is "exceeded" or "topped" or "surpassed" ? verb + " " : $"{verb} {Pick(Qualifiers)}";
    }

    private string Period()
    {
        var y = _year;
        return Rng.Next(14) switch
        {
            0 or 1 => $"in {y}",
            2 => $"in January-{Months[Between(2, 11) - 1]} {y}",
            3 => $"in January–{Months[Between(2, 11) - 1]} {y}",
            4 => $"in the first half of {y}",
            5 => $"in H1 {y}",
            6 => $"in Q{Between(1, 3)} {y}",
            7 => $"in the first quarter of {y}",
            8 => $"in nine months of {y}",
            9 => $"in the first eleven months of {y}",
            10 => $"in {y - 1}-{y}",
            11 => $"in {y - 1} and {y}",
            12 => "last year",
            _ => "in January through May",
        };
    }

    private string Growth()
    {
        var p = Chance(0.5) ? Between(2, 45).ToString(Invariant) : Decimal1(1 + Rng.NextDouble() * 40);
        return Rng.Next(9) switch
        {
            0 => $"up {p}%",
            1 => $"up {p}% year-on-year",
            2 => $"up {p}% over {_year - 1}",
            3 => $"an increase of {p}%",
            4 => $"down {p}%",
            5 => $"a decrease of {p} per cent",
            6 => $"{p}% more than a year earlier",
            7 => $"1.{Between(1, 9)} times more than in {_year - 1}",
            _ => "having doubled",
        };
    }

    private string TradeSentence()
    {
        var r = Name(_partner);
        return Rng.Next(7) switch
        {
            0 => $"Trade between Belarus and {r} {VerbAndHedge()}{Money()} {Period()}, {Growth()}.",
            1 => $"Belarus's trade with {r} {VerbAndHedge()}{Money()} {Period()}, {Pick(Sources)}.",
            2 => $"According to official statistics, the trade turnover between Belarus and {r} {VerbAndHedge()}{Money()} {Period()}.",
            3 => $"In {_year}, mutual trade between Belarus and {r} {VerbAndHedge()}{Money()}, {Growth()}.",
            4 => $"{Name(_oblast)} officials held talks with a delegation from {r}. Trade between Belarus and the region {VerbAndHedge()}{Money()} {Period()}.",
            5 => $"The turnover of goods between Belarus and {r} {VerbAndHedge()}{Money()} {Period()}, {Growth()}, {Pick(Sources)}.",
            _ => $"Belarus and {r} traded goods worth {Pick(Qualifiers)}{Money()} {Period()}.",
        };
    }

    private string FlowSentence() => Rng.Next(4) switch
    {
        0 => $"Belarusian exports to the region came to {Pick(Qualifiers)}{Money()}, and imports from the region to {Pick(Qualifiers)}{Money()}.",
        1 => $"Exports amounted to {Money()} ({Growth()}), imports to {Money()}.",
        2 => $"Belarus exported goods worth {Pick(Qualifiers)}{Money()} to {Name(_partner)} and imported {Money()} worth of products.",
        _ => $"The trade surplus was {Money()}.",
    };

    private string PronounSentence() => Rng.Next(4) switch
    {
        0 => $"Last year, it amounted to {Pick(Qualifiers)}{Money()}.",
        1 => $"In {_year - 1}, the figure stood at {Money()}.",
        2 => $"For the whole of {_year - 1}, the turnover exceeded {Money()}.",
        _ => $"In {_year - 2}, it was {Pick(Qualifiers)}{Money()}, {Growth()}.",
    };

    private string Distractor() => Rng.Next(7) switch
    {
        0 => $"Trade between Belarus and Russia as a whole reached ${Decimal1(38 + Rng.NextDouble() * 18)} billion in {_year - 1}.",
        1 => $"Belarusian companies have invested {Money()} in the region's economy over the past five years.",
        2 => $"The sides aim to reach ${Between(1, 3)} billion in trade by {_year + Between(3, 7)}.",
        3 => $"The region's population is about {Decimal1(0.8 + Rng.NextDouble() * 4)} million people, and its gross regional product grew by {Between(1, 6)}% last year.",
        4 => $"The plant's output reached {Money()} in {_year - 1}.",
        5 => $"The average price of {Pick(Products)} rose by {Between(2, 15)}% in {_year - 1}.",
        _ => $"Russia's total exports grew {Decimal1(1 + Rng.NextDouble() * 9)}% in {_year}, the federal customs service said.",
    };

    private string Meeting()
    {
        var month = Months[Between(1, 12) - 1];
        var day = Between(1, 28);
        var r = Name(_partner);
        return Rng.Next(4) switch
        {
            0 => $"President of Belarus Aleksandr Lukashenko met with Governor of {r} {_governor} in Minsk on {day} {month}. The sides discussed {Pick(Sectors)} and {Pick(Sectors)}.",
            1 => $"{r} Governor {_governor} held talks with Chairman of the {_oblast.NameEn} Executive Committee {Pick(FirstNames)} {Pick(Surnames)} in {(_partner.CitiesEn.Count > 0 ? _partner.CitiesEn[0] : "Moscow")} on {month} {day}.",
            2 => $"Prime Minister of Belarus Roman Golovchenko and Head of {r} {_governor} signed a cooperation roadmap for {_year}-{_year + 2} on {day} {month} {_articleYear}.",
            _ => $"The talks took place in Minsk on {day} {month}, and the sides agreed to hold a business forum in {(_partner.CitiesEn.Count > 0 ? _partner.CitiesEn[0] : "Moscow")} in the autumn.",
        };
    }

    private string EnterpriseSentence()
    {
        var city = _partner.CitiesEn.Count > 0 ? _partner.CitiesEn[0] : "the regional centre";
        return Rng.Next(5) switch
        {
            0 => $"{Pick(Enterprises)} supplies {Pick(Products)} to {Name(_partner)}.",
            1 => $"Belarusian {Pick(Products)} are sold through {Between(3, 40)} branded stores in {city}.",
            2 => $"There are plans to assemble {Pick(Products)} from {Pick(Enterprises)} kits at a plant in {city}.",
            3 => $"The region buys {Pick(Products)} and {Pick(Products)} from Belarus and ships {Pick(Products)} in return.",
            _ => $"A joint venture with {Pick(Enterprises)} has been producing {Pick(Products)} in {city} since {_year - Between(1, 6)}.",
        };
    }

    private string Quote() =>
        $"\"{Pick(Quotes)},\" {_governor} said. \"{Pick(Quotes)}.\"";

    private string OblastSentence() => Rng.Next(3) switch
    {
        0 => $"{Name(_oblast)} accounts for a sizeable share of the total. Last year, it amounted to {Money()}, and in the first nine months of this year the oblast's trade with its Russian neighbour grew by another {Between(2, 20)}%.",
        1 => $"Trade between {Name(_oblast)} and {Name(_partner)} {VerbAndHedge()}{Money()} {Period()}.",
        _ => $"{Name(_oblast)} has cooperation agreements with {Between(5, 40)} Russian regions.",
    };

    private string Filler() => Rng.Next(4) switch
    {
        0 => $"Cooperation in {Pick(Sectors)} is developing as well: this year {Between(20, 400)} students from {Name(_partner)} enrolled at Belarusian universities.",
        1 => $"The programme covers {Pick(Sectors)}, {Pick(Sectors)} and {Pick(Sectors)}, and a working group will meet twice a year.",
        2 => $"The next Forum of Regions of Belarus and Russia will be held in {_articleYear + 1}.",
        _ => $"The delegation visited a farm in {Name(_oblast)} and a plant that makes {Pick(Products)}.",
    };
}
