using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Interregio.Input;
using Interregio.Output;
using Interregio.Pipeline;

namespace Interregio.Tests.EndToEnd;

/// <summary>
/// Extracts every article of samples/ with the default pipeline and grades it against samples/expected with the
/// grader's rules. Each fact type must keep at least the F1 the extractor reached when the threshold was last set:
/// a ratchet. When extraction improves, raise the threshold to just below the new figure.
/// </summary>
public sealed class SamplesTests
{
    /// <summary>
    /// Measured over the 23 samples (18 English, 5 Russian) when the thresholds were last set, by this port and by
    /// score.py alike:
    /// trade      P 1.000 R 1.000 F1 1.000 (tp 83; a paragraph's figures keep the oblast of its first figure)
    /// meeting    P 1.000 R 1.000 F1 1.000 (tp 23)
    /// enterprise P 1.000 R 1.000 F1 1.000 (tp 125)
    /// product    P 1.000 R 1.000 F1 1.000 (tp 130)
    /// outlets    P 1.000 R 1.000 F1 1.000 (tp 21)
    /// Each threshold is set so that one more miss or false positive fails.
    /// </summary>
    public static readonly TheoryData<string, double> MinimumF1 = new()
    {
        { "trade", 0.995 },
        { "meeting", 0.99 },
        { "enterprise", 0.995 },
        { "product", 0.995 },
        { "outlets", 0.99 },
    };

    private sealed record Sample(string Name, string Path, List<JsonElement> Gold, List<JsonElement> Predicted, string VisibleText);

    private static readonly Lazy<List<Sample>> Samples = new(Load);

    [Fact]
    public void Every_article_has_expected_facts_and_reads_without_error()
    {
        var samples = Samples.Value;
        Assert.True(samples.Count >= 20, $"only {samples.Count} samples found under {SamplesFolder()}");
        Assert.All(samples, s => Assert.NotEmpty(s.Gold));
    }

    [Theory, MemberData(nameof(MinimumF1))]
    public void Sample_set_keeps_its_F1(string type, double minimum)
    {
        var total = new Counts();
        var perFile = new StringBuilder();
        var details = new StringBuilder();
        foreach (var s in Samples.Value)
        {
            var lines = new List<string>();
            var c = SampleGrader.Grade(type, s.Gold, s.Predicted, s.VisibleText, lines.Add);
            total += c;
            if (c.Tp + c.Fp + c.Fn > 0)
                perFile.AppendLine(CultureInfo.InvariantCulture, $"  {s.Name,-28} {c}");
            foreach (var l in lines)
                details.AppendLine(CultureInfo.InvariantCulture, $"  {s.Name}: {l}");
        }
        var report = $"{type} over {Samples.Value.Count} samples: {total}\nper file:\n{perFile}";
        TestContext.Current.TestOutputHelper?.WriteLine(report + details);
        Assert.True(total.F1 >= minimum,
            string.Create(CultureInfo.InvariantCulture, $"{type} F1 {total.F1:0.000} fell below the ratchet {minimum:0.000}.\n{report}\nwhat differs:\n{details}"));
    }

    private static List<Sample> Load()
    {
        var root = SamplesFolder();
        var articles = Path.Combine(root, "articles");
        var expected = Path.Combine(root, "expected");
        var samples = new List<Sample>();
        foreach (var path in Directory.EnumerateFiles(articles).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var goldPath = Path.Combine(expected, Path.GetFileNameWithoutExtension(path) + ".jsonl");
            Assert.True(File.Exists(goldPath), $"{name} has no expected file {goldPath}");
            var gold = File.ReadLines(goldPath).Where(l => l.Trim().Length > 0).Select(Parse).ToList();

            var read = DocumentReader.Read(path);
            Assert.True(read.Document is not null, $"{name} could not be read: {read.Error}");
            var result = ExtractionPipeline.Default.Extract(read.Document!);
            var predicted = result.Facts.Select(f => Parse(FactJson.ToJson(f))).ToList();
            samples.Add(new Sample(name, path, gold, predicted, SampleGrader.VisibleText(path)));
        }
        return samples;
    }

    private static JsonElement Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        return doc.RootElement.Clone();
    }

    /// <summary>samples/ of the repository: found by walking up from this source file (or the test binary) to Interregio.slnx.</summary>
    internal static string SamplesFolder([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Interregio.slnx")) && Directory.Exists(Path.Combine(dir.FullName, "samples", "articles")))
                    return Path.Combine(dir.FullName, "samples");
            }
        }
        throw new DirectoryNotFoundException($"no Interregio.slnx with samples/articles above {sourceFile} or {AppContext.BaseDirectory}");
    }
}
