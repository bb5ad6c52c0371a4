using System.Text;
using Interregio.Domain;
using Interregio.Storage;
using Interregio.Storage.Sqlite;

namespace Interregio.Web.Tests;

/// <summary>
/// A temporary SQLite fact base with documents written for these tests: two reports that disagree on Penza's 2024
/// turnover, a third that states 2023, a Smolensk report, and a page whose text holds markup.
/// </summary>
public sealed class SeededDatabase : IAsyncDisposable
{
    public const string HtmlDocument = "markup_page.html";

    /// <summary>Text that would run as script if a page ever inserted it as HTML.</summary>
    public const string Markup = "<script>alert('x')</script><b onmouseover=\"steal()\">bold</b> & more";

    private SeededDatabase(string path) => Path = path;

    public string Path { get; }

    public static async Task<SeededDatabase> CreateAsync()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"interregio-web-{Guid.NewGuid():N}.db");
        await using var store = await SqliteFactStore.OpenAsync(path);
        await store.WriteBatchAsync(
        [
            Document("penza_march.txt", new DateOnly(2025, 3, 1),
                ("Trade between Belarus and Penza Oblast reached $152 million in 2024, up 10% year-on-year.",
                    d => Trade(d, "RU-PNZ", 2024, 152_000_000m, Qualifier.Exact, 10m)),
                ("Aleksandr Lukashenko met with Governor Oleg Melnichenko in Minsk on 28 February 2025.",
                    d => new MeetingFact(d, new DateOnly(2025, 2, 28), "Minsk", Region("RU-PNZ"),
                        [new Participant("Aleksandr Lukashenko", "President of Belarus"), new Participant("Oleg Melnichenko", "Governor of Penza Oblast")])),
                ("The region buys Belarusian butter and cheese.",
                    d => new ProductFact(d, "butter", ["0405"], TradeFlow.Export, Region("RU-PNZ")))),
            Document("penza_january.txt", new DateOnly(2025, 1, 10),
                ("Preliminary figures put trade with Penza Oblast at $140 million in 2024.",
                    d => Trade(d, "RU-PNZ", 2024, 140_000_000m, Qualifier.Exact, null))),
            Document("penza_2024.txt", new DateOnly(2024, 2, 5),
                ("In 2023, trade between Belarus and Penza Oblast amounted to $138 million.",
                    d => Trade(d, "RU-PNZ", 2023, 138_000_000m, Qualifier.Exact, null)),
                ("MAZ supplies buses to Penza.",
                    d => new EnterpriseFact(d, "MAZ", "BY", "maz", [], Region("RU-PNZ")))),
            Document("smolensk.txt", new DateOnly(2025, 4, 2),
                ("Trade between Belarus and Smolensk Oblast reached $1.62 billion in 2024.",
                    d => Trade(d, "RU-SMO", 2024, 1_620_000_000m, Qualifier.Exact, 4m))),
            Document(HtmlDocument, new DateOnly(2025, 5, 5),
                ($"A reader wrote {Markup} about Smolensk, where trade exceeded $1 billion in January-May 2025.",
                    d => new TradeFact(d, Region("BY"), Region("RU-SMO"), TradeFlow.Turnover, Period.Of(2025, 1, 2025, 5),
                        Money.Of(1_000_000_000m, Currency.USD), Qualifier.Over, null))),
        ]);
        return new SeededDatabase(path);
    }

    public static RegionCode Region(string code) => RegionCode.Parse(code);

    private static TradeFact Trade(Provenance at, string partner, int year, decimal amount, Qualifier qualifier, decimal? growth) =>
        new(at, Region("BY"), Region(partner), TradeFlow.Turnover, Period.Year(year), Money.Of(amount, Currency.USD), qualifier, growth);

    /// <summary>A document whose text is its sentences, one a line; each fact's quote is its sentence with true offsets.</summary>
    private static DocumentRecord Document(string name, DateOnly date, params (string Sentence, Func<Provenance, Fact> Fact)[] sentences)
    {
        var text = new StringBuilder($"MINSK, {date:d MMMM} (BelTA) -\n");
        var facts = new List<Fact>();
        foreach (var (sentence, make) in sentences)
        {
            var start = text.Length;
            text.Append(sentence).Append('\n');
            facts.Add(make(new Provenance(name, sentence, start, start + sentence.Length)));
        }
        var body = text.ToString();
        return new DocumentRecord(name, DocumentRecord.HashOf(body), body, facts) { ReferenceDate = date, Language = "en" };
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Path + suffix);
        return ValueTask.CompletedTask;
    }
}
