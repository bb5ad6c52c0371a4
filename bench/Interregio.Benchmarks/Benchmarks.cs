using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using Interregio.Pipeline;
using Interregio.Pipeline.Stages;
using Interregio.Recognisers;

namespace Interregio.Benchmarks;

/// <summary>The articles in Documents/, written for these benchmarks.</summary>
public static class BenchDocuments
{
    public static string Article(string language)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Interregio.Benchmarks.Documents.{language}_article.txt")
            ?? throw new InvalidOperationException($"no benchmark article for '{language}'");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The article's date: every relative period ("last year") resolves against it.</summary>
    public static readonly ExtractionOptions Options = new() { ReferenceDate = new DateOnly(2025, 3, 14) };
}

/// <summary>
/// Each recogniser over its sentence list, as it runs inside the default pipeline: the sentences are tokenised and
/// the recognisers registered before it (in <see cref="ExtractionPipeline.Default"/>'s order) have already run, so
/// the qualifier recogniser sees money and the growth recogniser sees periods. Each invocation clears only the
/// target's own mentions and runs it again. Times are per sentence (12 sentences per list).
/// </summary>
[MemoryDiagnoser]
public class RecogniserBenchmarks
{
    public const int SentencesPerList = 12;

    [Params("Money", "Qualifier", "Period", "Growth", "Place", "Person")]
    public string Recogniser { get; set; } = "Money";

    [Params("en", "ru")]
    public string Language { get; set; } = "en";

    private DocumentContext _context = null!;
    private IRecogniser _target = null!;
    private int[] _prerequisiteMentions = [];

    public static string[] Sentences(string recogniser, string language) => (recogniser, language) switch
    {
        ("Money" or "Qualifier", "en") => SentenceLists.MoneyEn,
        ("Money" or "Qualifier", _) => SentenceLists.MoneyRu,
        ("Period", "en") => SentenceLists.PeriodEn,
        ("Period", _) => SentenceLists.PeriodRu,
        ("Growth", "en") => SentenceLists.GrowthEn,
        ("Growth", _) => SentenceLists.GrowthRu,
        ("Place", "en") => SentenceLists.PlaceEn,
        ("Place", _) => SentenceLists.PlaceRu,
        ("Person", "en") => SentenceLists.PersonEn,
        ("Person", _) => SentenceLists.PersonRu,
        _ => throw new ArgumentException($"no sentence list for {recogniser}"),
    };

    [GlobalSetup]
    public void Setup()
    {
        var sentences = Sentences(Recogniser, Language);
        if (sentences.Length != SentencesPerList)
            throw new InvalidOperationException($"{Recogniser}/{Language}: the list must hold {SentencesPerList} sentences");
        // one paragraph per sentence; the text stages split and tokenise them as they would an article
        var text = string.Join("\n", sentences);
        var textOnly = new PipelineBuilder().UseText().Build();
        _context = textOnly.Extract(new SourceDocument($"{Recogniser}-{Language}", text), BenchDocuments.Options).Context;
        if (_context.Sentences.Count < SentencesPerList)
            throw new InvalidOperationException($"{Recogniser}/{Language}: only {_context.Sentences.Count} sentences kept");

        var all = ExtractionPipeline.Default.Stages.OfType<MentionStage>().Single().Recognisers;
        var index = -1;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].GetType().Name == Recogniser + "Recogniser")
                index = i;
        }
        if (index < 0)
            throw new InvalidOperationException($"the default pipeline has no {Recogniser}Recogniser");
        _target = all[index];
        _prerequisiteMentions = new int[_context.Sentences.Count];
        for (var s = 0; s < _context.Sentences.Count; s++)
        {
            var sentence = _context.Sentences[s];
            var span = _context.Text.AsSpan(sentence.Span.Start, sentence.Span.Length);
            for (var i = 0; i < index; i++)
            {
                if (all[i].CanMatch(span))
                    all[i].Recognise(_context, sentence);
            }
            _prerequisiteMentions[s] = sentence.Mentions.Count;
        }
    }

    [Benchmark(OperationsPerInvoke = SentencesPerList)]
    public int Recognise()
    {
        var found = 0;
        var sentences = _context.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var keep = _prerequisiteMentions[s];
            if (sentence.Mentions.Count > keep)
                sentence.Mentions.RemoveRange(keep, sentence.Mentions.Count - keep);
            if (_target.CanMatch(_context.Text.AsSpan(sentence.Span.Start, sentence.Span.Length)))
                _target.Recognise(_context, sentence);
            found += sentence.Mentions.Count - keep;
        }
        return found;
    }
}

/// <summary>
/// Extract on one article per language through the public entry point, and the text stages alone (paragraphs,
/// repeats, language, dateline, sentences, tokens) to show what the recognisers and assemblers add on top.
/// </summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    [Params("en", "ru")]
    public string Language { get; set; } = "en";

    private SourceDocument _document = null!;
    private ExtractionPipeline _textOnly = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = new SourceDocument($"{Language}_article.txt", BenchDocuments.Article(Language));
        _textOnly = new PipelineBuilder().UseText().Build();
        var facts = ExtractionPipeline.Default.Extract(_document, BenchDocuments.Options).Facts.Count;
        if (facts == 0)
            Console.Error.WriteLine($"note: the {Language} benchmark article yields no facts with the current pipeline");
    }

    [Benchmark(Baseline = true)]
    public int Extract() => ExtractionPipeline.Default.Extract(_document, BenchDocuments.Options).Facts.Count;

    [Benchmark]
    public int TextStagesOnly() => _textOnly.Extract(_document, BenchDocuments.Options).Context.Sentences.Count;
}
