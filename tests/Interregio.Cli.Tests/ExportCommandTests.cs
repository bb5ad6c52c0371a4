using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Interregio.Domain;
using Interregio.Output;
using Interregio.Storage;
using Interregio.Tests.Export;
using Interregio.Tests.Storage.Fixtures;

namespace Interregio.Cli.Tests;

/// <summary>
/// interregio export run as a child process over an ingested database; each format read back by an independent
/// reader (CsvHelper, Parquet.Net's column reader, the contract's JSON reader) and compared with the stored facts.
/// </summary>
public sealed class ExportCommandTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new("interregio-export");
    private List<Fact> _stored = [];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var r = await Run("ingest", StorageArticles.WriteTo(_folder["articles"]));
        Assert.True(r.ExitCode == 0, r.ToString());
        // The reference: the facts as the store gives them back, read in the order every export writes them.
        await using var store = await FactDatabase.OpenAsync(_folder["interregio.db"], create: false, Cancel);
        await foreach (var f in store.QueryFactsAsync(FactQuery.All, Cancel))
            _stored.Add(f);
        Assert.True(_stored.Count >= 10, $"{_stored.Count} facts stored");
        Assert.Contains(_stored, f => f is TradeFact);
        Assert.Contains(_stored, f => f is MeetingFact);
    }

    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }

    private Task<CliResult> Run(params string[] args) => CliProcess.RunAsync(_folder.Path, args);

    [Fact]
    public async Task Jsonl_to_stdout_reads_back_as_the_stored_facts()
    {
        var r = await Run("export", "--format", "jsonl");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("", r.Stderr);
        var lines = r.StdoutLines;
        Assert.Equal(_stored.Count, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var read = FactJsonReader.Read(lines[i]);
            Assert.Equal(FactJson.ToJson(_stored[i]), FactJson.ToJson(read));
            Assert.Equal(_stored[i].Quote, read.Quote);
            Assert.Equal(_stored[i].Source, read.Source);
        }
    }

    [Fact]
    public async Task Csv_to_a_file_reads_back_with_CsvHelper_value_for_value()
    {
        var r = await Run("export", "--format", "csv", "--out", "facts.csv");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("", r.Stdout);
        Assert.StartsWith("interregio: wrote facts.csv (", Assert.Single(r.StderrLines));
        Assert.False(File.Exists(_folder["facts.csv.partial"]));

        using var csv = CsvReader.Create(await File.ReadAllBytesAsync(_folder["facts.csv"], Cancel), CsvReaderOptions.Default with { Separator = ',' });
        var row = 0;
        while (csv.Read())
        {
            var fact = _stored[row++];
            AssertCommon(fact, name => csv.GetStringOrNull(name) is { Length: > 0 } s ? s : null);
            if (fact is TradeFact t)
            {
                Assert.Equal(t.Period.FromText, csv.GetStringOrNull("period_from"));
                Assert.Equal(t.Period.ToText, csv.GetStringOrNull("period_to"));
            }
            if (fact is MeetingFact m)
            {
                Assert.Equal(m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), csv.GetStringOrNull("date"));
                var participants = JsonSerializer.Deserialize<List<Participant>>(csv.GetStringOrNull("participants")!, new JsonSerializerOptions(JsonSerializerDefaults.Web));
                Assert.Equal(m.Participants, participants);
            }
        }
        Assert.Equal(_stored.Count, row);
    }

    [Fact]
    public async Task Parquet_needs_out_and_reads_back_typed_value_for_value()
    {
        var refused = await Run("export", "--format", "parquet");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("", refused.Stdout);
        Assert.Equal("interregio: --format parquet needs --out FILE (Parquet is binary and is not written to stdout)", Assert.Single(refused.StderrLines));

        var r = await Run("export", "--format", "parquet", "--out", "facts.parquet");
        Assert.True(r.ExitCode == 0, r.ToString());
        await using var file = File.OpenRead(_folder["facts.parquet"]);
        var table = await ParquetTable.ReadAsync(file);
        Assert.Equal(_stored.Count, table.RowCount);
        for (var i = 0; i < _stored.Count; i++)
        {
            var row = i;
            var fact = _stored[i];
            AssertCommon(fact, name => table[name, row]);
            if (fact is TradeFact t)
            {
                // Typed: the period's first day and last day as dates, the amount as a decimal.
                Assert.Equal(new DateOnly(t.Period.FromYear, t.Period.FromMonth, 1), table["period_from", row]);
                Assert.Equal(new DateOnly(t.Period.ToYear, t.Period.ToMonth, DateTime.DaysInMonth(t.Period.ToYear, t.Period.ToMonth)), table["period_to", row]);
                Assert.IsType<decimal>(table["amount", row]);
            }
            if (fact is MeetingFact m)
            {
                Assert.Equal(m.Date, table["date", row]);
                Assert.Equal(m.Participants.Select(p => p.Name), ((List<object?>)table["participants/list/element/name", row]!).Cast<string>());
            }
        }
    }

    [Fact]
    public async Task Type_and_partner_filter_the_export_and_a_one_type_csv_has_only_its_columns()
    {
        var r = await Run("export", "--format", "csv", "--type", "trade", "--partner", "Penza Oblast");
        Assert.True(r.ExitCode == 0, r.ToString());
        var expected = _stored.Where(f => f is TradeFact t && t.Partner.Code == "RU-PNZ").ToList();
        Assert.NotEmpty(expected);
        var lines = r.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("type,doc,reporter,partner,flow,period_from,period_to,amount,currency,qualifier,growth_pct,quote,start,end,sources,sectors", lines[0]);
        Assert.Equal(expected.Count, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("trade,", l));
        Assert.All(lines.Skip(1), l => Assert.Contains(",RU-PNZ,", l));
    }

    [Fact]
    public async Task An_unknown_partner_or_format_is_one_usage_line()
    {
        var partner = await Run("export", "--format", "jsonl", "--partner", "Atlantis");
        Assert.Equal(2, partner.ExitCode);
        Assert.Equal("interregio: --partner 'Atlantis' is not a region code or name the gazetteer knows", Assert.Single(partner.StderrLines));
        var format = await Run("export", "--format", "xlsx");
        Assert.Equal(2, format.ExitCode);
        Assert.StartsWith("interregio: ", Assert.Single(format.StderrLines));
    }

    [Fact]
    public async Task Trade_csv_lists_the_regions_series()
    {
        var r = await Run("trade", "Penza Oblast", "--format", "csv");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var csv = CsvReader.Create(Encoding.UTF8.GetBytes(r.Stdout), CsvReaderOptions.Default with { Separator = ',' });
        var rows = 0;
        while (csv.Read())
            rows++;
        var trade = _stored.OfType<TradeFact>().Where(t => t.Partner.Code == "RU-PNZ").ToList();
        Assert.NotEmpty(trade);
        // One row per (reporter, flow, period, currency): reports of the same figure fold into one.
        Assert.Equal(trade.Select(t => (t.Reporter, t.Flow, t.Period, t.Value.Currency)).Distinct().Count(), rows);
    }

    /// <summary>The fields every fact has, and a trade figure's value, compared in the fact's own terms.</summary>
    private static void AssertCommon(Fact fact, Func<string, object?> get)
    {
        string? Text(string name) => get(name)?.ToString();
        decimal? Number(string name) => get(name) switch
        {
            null => null,
            string s => decimal.Parse(s, CultureInfo.InvariantCulture),
            var o => Convert.ToDecimal(o, CultureInfo.InvariantCulture),
        };
        Assert.Equal(fact.Type.ToContract(), Text("type"));
        Assert.Equal(fact.Doc, Text("doc"));
        Assert.Equal(fact.Quote, Text("quote"));
        Assert.Equal(fact.Source.Start, (int)Number("start")!);
        Assert.Equal(fact.Source.End, (int)Number("end")!);
        if (fact is TradeFact t)
        {
            Assert.Equal(t.Reporter.Code, Text("reporter"));
            Assert.Equal(t.Partner.Code, Text("partner"));
            Assert.Equal(t.Flow.ToContract(), Text("flow"));
            Assert.Equal(t.Value.Amount, Number("amount"));
            Assert.Equal(t.Value.Currency.ToString(), Text("currency"));
            Assert.Equal(t.Qualifier.ToContract(), Text("qualifier"));
            Assert.Equal(t.GrowthPct, Number("growth_pct"));
        }
    }
}
