using Interregio.Domain;
using Interregio.Input;
using Interregio.Pipeline;

namespace Interregio.Storage;

public sealed record IngestOptions
{
    public static readonly IngestOptions Default = new();

    /// <summary>
    /// Documents per transaction. A crash loses at most the open batch; 200 keeps commits (one fsync each) rare
    /// without holding much in memory.
    /// </summary>
    public int BatchSize { get; init; } = 200;

    public CorpusOptions? Corpus { get; init; }

    public ExtractionOptions Extraction { get; init; } = ExtractionOptions.Default;

    /// <summary>
    /// Workers that read, clean and extract documents at once (the extraction pipeline is thread-safe); one writer
    /// stores what they produce. More than <see cref="MaxWorkers"/> are not started.
    /// </summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Twice the cores: beyond that workers only wait for one another (and hold documents in memory).</summary>
    public static int MaxWorkers => Environment.ProcessorCount * 2;
}

/// <summary>Documents per outcome so far.</summary>
public readonly record struct IngestCounts(int New, int Unchanged, int Replaced, int Failed)
{
    public int Total => New + Unchanged + Replaced + Failed;

    public IngestCounts Add(IngestStatus status) => status switch
    {
        IngestStatus.New => this with { New = New + 1 },
        IngestStatus.Unchanged => this with { Unchanged = Unchanged + 1 },
        IngestStatus.Replaced => this with { Replaced = Replaced + 1 },
        _ => this with { Failed = Failed + 1 },
    };
}

/// <summary>
/// Where an ingest is: input files done out of the total (a corpus file of many records is one file), documents
/// handled, and how many batches are committed. Reported after every file and after every commit.
/// </summary>
public sealed record IngestProgress(int FilesDone, int FilesTotal, IngestCounts Documents, int BatchesCommitted, string? Current);

/// <summary>What an ingest did: documents by outcome, facts added by type, and one line per input that failed.</summary>
public sealed record IngestReport(IngestCounts Documents, IReadOnlyDictionary<FactType, int> FactsAdded, IReadOnlyList<InputError> Failures, int BatchesCommitted)
{
    public int FactsAddedTotal => FactsAdded.Values.Sum();
}

/// <summary>
/// Reads paths (files, folders, corpus exports) with <see cref="DocumentReader"/>, extracts facts with a pipeline and
/// stores them batch by batch. A document whose content is stored already is not extracted again; a batch is one
/// transaction, so an interrupted ingest loses only its open batch and a re-run completes it. Reading, cleaning and
/// extraction run on <see cref="IngestOptions.MaxParallelism"/> workers, storing on one writer (see IngestPipeline);
/// the outcome does not depend on the number of workers.
/// </summary>
public sealed class IngestService(IFactStore store, ExtractionPipeline? pipeline = null)
{
    private readonly ExtractionPipeline _pipeline = pipeline ?? ExtractionPipeline.Default;

    public Task<IngestReport> IngestAsync(
        IEnumerable<string> paths, IngestOptions? options = null, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= IngestOptions.Default;
        if (options.BatchSize < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.BatchSize, "a batch holds at least one document");
        if (options.MaxParallelism < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxParallelism, "ingest needs at least one worker");
        return new IngestPipeline(store, _pipeline, options, progress).RunAsync(paths, cancellationToken);
    }
}
