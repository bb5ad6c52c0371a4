using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Interregio.Domain;
using Interregio.Export;
using Interregio.Output;
using Parquet.Schema;

namespace Interregio.Tests.Export;

/// <summary>Each export format read back by an independent reader, every value compared with the facts written.</summary>
public class ExportRoundTripTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Parquet_read_back_column_by_column_holds_every_value()
    {
        var facts = ExportSamples.All;
        var table = await WriteAndReadParquet(facts);
        Assert.Equal(facts.Length, table.RowCount);
        for (var i = 0; i < facts.Length; i++)
            AssertRow(facts[i], name => table[name, i], parquet: true);
    }

    [Fact]
    public async Task Parquet_columns_are_typed_dates_decimals_and_integers()
    {
        var table = await WriteAndReadParquet(ExportSamples.All);
        var fields = table.Schema.GetDataFields().ToDictionary(f => f.Path.ToString());
        foreach (var date in new[] { "period_from", "period_to", "date" })
            Assert.Equal(DateTimeFormat.Date, Assert.IsType<DateTimeDataField>(fields[date]).DateTimeFormat);
        var amount = Assert.IsType<DecimalDataField>(fields["amount"]);
        Assert.Equal((18, 2), (amount.Precision, amount.Scale));
        Assert.Equal(typeof(int), fields["count"].ClrType);
        Assert.Equal(typeof(int), fields["start"].ClrType);
        Assert.False(fields["quote"].IsNullable);
        Assert.Equal(1, fields["hs/list/element"].MaxRepetitionLevel);
    }

    [Fact]
    public async Task Parquet_streams_in_row_groups_and_keeps_every_value()
    {
        const int count = 2_507;
        var facts = ExportSamples.ManyTrade(count).ToList();
        using var buffer = new MemoryStream();
        await FactExporter.WriteParquetAsync(facts, buffer, Cancel, rowGroupSize: 1_000);
        buffer.Position = 0;
        var table = await ParquetTable.ReadAsync(buffer);
        Assert.Equal(3, table.RowGroups);
        Assert.Equal(count, table.RowCount);
        for (var i = 0; i < count; i++)
        {
            var t = (TradeFact)facts[i];
            Assert.Equal(t.Value.Amount, table["amount", i]);
            Assert.Equal(t.GrowthPct, (decimal?)table["growth_pct", i]);
            Assert.Equal(t.Qualifier.ToContract(), table["qualifier", i]);
            Assert.Equal(t.Doc, table["doc", i]);
            Assert.Equal(t.Source.Start, table["start", i]);
        }
    }

    [Fact]
    public async Task Parquet_to_a_pipe_goes_through_a_temporary_file()
    {
        using var pipe = new NonSeekableStream();
        await FactExporter.WriteAsync(ExportSamples.All, ExportFormat.Parquet, pipe, cancellationToken: Cancel);
        var table = await ParquetTable.ReadAsync(new MemoryStream(pipe.Written.ToArray()));
        Assert.Equal(ExportSamples.All.Length, table.RowCount);
    }

    [Fact]
    public async Task An_empty_parquet_export_is_a_valid_file_with_the_schema()
    {
        var table = await WriteAndReadParquet([]);
        Assert.Contains(table.Schema.GetDataFields(), f => f.Name == "amount");
        Assert.Empty(table.Columns["type"]);
    }

    [Fact]
    public async Task Csv_read_back_with_CsvHelper_holds_every_value()
    {
        var facts = ExportSamples.All;
        var bytes = await Write(facts, ExportFormat.Csv);
        using var csv = CsvHelper.CsvReader.Create(bytes, CsvReaderOptions.Default with { Separator = ',' });
        var rows = 0;
        while (csv.Read())
        {
            var fact = facts[rows++];
            // CSV has one empty value for null and the empty string; no exported field is ever an empty string.
            AssertRow(fact, name => csv.GetStringOrNull(name) is { Length: > 0 } s ? s : null, parquet: false);
        }
        Assert.Equal(facts.Length, rows);
        Assert.Equal(FactColumns.All.Select(c => c.Name), csv.Headers);
    }

    [Fact]
    public async Task Csv_quotes_only_what_RFC_4180_requires_and_ends_records_with_CRLF()
    {
        var text = Encoding.UTF8.GetString(await Write(ExportSamples.All.Take(2), ExportFormat.Csv));
        var lines = text.Split("\r\n");
        Assert.StartsWith("type,doc,reporter,partner,flow,period_from,period_to,amount,currency,qualifier,growth_pct,", lines[0]);
        Assert.StartsWith("trade,en_01.txt,BY,RU-PNZ,turnover,2024-01,2024-12,152000000,USD,exact,10,", lines[1]);
        // The quote with a comma, doubled quotes and a line break inside one quoted field.
        Assert.Contains("\"Товарооборот за январь–май 2025 года составил \"\"около\"\" 1,5 млрд рублей,\r\nснизившись на 12,5%.\"", text);
        Assert.Contains(",1500000000.25,RUB,approx,-12.5,", text);
        Assert.False(text.StartsWith('\uFEFF'));
    }

    [Fact]
    public async Task Csv_of_one_type_has_only_that_types_columns()
    {
        var bytes = await Write(ExportSamples.All.OfType<TradeFact>(), ExportFormat.Csv, [FactType.Trade]);
        var header = Encoding.UTF8.GetString(bytes).Split("\r\n")[0];
        Assert.Equal("type,doc,reporter,partner,flow,period_from,period_to,amount,currency,qualifier,growth_pct,quote,start,end,sources,sectors", header);
    }

    [Fact]
    public async Task Json_lines_are_the_contract_writer_line_for_line()
    {
        var facts = ExportSamples.All;
        var text = Encoding.UTF8.GetString(await Write(facts, ExportFormat.JsonLines));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(facts.Select(FactJson.ToJson), lines);
        for (var i = 0; i < facts.Length; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            AssertRow(facts[i], name => Json(doc.RootElement, name), parquet: false);
        }
    }

    /// <summary>Compares a read-back row with the fact field by field, in the fact's own terms, not via the export's row type.</summary>
    private static void AssertRow(Fact fact, Func<string, object?> get, bool parquet)
    {
        string? Text(string name) => get(name)?.ToString();
        decimal? Number(string name) => get(name) switch
        {
            null => null,
            decimal d => d,
            string s => decimal.Parse(s, CultureInfo.InvariantCulture),
            var o => Convert.ToDecimal(o, CultureInfo.InvariantCulture),
        };
        IReadOnlyList<string>? Strings(string name) => get(name) switch
        {
            null => null,
            List<object?> l => l.Select(x => (string)x!).ToList(),
            string s => JsonSerializer.Deserialize<List<string>>(s),
            var o => throw new InvalidOperationException(o.GetType().ToString()),
        };
        string Month(string name) => get(name) switch
        {
            DateOnly d => d.ToString(name == "period_to" ? "yyyy-MM-dd" : "yyyy-MM", CultureInfo.InvariantCulture),
            var o => o!.ToString()!,
        };

        Assert.Equal(fact.Type.ToContract(), Text("type"));
        Assert.Equal(fact.Doc, Text("doc"));
        Assert.Equal(fact.Quote, Text("quote"));
        Assert.Equal(fact.Source.Start, (int)Number("start")!);
        Assert.Equal(fact.Source.End, (int)Number("end")!);
        Assert.Equal(fact.Sources.Count > 0 ? fact.Sources : null, Strings("sources"));
        Assert.Equal(fact.Sectors.Count > 0 ? fact.Sectors : null, Strings("sectors"));
        switch (fact)
        {
            case TradeFact t:
                Assert.Equal(t.Reporter.Code, Text("reporter"));
                Assert.Equal(t.Partner.Code, Text("partner"));
                Assert.Equal(t.Flow.ToContract(), Text("flow"));
                Assert.Equal(t.Period.FromText, Month("period_from"));
                // Parquet writes the last day of the last month; text formats the month.
                var lastDay = DateTime.DaysInMonth(t.Period.ToYear, t.Period.ToMonth);
                Assert.Equal(parquet ? $"{t.Period.ToText}-{lastDay:D2}" : t.Period.ToText, Month("period_to"));
                Assert.Equal(t.Value.Amount, Number("amount"));
                Assert.Equal(t.Value.Currency.ToString(), Text("currency"));
                Assert.Equal(t.Qualifier.ToContract(), Text("qualifier"));
                Assert.Equal(t.GrowthPct, Number("growth_pct"));
                break;
            case MeetingFact m:
                Assert.Equal(m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), get("date") is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Text("date"));
                Assert.Equal(m.Place, Text("place"));
                Assert.Equal(m.Partner.Code, Text("partner"));
                if (parquet)
                {
                    Assert.Equal(m.Participants.Select(p => p.Name), ((List<object?>)get("participants/list/element/name")!).Cast<string>());
                    Assert.Equal(m.Participants.Select(p => p.Role), ((List<object?>)get("participants/list/element/role")!).Cast<string>());
                }
                else
                {
                    var participants = get("participants") is string s
                        ? JsonSerializer.Deserialize<List<Participant>>(s, new JsonSerializerOptions(JsonSerializerDefaults.Web))!
                        : ((JsonElement)get("participants")!).Deserialize<List<Participant>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
                    Assert.Equal(m.Participants, participants);
                }
                break;
            case EnterpriseFact e:
                Assert.Equal(e.Name, Text("name"));
                Assert.Equal(e.Country, Text("country"));
                Assert.Equal(e.CanonicalId, Text("id"));
                Assert.Equal(e.Aliases.Count > 0 ? e.Aliases : null, Strings("aliases"));
                Assert.Equal(e.Partner.IsDefault ? null : e.Partner.Code, Text("partner"));
                break;
            case ProductFact p:
                Assert.Equal(p.Name, Text("name"));
                Assert.Equal(p.Hs, Strings("hs"));
                Assert.Equal(p.Flow.ToContract(), Text("flow"));
                Assert.Equal(p.Partner.Code, Text("partner"));
                break;
            case OutletsFact o:
                Assert.Equal(o.Owner, Text("owner"));
                Assert.Equal(o.Count, (int?)Number("count"));
                Assert.Equal(o.Qualifier.ToContract(), Text("qualifier"));
                Assert.Equal(o.Kind, Text("kind"));
                Assert.Equal(o.Partner.Code, Text("partner"));
                break;
            case ProposalFact pr:
                Assert.Equal(pr.Topic, Text("topic"));
                Assert.Equal(pr.Status.ToContract(), Text("status"));
                break;
            case SectorFact s:
                Assert.Equal(s.Name, Text("name"));
                Assert.Equal(s.Partner.Code, Text("partner"));
                break;
            case TargetFact tg:
                Assert.Equal(tg.Value.Amount, Number("amount"));
                Assert.Equal(tg.Value.Currency.ToString(), Text("currency"));
                Assert.Equal(tg.ByYear, (int?)Number("by_year"));
                break;
            default:
                Assert.Fail($"no check for {fact.Type}");
                break;
        }
    }

    /// <summary>The contract's JSON, read by the field names the CSV and Parquet columns use.</summary>
    private static object? Json(JsonElement root, string name)
    {
        JsonElement e;
        var found = name switch
        {
            "period_from" => root.TryGetProperty("period", out e) && e.TryGetProperty("from", out e),
            "period_to" => root.TryGetProperty("period", out e) && e.TryGetProperty("to", out e),
            "amount" or "currency" or "qualifier" when root.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Object
                => v.TryGetProperty(name, out e),
            _ => root.TryGetProperty(name, out e),
        };
        if (!found)
            return null;
        return e.ValueKind switch
        {
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Number => e.GetDecimal(),
            JsonValueKind.Array when name == "participants" => e.Clone(),
            JsonValueKind.Array => e.EnumerateArray().Select(x => (object?)x.GetString()).ToList(),
            _ => e.ToString(),
        };
    }

    private static async Task<byte[]> Write(IEnumerable<Fact> facts, ExportFormat format, IReadOnlyCollection<FactType>? types = null)
    {
        using var buffer = new MemoryStream();
        await FactExporter.WriteAsync(facts, format, buffer, types, Cancel);
        return buffer.ToArray();
    }

    private static async Task<ParquetTable> WriteAndReadParquet(IEnumerable<Fact> facts) =>
        await ParquetTable.ReadAsync(new MemoryStream(await Write(facts, ExportFormat.Parquet)));

    /// <summary>Standard output or an HTTP response body: written forward only.</summary>
    private sealed class NonSeekableStream : Stream
    {
        public MemoryStream Written { get; } = new();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);
    }
}
