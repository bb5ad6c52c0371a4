using System.Text;
using Interregio.Input;
using Interregio.Pipeline;
using Interregio.Pipeline.Stages;

namespace Interregio.Tests.Input;

/// <summary>
/// Bad input gets one clear line naming the file and the problem, and the text that can be read is read whole:
/// byte order marks do not reach the text, and a huge line cannot make a huge sentence.
/// </summary>
public sealed class DocumentReaderTests : IDisposable
{
    private const string Article = "MINSK, 14 March (BelTA) – Trade between Belarus and Kirov Oblast amounted to $286.4 million in 2023.";

    private readonly string _folder = Directory.CreateTempSubdirectory("interregio-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static InputError Refused(ReadResult r)
    {
        Assert.Null(r.Document);
        return Assert.IsType<InputError>(r.Error);
    }

    private static SourceDocument Accepted(ReadResult r)
    {
        Assert.Null(r.Error);
        return Assert.IsType<SourceDocument>(r.Document);
    }

    [Fact]
    public void A_missing_file_is_one_line_naming_it_and_the_other_inputs_are_still_read()
    {
        var missing = Path.Combine(_folder, "no-such-article.txt");
        var good = Write("good.txt", Encoding.UTF8.GetBytes(Article));

        var error = Refused(DocumentReader.Read(missing));
        Assert.Equal(missing, error.Source);
        Assert.StartsWith("cannot read", error.Problem);
        Assert.DoesNotContain('\n', error.ToString());

        var all = DocumentReader.ReadAll([missing, good]).ToList();
        Assert.Equal(2, all.Count);
        Assert.Equal($"{missing}: no such file or folder", all[0].Error?.ToString());
        Assert.Equal("good.txt", Accepted(all[1]).Name);
    }

    [Fact]
    public void A_folder_given_as_a_file_cannot_be_read()
    {
        var error = Refused(DocumentReader.Read(_folder));
        Assert.Equal(_folder, error.Source);
        Assert.StartsWith("cannot read", error.Problem);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var path = Write("empty.txt", []);
        Assert.Equal($"{path}: file is empty", Refused(DocumentReader.Read(path)).ToString());
    }

    [Fact]
    public void A_file_of_whitespace_only_is_refused()
    {
        var path = Write("blank.txt", Encoding.UTF8.GetBytes(" \n\t\r\n "));
        Assert.Equal("file has no text (only whitespace)", Refused(DocumentReader.Read(path)).Problem);
    }

    [Fact]
    public void Binary_content_is_refused_naming_the_first_NUL_byte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("PK\u0003\u0004 archive"), 0, 1, 2, 0xFF];
        var path = Write("archive.txt", bytes);
        var error = Refused(DocumentReader.Read(path));
        Assert.Equal(path, error.Source);
        Assert.Equal("binary content (a NUL byte at offset 12); only UTF-8 or UTF-16 text is read", error.Problem);
    }

    [Fact]
    public void Invalid_UTF8_in_the_middle_is_refused_with_the_offset_of_the_bad_bytes()
    {
        var head = Encoding.UTF8.GetBytes(Article + "\n" + new string('x', 5000) + " ");
        // 0xC3 0x28 is a lead byte followed by a non-continuation byte: Latin-1 saved under a UTF-8 name
        byte[] bytes = [.. head, 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" exports")];
        var path = Write("latin1.txt", bytes);
        var error = Refused(DocumentReader.Read(path));
        Assert.Equal($"not valid UTF-8 (bad bytes at offset {head.Length}); save the file as UTF-8", error.Problem);
    }

    [Fact]
    public void UTF16_with_a_byte_order_mark_is_decoded_and_extracted()
    {
        var path = Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article)]);
        var doc = Accepted(DocumentReader.Read(path));
        Assert.Equal(Article, doc.Text);
        var trade = Assert.Single(ExtractionPipeline.Default.Extract(doc).Facts.OfType<Domain.TradeFact>());
        Assert.Equal(286_400_000m, trade.Value.Amount);
    }

    [Fact]
    public void UTF16_big_endian_with_a_byte_order_mark_is_decoded()
    {
        var be = new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        var path = Write("utf16be.txt", [.. be.GetPreamble(), .. be.GetBytes(Article)]);
        Assert.Equal(Article, Accepted(DocumentReader.Read(path)).Text);
    }

    [Fact]
    public void The_UTF8_byte_order_mark_does_not_reach_the_text_so_the_dateline_still_starts_the_document()
    {
        var path = Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article)]);
        var doc = Accepted(DocumentReader.Read(path));
        Assert.Equal(Article, doc.Text);
        var ctx = ExtractionPipeline.Default.Extract(doc).Context;
        Assert.Equal("dateline+inferred-year", ctx.ReferenceDateSource);
        Assert.Equal(new DateOnly(2024, 3, 14), ctx.ReferenceDate);
    }

    [Fact]
    public void A_huge_single_line_is_read_and_cut_into_capped_paragraphs_and_sentences()
    {
        // 3 MB with no line break and no full stop: a scraped page collapsed into one line
        var sb = new StringBuilder(Article.TrimEnd('.'));
        while (sb.Length < 3_000_000)
            sb.Append(" and Belarusian exports to the region grew by 10% to $152 million in 2024");
        var path = Write("one-line.txt", Encoding.UTF8.GetBytes(sb.ToString()));
        var doc = Accepted(DocumentReader.Read(path));

        var ctx = ExtractionPipeline.Default.Extract(doc).Context;
        Assert.True(ctx.Paragraphs.Count >= 3_000_000 / ParagraphStage.MaxParagraphLength);
        Assert.All(ctx.Paragraphs, p => Assert.True(p.Span.Length <= ParagraphStage.MaxParagraphLength, $"paragraph of {p.Span.Length} chars"));
        Assert.All(ctx.Sentences, s =>
        {
            Assert.True(s.Span.Length <= SentenceStage.MaxSentenceLength + 1, $"sentence of {s.Span.Length} chars");
            Assert.True(s.Tokens.Count <= SentenceStage.MaxTokensPerSentence, $"sentence of {s.Tokens.Count} tokens");
        });
    }

    [Fact]
    public void A_page_of_script_and_style_only_has_no_visible_text()
    {
        const string html = """
            <!DOCTYPE html>
            <html><head><style>body { color: red }</style></head>
            <body><script>var trade = "Trade amounted to $152 million in 2024.";</script>
            <style>.x { display: none }</style><noscript></noscript></body></html>
            """;
        var path = Write("scripts.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal($"{path}: the page has no visible text", Refused(DocumentReader.Read(path)).ToString());
    }
}
