using System.Globalization;
using System.Text;

namespace Interregio.Tests.Storage.Fixtures;

/// <summary>
/// Small articles written for these tests in the agency style (the meetings and figures are invented), and the
/// broken inputs ingest must report. Shared with tests/Interregio.Cli.Tests, which links this file.
/// </summary>
public static class StorageArticles
{
    public const string Penza = """
        MINSK, 14 March 2024 (BelTA) – Prime Minister of Belarus Roman Golovchenko met with Governor of Penza Oblast Oleg Melnichenko in Minsk on 14 March to discuss supplies of machinery and food.
        Trade between Belarus and Penza Oblast reached $152 million in 2023, up 10% year-on-year. Belarusian exports came to $118 million, and imports from the region to about $34 million.
        Belarusian companies supply tractors, dairy products and furniture to the region. Bellegprom runs eight branded stores in Penza.
        "We see room for a joint venture assembling municipal vehicles," the governor said.

        """;

    /// <summary>The same article after the agency corrected its figures: same name, new content.</summary>
    public const string PenzaCorrected = """
        MINSK, 14 March 2024 (BelTA) – Prime Minister of Belarus Roman Golovchenko met with Governor of Penza Oblast Oleg Melnichenko in Minsk on 14 March to discuss supplies of machinery and food.
        Trade between Belarus and Penza Oblast reached $163 million in 2023, up 12% year-on-year.

        """;

    public const string Samara = """
        SAMARA, 3 September (BelTA) – A Gomel Oblast delegation led by Chairman of the Gomel Oblast Executive Committee Ivan Krupko held talks with Governor of Samara Oblast Dmitry Azarov in Samara on 3 September 2024.
        In January-June 2024, trade between Belarus and Samara Oblast amounted to nearly $410 million, up 6%. For the whole of 2023, the turnover exceeded $780 million.
        Gomselmash combine harvesters are assembled in the region, and the oblast buys Belarusian milk powder and meat.

        """;

    public const string Kaluga = """
        Минск, 5 апреля 2024 /БЕЛТА/. В 2023 году товарооборот Беларуси с Калужской областью вырос на 12% и составил 480 млн долларов.
        Белорусский экспорт за год превысил 300 млн долларов. Об этом сообщили в посольстве Беларуси в России.
        Калужские предприятия поставляют в Беларусь металлопрокат, а белорусские компании – молочную продукцию и мебель.

        """;

    /// <summary>An agency page: the stored text is its visible text, which the quote offsets refer to.</summary>
    public const string KurskHtml = """
        <!DOCTYPE html>
        <html><head><title>Belarus, Kursk Oblast step up trade</title></head>
        <body>
        <nav>Home | Economy | Regions</nav>
        <article>
        <h1>Belarus, Kursk Oblast step up trade</h1>
        <p>MINSK, 20 May 2024 (BelTA) – Trade between Belarus and Kursk Oblast reached $265 million in 2023, up 8% year-on-year.</p>
        <p>Belarusian exports to the region came to over $190 million.</p>
        </article>
        <footer>&copy; BelTA</footer>
        </body></html>
        """;

    /// <summary>The articles under their file names.</summary>
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["en_penza.txt"] = Penza,
        ["en_samara.txt"] = Samara,
        ["ru_kaluga.txt"] = Kaluga,
        ["en_kursk.html"] = KurskHtml,
    };

    /// <summary>Writes every article into the folder (UTF-8 without BOM) and returns the folder.</summary>
    public static string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in All)
            File.WriteAllText(Path.Combine(folder, name), text, new UTF8Encoding(false));
        return folder;
    }

    /// <summary>
    /// <paramref name="count"/> distinct articles (each with its own figure, so each has its own content hash), for
    /// tests that need many batches.
    /// </summary>
    public static string WriteMany(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var millions = (100 + i).ToString(CultureInfo.InvariantCulture);
            var text = $"""
                MINSK, 14 March 2024 (BelTA) – Trade between Belarus and Penza Oblast reached ${millions} million in 2023, up 10% year-on-year.
                Belarusian exports came to $90 million, and imports from the region to about $34 million.

                """;
            File.WriteAllText(Path.Combine(folder, $"bulk_{i:D4}.txt"), text, new UTF8Encoding(false));
        }
        return folder;
    }

    /// <summary>Inputs DocumentReader refuses, each for its own reason: empty, binary, not UTF-8.</summary>
    public static readonly IReadOnlyDictionary<string, byte[]> Unreadable = new Dictionary<string, byte[]>
    {
        ["empty.txt"] = [],
        ["binary.txt"] = [0x4D, 0x5A, 0x00, 0x00, 0x01, 0x02, 0x03],
        ["latin1.txt"] = Encoding.Latin1.GetBytes("Trade reached $5 million in Görlitz, café."),
    };

    public static void WriteUnreadable(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in Unreadable)
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
    }
}
