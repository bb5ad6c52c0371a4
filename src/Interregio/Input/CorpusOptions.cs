namespace Interregio.Input;

/// <summary>
/// Field names of a corpus export (JSON Lines or CSV, one document per record). The defaults are the names media
/// monitoring exports commonly use; a record carries its text in <see cref="TextField"/> or, failing that, its page
/// in <see cref="HtmlField"/>. Names are matched without regard to case.
/// </summary>
public sealed record CorpusOptions
{
    public static CorpusOptions Default { get; } = new();

    /// <summary>The record's identifier; it becomes the <c>doc</c> of every fact read from the record.</summary>
    public string IdField { get; init; } = "id";

    public string TextField { get; init; } = "text";

    public string HtmlField { get; init; } = "html";

    public string UrlField { get; init; } = "url";

    public string TitleField { get; init; } = "title";

    /// <summary>A date (YYYY-MM-DD or an ISO timestamp) used when the text has no dateline.</summary>
    public string PublishedField { get; init; } = "published";

    /// <summary>
    /// One record is one article, so a record larger than this is refused (and skipped without buffering it) rather
    /// than read into memory. A CSV field left with an unclosed quote would otherwise swallow the rest of the file.
    /// </summary>
    public int MaxRecordBytes { get; init; } = 16 * 1024 * 1024;
}
