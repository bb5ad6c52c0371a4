namespace Interregio.Pipeline;

public enum DocumentFormat
{
    Text,
    Html,
    Record,
}

/// <summary>
/// One document as the pipeline reads it. <see cref="Text"/> is the text every offset and quote refers to: the
/// file's text for plain text, the page's visible text for HTML.
/// </summary>
public sealed record SourceDocument(string Name, string Text, DocumentFormat Format = DocumentFormat.Text)
{
    /// <summary>Where the document was read from (a path, "-", or "file.jsonl#12"); informational.</summary>
    public string? SourcePath { get; init; }

    /// <summary>A publication date from page metadata (time element, meta tag, JSON-LD, a corpus field).</summary>
    public DateOnly? PublishedHint { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    /// <summary>SHA-256 of the bytes as read, lower-case hex; identifies the content for idempotent ingest.</summary>
    public string? ContentHash { get; init; }
}
