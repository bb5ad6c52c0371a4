using System.Text;
using Interregio.Input;
using Interregio.Pipeline;

namespace Interregio.Tests.Input;

/// <summary>Corpus exports (JSON Lines, CSV) read record by record; a bad record costs only itself.</summary>
public sealed class CorpusReaderTests
{
    private const string Article = "MINSK, 14 March (Test Agency) – Trade between Belarus and Kirov Oblast amounted to $286.4 million in 2023.";

    private static List<ReadResult> Read(string content, bool csv, CorpusOptions? options = null) =>
        Read(Encoding.UTF8.GetBytes(content), csv, options);

    private static List<ReadResult> Read(byte[] bytes, bool csv, CorpusOptions? options = null) =>
        [.. CorpusReader.Read(new MemoryStream(bytes), csv ? "export.csv" : "export.jsonl", csv, options)];

    [Fact]
    public void Json_lines_give_one_document_per_record_named_by_its_id_with_its_metadata()
    {
        var jsonl = $$"""
            {"id": "belta-1", "url": "https://example.org/1", "title": "Kirov", "published": "2024-03-14T11:20:00+03:00", "text": "{{Article}}"}

            {"id": 42, "html": "<html><body><nav><a href='/'>Home</a></nav><p>{{Article}}</p></body></html>"}
            """;
        var results = Read(jsonl, csv: false);
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(["belta-1", "42"], results.Select(r => r.Document!.Name));
        var first = results[0].Document!;
        Assert.Equal("https://example.org/1", first.Url);
        Assert.Equal("Kirov", first.Title);
        Assert.Equal(new DateOnly(2024, 3, 14), first.PublishedHint);
        Assert.Equal("export.jsonl:1", first.SourcePath);
        Assert.Equal(DocumentFormat.Html, results[1].Document!.Format);
        Assert.DoesNotContain("Home", results[1].Document!.Text);
        Assert.Equal("export.jsonl:3", results[1].Document!.SourcePath);
    }

