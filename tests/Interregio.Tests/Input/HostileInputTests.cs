using System.Text;
using Interregio.Domain;
using Interregio.Input;
using Interregio.Pipeline;

namespace Interregio.Tests.Input;

/// <summary>
/// Input a tool that ingests what it is given will meet: each is refused with one line naming the file (and
/// record), or read and processed. Time and memory for the largest files are measured outside the unit tests
/// (see src/Interregio/Input/README.md), never asserted here.
/// </summary>
public sealed class HostileInputTests
{
    private const string Article = "MINSK, 14 March (Test Agency) – Trade between Belarus and Kirov Oblast amounted to $286.4 million in 2023, up 12.5% year on year.";

    private static string Temp(string name, byte[] bytes)
    {
        var dir = Directory.CreateTempSubdirectory("interregio-hostile-");
        var path = Path.Combine(dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void OneLine(InputError? error, string source)
    {
        Assert.NotNull(error);
        Assert.DoesNotContain('\n', error.ToString());
        Assert.StartsWith(source, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_are_refused_as_binary()
    {
        var bytes = new byte[65536];
        new Random(3).NextBytes(bytes);
        var path = Temp("random.txt", bytes);
        var read = DocumentReader.Read(path);
        OneLine(read.Error, path);
        Assert.Contains("binary content", read.Error!.Problem);
    }

    [Fact]
    public void Invalid_utf8_in_the_middle_of_a_file_names_the_offset()
    {
        var good = Encoding.UTF8.GetBytes(Article + "\n");
        byte[] bytes = [.. good, .. good, 0xC3, 0x28, .. good];
        var path = Temp("mid.txt", bytes);
        var read = DocumentReader.Read(path);
        OneLine(read.Error, path);
        Assert.Contains($"offset {2 * good.Length}", read.Error!.Problem);
    }

    [Fact]
    public void A_long_single_line_is_cut_into_bounded_paragraphs_and_still_read()
    {
        // 2 MB on one line: the paragraph stage cuts it, so no sentence or token list grows with the file
        var line = string.Concat(Enumerable.Repeat(Article + " ", 2 * 1024 * 1024 / (Article.Length + 1)));
        var result = ExtractionPipeline.Default.Extract(new SourceDocument("line.txt", line));
        Assert.All(result.Context.Paragraphs, p => Assert.True(p.Span.Length <= 20_000));
        var fact = Assert.Single(result.Facts.OfType<TradeFact>());
        Assert.Equal(286_400_000m, fact.Value.Amount);
    }

    [Fact]
    public void A_file_larger_than_one_document_may_be_is_refused_before_it_is_read()
    {
        var path = Temp("huge.txt", []);
        using (var f = File.OpenWrite(path))
            f.SetLength(DocumentReader.MaxDocumentBytes + 1);
        var read = DocumentReader.Read(path);
        OneLine(read.Error, path);
        Assert.Contains("split a corpus into records", read.Error!.Problem);
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200D")]
    [InlineData("\u2066")]
    [InlineData("\u202E")]
    [InlineData("\u00AD")]
    public void Zero_width_and_bidi_controls_between_sentences_do_not_hide_the_figure(string control)
    {
        var text = control + "Note." + control + "\n" + Article + "\n" + control + control + "\n";
        var result = ExtractionPipeline.Default.Extract(new SourceDocument("controls.txt", text));
        var fact = Assert.Single(result.Facts.OfType<TradeFact>());
        Assert.Equal("RU-KIR", fact.Partner.ToString());
        Assert.Equal(fact.Quote, text[fact.Source.Start..fact.Source.End]);
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u202E")]
    [InlineData("\uFEFF")]
    [InlineData("\u00AD")]
    public void Zero_width_and_bidi_controls_inside_words_are_removed_on_reading_and_the_facts_found(string control)
    {
        // Every third character followed by the control: "MI\u200BNS\u200BK" and "$2\u200B86.4" as a hostile page would.
        var laced = string.Concat(Article.Select((c, i) => i % 3 == 2 ? c + control : c.ToString()));

        var read = DocumentReader.FromText("laced.txt", laced, DocumentFormat.Text, "laced.txt");

        Assert.Null(read.Error);
        Assert.DoesNotContain(control, read.Document!.Text, StringComparison.Ordinal);
        Assert.Equal(Article, read.Document.Text);
        var result = ExtractionPipeline.Default.Extract(read.Document);
        var fact = Assert.Single(result.Facts.OfType<TradeFact>());
        Assert.Equal(286_400_000m, fact.Value.Amount);
        Assert.Equal(fact.Quote, read.Document.Text[fact.Source.Start..fact.Source.End]);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("MINSK, ")]
    [InlineData("Minsk-on-Don ")]
    [InlineData("12 ")]
    [InlineData("2023 ")]
    public void Pathological_text_for_the_dateline_patterns_ends_with_a_result_not_a_hang(string unit)
    {
        // The dateline regexes run on at most 200 characters of a line and have 200 ms timeouts; the year scan
        // that reads whole paragraphs is linear. A timeout would surface as a warning, never as an exception.
        var text = string.Concat(Enumerable.Repeat(unit, 100_000)) + "(BelTA) – up\n" + Article + "\n";
        var result = ExtractionPipeline.Default.Extract(new SourceDocument("dateline.txt", text));
        Assert.Contains(result.Facts.OfType<TradeFact>(), f => f.Value.Amount == 286_400_000m);
    }

    [Fact]
    public void Unclosed_and_misnested_html_is_read()
    {
        var html = "<html><body><div class=article><h1>Kirov<p>" + Article + "<p><b><i>bold</b> italic</i><table><td>cell<div>" + "<span>" + new string('x', 10);
        var read = DocumentReader.FromText("unclosed.html", html, DocumentFormat.Html, "unclosed.html");
        Assert.Null(read.Error);
        Assert.Contains(Article, read.Document!.Text);
    }

    [Fact]
    public void Html_with_nothing_visible_is_one_line()
    {
        var read = DocumentReader.FromText("empty.html", "<html><head><script>var a = 1;</script></head><body><nav><a>Home</a></nav></body></html>", DocumentFormat.Html, "empty.html");
        // the menu is page furniture; with it gone nothing is left
        OneLine(read.Error, "empty.html");
    }
}
