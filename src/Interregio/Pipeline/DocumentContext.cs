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
    public List<Mention> Mentions { get; } = [];

    public IEnumerable<T> Of<T>() where T : Mention => Mentions.OfType<T>();

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

    public IEnumerable<Paragraph> KeptParagraphs => Paragraphs.Where(p => p.Status == ParagraphStatus.Kept);

    public Provenance Provenance(TextSpan span) =>
        new(Name, Text.Substring(span.Start, span.Length), span.Start, span.End);

    public void Warn(string message) => Warnings.Add($"{Name}: {message}");
}
