using Interregio.Domain;

namespace Interregio.Storage;

/// <summary>
/// The fact base: documents with the facts read from them. One schema (documents, facts; see
/// Storage/Sqlite/SqliteSchema.cs) behind every implementation, so SQLite and PostgreSQL hold the same rows and pass the
/// same contract tests (tests/Interregio.Tests/Storage/FactStoreContract.cs).
/// </summary>
/// <remarks>
/// Writing is idempotent by content: a document whose content hash is stored already is "unchanged" and adds nothing;
/// a document whose name is stored with another hash replaces that document and all its facts; facts are unique by
/// (document content hash, fact key). Every value is checked before anything is written (<see cref="FactRecord.Of"/>):
/// a batch holding a fact with an unknown enum value is refused whole with a <see cref="FactRejectedException"/>.
/// Implementations are safe to share between threads.
/// </remarks>
public interface IFactStore : IAsyncDisposable
{
    /// <summary>Stores the documents in one transaction; the outcomes are in the order of the batch.</summary>
    Task<IReadOnlyList<DocumentOutcome>> WriteBatchAsync(IReadOnlyList<DocumentRecord> batch, CancellationToken cancellationToken = default);

    /// <summary>Which of these content hashes are stored already: ingest skips extracting those documents.</summary>
    Task<IReadOnlySet<string>> FindStoredContentAsync(IReadOnlyCollection<string> contentSha256, CancellationToken cancellationToken = default);

    /// <summary>Facts matching the query, rebuilt from their stored JSON, ordered by document name then extraction order.</summary>
    IAsyncEnumerable<Fact> QueryFactsAsync(FactQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every document without its text, ordered by name.</summary>
    Task<IReadOnlyList<DocumentInfo>> ListDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>One document with the text its facts' offsets refer to, or null.</summary>
    Task<StoredDocument?> FindDocumentAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>How many documents and facts of each type are stored.</summary>
    Task<StoreSummary> SummarizeAsync(CancellationToken cancellationToken = default);
}

/// <summary>What became of one document in a write.</summary>
public enum IngestStatus
{
    /// <summary>Neither its content nor its name was stored.</summary>
    New,
    /// <summary>The same content is stored already (under this name or another): nothing was added.</summary>
    Unchanged,
    /// <summary>A document of this name with other content was stored: it and its facts were replaced.</summary>
    Replaced,
    /// <summary>The input could not be read, or its facts could not be stored.</summary>
    Failed,
}

/// <summary>The outcome of one document: its status and how many facts were added (duplicates of a key count once).</summary>
public sealed record DocumentOutcome(string Name, IngestStatus Status, int FactsAdded, IReadOnlyDictionary<FactType, int> FactsAddedByType)
{
    public static DocumentOutcome Unchanged(string name) => new(name, IngestStatus.Unchanged, 0, EmptyCounts);

    internal static readonly IReadOnlyDictionary<FactType, int> EmptyCounts = new Dictionary<FactType, int>();
}

/// <summary>Which facts to read. Every criterion is optional; together they narrow the result.</summary>
public sealed record FactQuery
{
    public static readonly FactQuery All = new();

    public FactType? Type { get; init; }

    /// <summary>The partner region; a fact without a partner never matches one.</summary>
    public RegionCode? Partner { get; init; }

    /// <summary>A document name, as facts' <c>doc</c>.</summary>
    public string? Document { get; init; }
}

/// <summary>A stored document without its text.</summary>
public sealed record DocumentInfo(
    long Id,
    string Name,
    string ContentSha256,
    DateOnly? ReferenceDate,
    string? SourcePath,
    string? Language,
    string? Title,
    DateTimeOffset IngestedAt,
    int Facts);

/// <summary>A stored document with the text its facts' quote offsets refer to.</summary>
public sealed record StoredDocument(DocumentInfo Info, string Text);

public sealed record StoreSummary(int Documents, IReadOnlyDictionary<FactType, int> FactsByType)
{
    public int Facts => FactsByType.Values.Sum();

    public int FactsOf(FactType type) => FactsByType.GetValueOrDefault(type);
}
