namespace Interregio.Tests.Storage.Fixtures;

/// <summary>
/// One story in three outlets' copies, and two other stories about the same region (Pskov Oblast), written for these
/// tests in the agency style: the people and places are real, the meetings and figures invented.
/// </summary>
public static class StoryArticles
{
    /// <summary>The agency's report: BelTA dateline, navigation, currency ticker and a "Recent news" box.</summary>
    public const string AgencyCopy = """
        Home | President | Government | Economy | Regions | Union State
        USD 3.1590 | EUR 3.3712 | RUB (100) 3.2854

        Golovchenko, Vedernikov agree on flax, combines and a border logistics hub

        PSKOV, 22 September (BelTA) – Belarus and Pskov Oblast intend to expand deliveries of agricultural machinery and build a logistics hub near the border, Prime Minister of Belarus Roman Golovchenko said at a meeting with Governor of Pskov Oblast Mikhail Vedernikov in Pskov on 22 September 2023.
        "Pskov Oblast is our close neighbour, and every kilometre of the border should work for trade," the prime minister said.
        In 2022, trade between Belarus and Pskov Oblast reached $318.4 million, up 17% year-on-year. Belarusian exports amounted to $241 million. In January-July 2023, the turnover exceeded $205 million.
        Gomselmash supplies combine harvesters to the farms of the region, while Pskov flax growers ship fibre to Belarusian linen mills in Orsha.
        Mikhail Vedernikov said the region wanted to buy Belarusian road machinery and to set up joint production of flax products. The sides agreed to prepare a roadmap of cooperation by the end of the year.

        Recent news
        Vitebsk Oblast to supply 40 buses to Smolensk
        Trade with Tver Oblast grows 9% in seven months

        """;

    /// <summary>A regional paper's reprint: its masthead and dateline, the first line rewritten, a sentence moved, its own closing lines.</summary>
    public const string PaperCopy = """
        PSKOV PROVINCE NEWS · Economy · Saturday, 23 September 2023

        Belarusian premier visits Pskov: combines, flax and a logistics hub

        Pskov, 23 September 2023. Pskov Oblast and Belarus intend to expand deliveries of agricultural machinery and build a logistics hub near the border, Prime Minister of Belarus Roman Golovchenko said at a meeting with Governor of Pskov Oblast Mikhail Vedernikov in Pskov on 22 September 2023.
        "Pskov Oblast is our close neighbour, and every kilometre of the border should work for trade," the prime minister said.
        In 2022, trade between Belarus and Pskov Oblast reached $318.4 million, up 17% year-on-year. In January-July 2023, the turnover exceeded $205 million. Belarusian exports amounted to $241 million last year.
        Gomselmash supplies combine harvesters to the farms of the region, while Pskov flax growers ship fibre to Belarusian linen mills in Orsha.
        Mikhail Vedernikov said the region wanted to buy Belarusian road machinery and to set up joint production of flax products. The sides agreed to prepare a roadmap of cooperation by the end of the year.
        The Belarusian delegation will visit the Pskov special economic zone on Saturday.

        Share: VK | OK | Telegram

        """;

    /// <summary>The regional government's version: breadcrumbs, a date line, the first sentence told from the governor's side, paragraphs swapped.</summary>
    public const string GovernmentCopy = """
        Pskov Oblast Administration > Press centre > News

        Mikhail Vedernikov and Roman Golovchenko discussed combines, flax and a logistics hub

        22 September 2023

        Governor of Pskov Oblast Mikhail Vedernikov met with Prime Minister of Belarus Roman Golovchenko in Pskov on 22 September 2023; the sides intend to expand deliveries of agricultural machinery and build a logistics hub near the border.
        In 2022, trade between Belarus and Pskov Oblast reached $318.4 million, up 17% year-on-year. Belarusian exports amounted to $241 million. In January-July 2023, the turnover exceeded $205 million.
        "Pskov Oblast is our close neighbour, and every kilometre of the border should work for trade," the prime minister said.
        Mikhail Vedernikov said the region wanted to buy Belarusian road machinery and to set up joint production of flax products. The sides agreed to prepare a roadmap of cooperation by the end of the year.
        Gomselmash supplies combine harvesters to the farms of the region, while Pskov flax growers ship fibre to Belarusian linen mills in Orsha.

        © Pskov Oblast Administration, 2023

        """;

    /// <summary>Another story about the same region: a Vitebsk Oblast meeting in 2021 with its own figure.</summary>
    public const string VitebskStory = """
        VITEBSK, 14 April (BelTA) – Vitebsk Oblast and Pskov Oblast will open a second truck checkpoint on their border and build a joint dairy plant, Chairman of the Vitebsk Oblast Executive Committee Aleksandr Subbotin said at a meeting with a delegation of Pskov Oblast in Vitebsk on 14 April 2021.
        In 2020, trade between Belarus and Pskov Oblast amounted to $262.7 million, down 4% on 2019. Vitebsk Oblast accounts for more than half of it.
        Vitebsk dairies sell cheese and butter in Pskov, and Pskov sawmills supply timber to Belarusian furniture makers. The sides discussed a joint tourist route along the Western Dvina and the Velikaya.

        """;

    /// <summary>A third story about the region, restating the 2022 figure of the copies: a second confirmation, not a copy.</summary>
    public const string StoresStory = """
        MINSK, 3 March (BelTA) – Belarusian dairy producers have opened twelve branded stores in Pskov Oblast over the past year, Deputy Minister of Agriculture and Food Viktor Kuchinsky said in Minsk on 3 March 2024.
        According to him, Savushkin Product and Babushkina Krynka now sell their milk products in Pskov, Velikiye Luki and Ostrov. In 2022, trade between Belarus and Pskov Oblast reached $318.4 million, and last year it grew by another 6%.
        The ministry expects Belarusian food exports to the region to keep growing as new logistics routes open.

        """;

    public const string AgencyName = "pskov_a_agency.txt";
    public const string PaperName = "pskov_b_paper.txt";
    public const string GovernmentName = "pskov_c_government.txt";
    public const string VitebskName = "pskov_d_vitebsk.txt";
    public const string StoresName = "pskov_e_stores.txt";

    /// <summary>File name and text of each, the three copies first.</summary>
    public static readonly IReadOnlyList<(string Name, string Text)> All =
    [
        (AgencyName, AgencyCopy),
        (PaperName, PaperCopy),
        (GovernmentName, GovernmentCopy),
        (VitebskName, VitebskStory),
        (StoresName, StoresStory),
    ];

    public static readonly string[] Copies = [AgencyName, PaperName, GovernmentName];

    public static void WriteTo(string folder, IEnumerable<(string Name, string Text)>? articles = null)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in articles ?? All)
            File.WriteAllText(Path.Combine(folder, name), text);
    }
}