    [Fact]
    public void Facts_of_a_record_carry_the_record_id_as_doc()
    {
        var results = Read($$"""{"id": "rec-7", "text": "{{Article}}"}""", csv: false);
        var facts = ExtractionPipeline.Default.Extract(results.Single().Document!).Facts;
        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Equal("rec-7", f.Doc));
    }

    [Fact]
    public void A_malformed_record_gives_one_error_naming_the_line_and_the_rest_are_read()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes($$"""{"id": "a", "text": "{{Article}}"}""" + "\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\": \"b\", \"text\": broken\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("[1, 2, 3]\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\": \"c\"}\n"));
        bytes.AddRange([.. Encoding.UTF8.GetBytes("{\"id\": \"d\", \"text\": \"bad \""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}\n")]);
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\": {\"nested\": 1}, \"text\": \"x\"}\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes(new string('[', 200) + new string(']', 200) + "\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes($$"""{"id": "z", "text": "{{Article}}"}""" + "\n"));
        var results = Read([.. bytes], csv: false);
        Assert.Equal(["a", "z"], results.Where(r => r.Document is not null).Select(r => r.Document!.Name));
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!.ToString()).ToList();
        Assert.Equal(6, errors.Count);
        Assert.StartsWith("export.jsonl:2: not a JSON object", errors[0]);
        Assert.Equal("export.jsonl:3: record is a JSON array, not an object", errors[1]);
        Assert.Equal("export.jsonl:4: record c has no 'text' or 'html' (or it is empty)", errors[2]);
        Assert.StartsWith("export.jsonl:5: not valid UTF-8", errors[3]);
        Assert.StartsWith("export.jsonl:6: 'id' is a JSON object", errors[4]);
        Assert.StartsWith("export.jsonl:7: ", errors[5]);
        Assert.All(errors, e => Assert.DoesNotContain('\n', e));
    }

    [Fact]
    public void Csv_with_quoted_multiline_fields_and_field_options()
    {
        var csv = "ID;Headline;Body;Date\r\n"
                  + $"x1;Kirov;\"{Article}\r\nThe sides discussed \"\"forestry\"\" machines.\";2024-03-14\r\n"
                  + "x2;\"broken\"field;text;2024-01-01\r\n"
                  + "x3;only three;fields\r\n"
                  + $"x4;Kirov again;\"{Article}\";\r\n";
        var options = CorpusOptions.Default with { IdField = "id", TextField = "body", TitleField = "headline", PublishedField = "date" };
        var results = Read(csv, csv: true, options);
        var docs = results.Where(r => r.Document is not null).Select(r => r.Document!).ToList();
        Assert.Equal(["x1", "x4"], docs.Select(d => d.Name));
        Assert.Contains("The sides discussed \"forestry\" machines.", docs[0].Text);
        Assert.Equal("Kirov", docs[0].Title);
        Assert.Equal(new DateOnly(2024, 3, 14), docs[0].PublishedHint);
        Assert.Equal("export.csv:6", docs[1].SourcePath);
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!.ToString()).ToList();
        Assert.Equal(["export.csv:4: not a CSV row: field 2 has text after its closing quote", "export.csv:5: row has 3 fields, the header has 4"], errors);
    }

    [Fact]
    public void A_quote_left_open_names_the_lines_it_took_in()
    {
        var csv = $"id,text\nr1,\"{Article}\"\nr2,\"unclosed {Article}\nr3,x,y,z\nr4,\"{Article}\"\n";
        var results = Read(csv, csv: true);
        Assert.Equal("r1", results[0].Document!.Name);
        Assert.Equal("export.csv:3: not a CSV row: field 2 has text after its closing quote (the row runs to line 5: a quote left open takes in the lines after it)", results[1].Error!.ToString());
    }

    [Fact]
    public void A_csv_without_a_text_column_is_one_error_that_names_the_option()
    {
        var results = Read("id,title,content\n1,a,b\n2,c,d\n", csv: true);
        var error = Assert.Single(results).Error;
        Assert.NotNull(error);
        Assert.Contains("--text-field", error.Problem);
        Assert.Contains("id, title, content", error.Problem);
    }

    [Fact]
    public void An_unclosed_quote_costs_its_record_and_later_lines_are_read_again()
    {
        var options = CorpusOptions.Default with { MaxRecordBytes = 4096 };
        var sb = new StringBuilder("id,text\n1,\"never closed\n");
        for (var i = 0; i < 1000; i++)
            sb.Append("filler line ").Append(i).Append('\n');
        sb.Append("2,").Append('"').Append(Article).Append("\"\n");
        var results = Read(sb.ToString(), csv: true, options);
        Assert.Equal("2", Assert.Single(results, r => r.Document is not null).Document!.Name);
        // one line for the record that never ends, one for the lines skipped after it: not a thousand
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!.ToString()).ToList();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("export.csv:2: record is larger than", errors[0]);
        Assert.Matches(@"^export\.csv:2: \d+ more line\(s\) after this oversized record were not records and were skipped$", errors[1]);
    }

    [Fact]
    public void An_oversized_record_is_skipped_without_being_kept_and_the_next_is_read()
    {
        var options = CorpusOptions.Default with { MaxRecordBytes = 1024 * 1024 };
        var huge = "{\"id\": \"huge\", \"text\": \"" + new string('a', 3 * 1024 * 1024) + "\"}\n";
        var results = Read(huge + $$"""{"id": "small", "text": "{{Article}}"}""" + "\n", csv: false, options);
        Assert.Equal("export.jsonl:1: record is larger than 1 MB; skipped", results[0].Error!.ToString());
        Assert.Equal("small", results[1].Document!.Name);
    }

    [Fact]
    public void Utf16_and_empty_corpus_files_are_refused_with_one_line()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"id\":1,\"text\":\"x\"}\n")).ToArray();
        Assert.Contains("UTF-16", Assert.Single(Read(utf16, csv: false)).Error!.Problem);
        Assert.Equal("the corpus file has no records", Assert.Single(Read("\n\n", csv: false)).Error!.Problem);
        Assert.Equal("the CSV file is empty (no header row)", Assert.Single(Read("", csv: true)).Error!.Problem);
    }

    [Fact]
    public void ReadAll_streams_corpus_files_and_reads_plain_files_in_one_sequence()
    {
        var dir = Directory.CreateTempSubdirectory("interregio-corpus-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), Article);
            File.WriteAllText(Path.Combine(dir.FullName, "b.jsonl"), $$"""{"id": "r1", "text": "{{Article}}"}""" + "\n{oops\n" + $$"""{"id": "r2", "text": "{{Article}}"}""" + "\n");
            File.WriteAllText(Path.Combine(dir.FullName, "c.csv"), $"id,text\nq1,\"{Article}\"\n");
            var results = DocumentReader.ReadAll([dir.FullName, Path.Combine(dir.FullName, "missing.txt")]).ToList();
            Assert.Equal(["a.txt", "r1", "r2", "q1"], results.Where(r => r.Document is not null).Select(r => r.Document!.Name));
            Assert.Equal(2, results.Count(r => r.Error is not null));
            Assert.Contains(results, r => r.Error?.Source == Path.Combine(dir.FullName, "b.jsonl") + ":2");
            Assert.Contains("ReadAll", DocumentReader.Read(Path.Combine(dir.FullName, "b.jsonl")).Error!.Problem);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
