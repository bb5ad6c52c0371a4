using Interregio.Pipeline;
using Interregio.Pipeline.Stages;
using Interregio.Recognisers;
using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>(expected value in the contract's notation, phrases that must all yield it).</summary>
public sealed record CorpusGroup(string Expected, params string[] Phrases);

/// <summary>A phrase that must yield nothing; <paramref name="Warning"/>, when given, must appear in a warning.</summary>
public sealed record CorpusNegative(string Phrase, string? Warning = null)
{
    public static implicit operator CorpusNegative(string phrase) => new(phrase);
}

/// <summary>
/// The fixed context every row of a corpus is read in (Duckling's testContext): the article's date, the language,
/// and optionally a paragraph that follows the phrase in the document (a dateline without a year needs a body to
/// take its year from). The following text is part of the document but not of the phrase.
/// </summary>
public sealed record CorpusContext(DateOnly? Reference, Language Language, string? Following = null);

/// <summary>What a recogniser found: the text it claims and its value in the corpus notation.</summary>
public readonly record struct Recognised(TextSpan Span, string Value);

/// <summary>
/// How one kind of corpus is run: the stages a phrase goes through, and how to read the result back as
/// (span, value) pairs. <paramref name="Lead"/> lists words that may open a phrase without being part of what is
/// found ("in 2024": the period is "2024"; "the Penza region": the place is "Penza region").
/// </summary>
public sealed record Recognition(
    string Kind,
    Func<string, CorpusContext, DocumentContext> Run,
    Func<DocumentContext, IEnumerable<Recognised>> Find,
    params string[] Lead);

/// <summary>One corpus file: a recognition, its reference context, positive groups and negatives.</summary>
public sealed record RecogniserCorpus(Recognition Recognition, CorpusContext Context)
{
    public IReadOnlyList<CorpusGroup> Positive { get; init; } = [];
    public IReadOnlyList<CorpusNegative> Negative { get; init; } = [];

    public int Count => Positive.Sum(g => g.Phrases.Length) + Negative.Count;
}

/// <summary>
/// Duckling's makeCorpusTest for Interregio. A positive phrase must yield exactly one finding of the corpus's kind,
/// covering the whole phrase (leading words the recognition lists and trailing punctuation aside), with an equal
/// value. A negative phrase must yield none. Each way of failing has its own message so a red row says at once
/// whether the rule did not fire, fired twice, stopped short or read the wrong value.
/// </summary>
public static class CorpusRunner
{
    /// <summary>Rows for a [Theory]: (phrase, expected value or null for a negative, expected warning).</summary>
    public static TheoryData<string, string?, string?> Rows(RecogniserCorpus corpus)
    {
        var rows = new TheoryData<string, string?, string?>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in corpus.Positive)
        {
            foreach (var p in g.Phrases)
            {
                if (!seen.Add(p))
                    throw new InvalidOperationException($"{corpus.Recognition.Kind} corpus lists '{p}' twice");
                rows.Add(p, g.Expected, null);
            }
        }
        foreach (var n in corpus.Negative)
        {
            if (!seen.Add(n.Phrase))
                throw new InvalidOperationException($"{corpus.Recognition.Kind} corpus lists '{n.Phrase}' twice");
            rows.Add(n.Phrase, null, n.Warning);
        }
        return rows;
    }

    /// <summary>Applies the rules to one row; throws with the failure's own message.</summary>
    public static void Check(RecogniserCorpus corpus, string phrase, string? expected, string? warning)
    {
        var failure = Failure(corpus, phrase, expected, warning);
        if (failure is not null)
            Assert.Fail(failure);
    }

    /// <summary>The failure message for a row, or null when it passes.</summary>
    public static string? Failure(RecogniserCorpus corpus, string phrase, string? expected, string? warning)
    {
        var r = corpus.Recognition;
        var text = corpus.Context.Following is { } following ? phrase + "\n" + following : phrase;
        var ctx = r.Run(text, corpus.Context);
        var found = r.Find(ctx).ToList();
        var shown = string.Join("; ", found.Select(f => $"'{Slice(text, f.Span)}' = {f.Value}"));

        if (warning is not null && !ctx.Warnings.Any(w => w.Contains(warning, StringComparison.OrdinalIgnoreCase)))
            return $"no warning: expected a warning containing '{warning}' for \"{phrase}\"; warnings: [{string.Join(" | ", ctx.Warnings)}]";
        if (expected is null)
            return found.Count == 0 ? null : $"negative: \"{phrase}\" must yield no {r.Kind}, found {shown}";

        if (found.Count == 0)
            return $"none: no {r.Kind} found in \"{phrase}\" (expected {expected})";
        if (found.Count > 1)
            return $"ambiguous: {found.Count} {r.Kind} findings in \"{phrase}\": {shown} (expected one: {expected})";
        var f = found[0];
        var (starts, end) = Extent(phrase, r.Lead);
        var startsWell = f.Span.Start <= starts[0] || starts.Contains(f.Span.Start);
        if (!startsWell || f.Span.End < end)
            return $"partial: the {r.Kind} covers '{Slice(text, f.Span)}' of \"{phrase}\" (value {f.Value})";
        if (!string.Equals(f.Value, expected, StringComparison.Ordinal))
            return $"wrong value: \"{phrase}\" read as {f.Value}, expected {expected}";
        return null;
    }

    /// <summary>
    /// Where a finding may start (the phrase's first character, or after any run of lead words) and where it must
    /// reach (the phrase's last character that is not trailing punctuation or a dash).
    /// </summary>
    internal static (List<int> Starts, int End) Extent(string phrase, IReadOnlyCollection<string> lead)
    {
        var starts = new List<int>();
        var i = 0;
        while (i < phrase.Length && char.IsWhiteSpace(phrase[i]))
            i++;
        starts.Add(i);
        while (true)
        {
            var w = i;
            while (w < phrase.Length && char.IsLetter(phrase[w]))
                w++;
            if (w == i || w >= phrase.Length || !char.IsWhiteSpace(phrase[w]) || !lead.Contains(phrase[i..w], StringComparer.OrdinalIgnoreCase))
                break;
            while (w < phrase.Length && char.IsWhiteSpace(phrase[w]))
                w++;
            i = w;
            starts.Add(i);
        }
        var end = phrase.Length;
        while (end > 0 && (char.IsWhiteSpace(phrase[end - 1]) || phrase[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' || Tokenizer.IsDash(phrase[end - 1])))
            end--;
        return (starts, end);
    }

    private static string Slice(string text, TextSpan span) =>
        span.Start >= 0 && span.End <= text.Length && span.End >= span.Start ? text[span.Start..span.End] : "?";

    /// <summary>
    /// The real text stages over a phrase: paragraphs, language (then the corpus's language is imposed, as a
    /// Duckling locale), the corpus's reference date, sentences, then the given recognisers in order.
    /// </summary>
    public static DocumentContext Recognise(string text, CorpusContext context, params IRecogniser[] recognisers)
    {
        var ctx = Prepare(text, context);
        new SentenceStage().Run(ctx);
        // as the mention stage runs them, sentence by sentence in order, except that a recogniser is asked whatever
        // IsWanted says: the tables test what a recogniser finds, not where the pipeline wants it ("up 10%" alone)
        foreach (var sentence in ctx.Sentences)
        {
            foreach (var r in recognisers)
            {
                if (r.CanMatch(ctx.Text.AsSpan(sentence.Span.Start, sentence.Span.Length)))
                    r.Recognise(ctx, sentence);
            }
        }
        return ctx;
    }

    /// <summary>Paragraphs and language only, with the corpus's date and language imposed.</summary>
    public static DocumentContext Prepare(string text, CorpusContext context)
    {
        var ctx = new DocumentContext(new SourceDocument("corpus.txt", text), ExtractionOptions.Default);
        new ParagraphStage().Run(ctx);
        new LanguageStage().Run(ctx);
        ctx.Language = context.Language;
        ctx.ReferenceDate = context.Reference;
        return ctx;
    }
}
