using Interregio.Domain;
using Interregio.Output;
using Interregio.Tests.Storage.Fixtures;

namespace Interregio.Tests.Storage;

/// <summary>The contract JSON read back into facts: the inverse of FactJson, and a refusal naming the field.</summary>
public class FactJsonReaderTests
{
    [Fact]
    public void Every_fact_type_reads_back_to_the_same_json()
    {
        var (_, facts) = StoredFacts.EveryType("every.txt");
        foreach (var fact in facts)
        {
            var json = FactJson.ToJson(fact);
            var read = FactJsonReader.Read(json);
            Assert.Equal(fact.GetType(), read.GetType());
            Assert.Equal(json, FactJson.ToJson(read));
            Assert.Equal(fact.Source, read.Source);
            Assert.Equal(fact.Sources, read.Sources);
            Assert.Equal(fact.Sectors, read.Sectors);
        }
    }

    [Fact]
    public void A_trade_line_reads_into_validated_values()
    {
        const string line = """{"type":"trade","doc":"a.txt","reporter":"BY","partner":"RU-PNZ","flow":"export","period":{"from":"2025-01","to":"2025-05"},"value":{"amount":152000000,"currency":"USD","qualifier":"over"},"growth_pct":-4.5,"quote":"Q","start":3,"end":4}""";

        var t = Assert.IsType<TradeFact>(FactJsonReader.Read(line));

        Assert.Equal((RegionCode.Parse("BY"), RegionCode.Parse("RU-PNZ"), TradeFlow.Export), (t.Reporter, t.Partner, t.Flow));
        Assert.Equal(Period.Of(2025, 1, 2025, 5), t.Period);
        Assert.Equal(Money.Of(152_000_000m, Currency.USD), t.Value);
        Assert.Equal((Qualifier.Over, -4.5m), (t.Qualifier, t.GrowthPct));
        Assert.Equal(new Provenance("a.txt", "Q", 3, 4), t.Source);
    }

    [Fact]
    public void Gold_lines_without_offsets_read_with_offsets_unknown()
    {
        const string line = """{"type":"meeting","doc":"a.txt","date":"2024-03-14","partner":"RU-PNZ","participants":[{"name":"A B","role":"Governor"}],"quote":"Q","optional":true}""";

        var m = Assert.IsType<MeetingFact>(FactJsonReader.Read(line));

        Assert.Equal((-1, -1), (m.Source.Start, m.Source.End));
        Assert.Null(m.Place);
        Assert.Equal("Governor", Assert.Single(m.Participants).Role);
    }

    /// <summary>A line that is not a fact, and the words its one-line reason must contain.</summary>
    public static TheoryData<string, string> BadLines => new()
    {
        { "not json", "not JSON" },
        { "[1,2]", "JSON object" },
        { """{"doc":"a.txt","quote":"Q"}""", "'type' is missing" },
        { """{"type":"rumour","doc":"a.txt","quote":"Q"}""", "'rumour'" },
        { """{"type":"sector","name":"x","quote":"Q"}""", "'doc' is missing" },
        { """{"type":"trade","doc":"a","reporter":"BY","partner":"RU-XXX","flow":"export","period":{"from":"2024-01","to":"2024-12"},"value":{"amount":1,"currency":"USD","qualifier":"exact"},"quote":"Q"}""", "'partner': 'RU-XXX'" },
        { """{"type":"trade","doc":"a","reporter":"BY","partner":"RU-PNZ","flow":"barter","period":{"from":"2024-01","to":"2024-12"},"value":{"amount":1,"currency":"USD","qualifier":"exact"},"quote":"Q"}""", "'flow'" },
        { """{"type":"trade","doc":"a","reporter":"BY","partner":"RU-PNZ","flow":"export","period":{"from":"2024-12","to":"2024-01"},"value":{"amount":1,"currency":"USD","qualifier":"exact"},"quote":"Q"}""", "'period'" },
        { """{"type":"trade","doc":"a","reporter":"BY","partner":"RU-PNZ","flow":"export","period":{"from":"2024-01","to":"2024-12"},"value":{"amount":1,"currency":"XYZ","qualifier":"exact"},"quote":"Q"}""", "'value.currency'" },
        { """{"type":"trade","doc":"a","reporter":"BY","partner":"RU-PNZ","flow":"export","period":{"from":"2024-01","to":"2024-12"},"value":{"amount":-5,"currency":"USD","qualifier":"exact"},"quote":"Q"}""", "'value.amount'" },
        { """{"type":"trade","doc":"a","reporter":"BY","partner":"RU-PNZ","flow":"export","period":{"from":"2024-01","to":"2024-12"},"value":{"amount":1,"currency":"USD","qualifier":"maybe"},"quote":"Q"}""", "'value.qualifier'" },
        { """{"type":"meeting","doc":"a","date":"14 March","partner":"RU-PNZ","quote":"Q"}""", "'date'" },
        { """{"type":"proposal","doc":"a","topic":"t","status":"dreamt","partner":"RU-PNZ","quote":"Q"}""", "'status'" },
        { """{"type":"outlets","doc":"a","owner":"o","count":"eight","qualifier":"exact","kind":"k","partner":"RU-PNZ","quote":"Q"}""", "'count'" },
        { """{"type":"product","doc":"a","name":"butter","hs":"0405","flow":"export","partner":"RU-PNZ","quote":"Q"}""", "'hs'" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void A_line_that_is_not_a_fact_is_refused_with_its_field(string line, string expected)
    {
        Assert.False(FactJsonReader.TryRead(line, out var fact, out var problem));
        Assert.Null(fact);
        Assert.Contains(expected, problem);
        Assert.DoesNotContain('\n', problem!);
        Assert.Throws<FormatException>(() => FactJsonReader.Read(line));
    }

    [Fact]
    public void Reading_lines_numbers_them_and_goes_on_after_a_bad_one()
    {
        var sector = FactJson.ToJson(new SectorFact(new Provenance("a.txt", "Q", 0, 1), "retail", default));
        var text = $"{sector}\n\nnot json\n{sector}\n";

        var lines = FactJsonReader.ReadLines(new StringReader(text)).ToList();

        Assert.Equal([1, 3, 4], lines.Select(l => l.Line));
        Assert.Equal([true, false, true], lines.Select(l => l.Success));
    }

    [Fact]
    public void Every_expected_fact_of_the_sample_corpus_reads()
    {
        var expected = Path.Combine(Repository.Root, "samples", "expected");
        var files = Directory.GetFiles(expected, "*.jsonl");
        Assert.NotEmpty(files);
        var read = 0;
        foreach (var file in files)
        {
            using var reader = File.OpenText(file);
            foreach (var line in FactJsonReader.ReadLines(reader))
            {
                Assert.True(line.Success, $"{Path.GetFileName(file)}:{line.Line}: {line.Problem}");
                Assert.Equal(Path.GetFileNameWithoutExtension(file), Path.GetFileNameWithoutExtension(line.Fact!.Doc));
                read++;
            }
        }
        Assert.True(read > 100, $"only {read} facts in samples/expected");
    }
}
