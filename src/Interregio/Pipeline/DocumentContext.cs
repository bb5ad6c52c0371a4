using Interregio.Domain;
using Interregio.Recognisers;
using Interregio.Text;

namespace Interregio.Pipeline;

public enum ParagraphStatus : byte
{
    Kept,
    /// <summary>The same paragraph (whitespace aside) appeared earlier: scraped pages repeat blocks.</summary>
    Repeated,
    /// <summary>Navigation, a currency ticker, tags, a list of other headlines.</summary>
    Boilerplate,
}

public readonly record struct Paragraph(TextSpan Span, ParagraphStatus Status, int RepeatOf = -1, string? Reason = null);

public sealed class Sentence(TextSpan span, int paragraph)
{
    public TextSpan Span { get; } = span;
    public int Paragraph { get; } = paragraph;
    public List<Token> Tokens { get; } = [];
    // room for the usual handful of mentions (cues, places, figures) from the start: one array instead of two or three
    public List<Mention> Mentions { get; } = new(8);

    /// <summary>The sentence's quote, made once: every fact a sentence gives (trade, goods, enterprises, sectors) shares it.</summary>
    internal Domain.Provenance? Source { get; set; }

    /// <summary>The sentence's mentions of one kind, in order; foreach, Any and FirstOrDefault allocate nothing.</summary>
    public MentionsOf<T> Of<T>() where T : Mention => new(Mentions);

    /// <summary>Whether the sentence holds a mention of this kind: assemblers ask it before any query, which allocates.</summary>
    public bool Has<T>() where T : Mention
    {
        foreach (var m in Mentions)
        {
            if (m is T)
                return true;
        }
        return false;
    }
}

/// <summary>Options a caller sets per run (the CLI's --date).</summary>
public sealed record ExtractionOptions
{
    public static readonly ExtractionOptions Default = new();

    /// <summary>Overrides any dateline: the article's date for resolving "last year".</summary>
    public DateOnly? ReferenceDate { get; init; }
}

/// <summary>Working state of one document through the pipeline. Created per document; never shared.</summary>
public sealed class DocumentContext(SourceDocument document, ExtractionOptions options)
{
    public SourceDocument Document { get; } = document;
    public ExtractionOptions Options { get; } = options;
    public string Text => Document.Text;
    public string Name => Document.Name;
    public Language Language { get; set; } = Language.Unknown;

    public List<Paragraph> Paragraphs { get; } = [];
    public List<Sentence> Sentences { get; } = [];
    public List<Fact> Facts { get; } = [];
    public List<string> Warnings { get; } = [];

    /// <summary>The article's date; null when neither a dateline, page metadata nor --date gives it.</summary>
    public DateOnly? ReferenceDate { get; set; }

    /// <summary>How the reference date was found ("dateline", "dateline+inferred-year", "metadata", "option").</summary>
    public string? ReferenceDateSource { get; set; }

    /// <summary>The dateline's city as written ("MINSK" is reported as "Minsk").</summary>
    public string? DatelineCity { get; set; }

    public TextSpan? Dateline { get; set; }

    /// <summary>The Russian region the article is mainly about, for "the region", "the oblast", "it".</summary>
    public RegionCode MainPartner { get; set; }

    /// <summary>
    /// The kept lines' tokens as the paragraph stage made them, for the sentence stage to slice instead of
    /// tokenising every line twice; the sentence stage hands the buffer back for the next document.
    /// </summary>
    internal ParagraphTokens? ParagraphTokens { get; set; }

    public IEnumerable<Paragraph> KeptParagraphs => Paragraphs.Where(p => p.Status == ParagraphStatus.Kept);

    public Provenance Provenance(TextSpan span) =>
        new(Name, Text.Substring(span.Start, span.Length), span.Start, span.End);

    /// <summary>The sentence's provenance, one instance (and one copy of its text) however many facts quote it.</summary>
    public Provenance Provenance(Sentence sentence) => sentence.Source ??= Provenance(sentence.Span);

    public void Warn(string message) => Warnings.Add($"{Name}: {message}");
}

/// <summary>
/// The tokens of a document's kept paragraphs in one buffer, with each paragraph's range. One instance per thread
/// is reused from document to document (taken by the paragraph stage, given back by the sentence stage), so the
/// buffer is not allocated again for every document.
/// </summary>
internal sealed class ParagraphTokens
{
    [ThreadStatic]
    private static ParagraphTokens? t_spare;

    public List<Token> Tokens { get; } = [];

    // per paragraph index: where its tokens start in Tokens and how many there are (-1: none kept)
    private readonly List<(int Start, int Count)> _ranges = [];

    public static ParagraphTokens Rent()
    {
        var p = t_spare ?? new ParagraphTokens();
        t_spare = null;
        p.Tokens.Clear();
        p._ranges.Clear();
        return p;
    }

    public static void Return(ParagraphTokens p) => t_spare = p;

    /// <summary>Records paragraph <paramref name="index"/>'s tokens (paragraphs are added in order).</summary>
    public void Add(int index, List<Token> tokens)
    {
        while (_ranges.Count < index)
            _ranges.Add((-1, 0));
        _ranges.Add((Tokens.Count, tokens.Count));
        Tokens.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens));
    }

    public ReadOnlySpan<Token> Of(int index)
    {
        if (index >= _ranges.Count || _ranges[index].Start < 0)
            return default;
        var (start, count) = _ranges[index];
        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens).Slice(start, count);
    }

    public bool Has(int index) => index < _ranges.Count && _ranges[index].Start >= 0;
}

/// <summary>
/// The mentions of one kind in a sentence's list, filtered as they are read. Every recogniser and assembler asks a
/// sentence for its mentions of a kind: a struct enumerator instead of an OfType iterator object per question. Any
/// LINQ operator still works (through <see cref="IEnumerable{T}"/>); Any and FirstOrDefault are members so that the
/// common questions bind here and allocate nothing but their predicate's closure.
/// </summary>
public readonly struct MentionsOf<T>(List<Mention> mentions) : IEnumerable<T> where T : Mention
{
    public Enumerator GetEnumerator() => new(mentions);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => mentions.OfType<T>().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    public bool Any()
    {
        foreach (var m in mentions)
        {
            if (m is T)
                return true;
        }
        return false;
    }

    public bool Any(Func<T, bool> predicate)
    {
        foreach (var m in mentions)
        {
            if (m is T t && predicate(t))
                return true;
        }
        return false;
    }

    public T? FirstOrDefault(Func<T, bool> predicate)
    {
        foreach (var m in mentions)
        {
            if (m is T t && predicate(t))
                return t;
        }
        return null;
    }

    public struct Enumerator(List<Mention> mentions)
    {
        private int _index = -1;
        private T? _current;

        public readonly T Current => _current!;

        public bool MoveNext()
        {
            while (++_index < mentions.Count)
            {
                if (mentions[_index] is T t)
                {
                    _current = t;
                    return true;
                }
            }
            _current = null;
            return false;
        }
    }
}
