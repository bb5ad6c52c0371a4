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

    /// <summary>Documents extracted at once within a batch; the pipeline is thread-safe.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
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
/// transaction, so an interrupted ingest loses only its open batch and a re-run completes it.
/// </summary>
public sealed class IngestService(IFactStore store, ExtractionPipeline? pipeline = null)
{
    private readonly ExtractionPipeline _pipeline = pipeline ?? ExtractionPipeline.Default;

    public async Task<IngestReport> IngestAsync(
        IEnumerable<string> paths, IngestOptions? options = null, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= IngestOptions.Default;
        if (options.BatchSize < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.BatchSize, "a batch holds at least one document");
        var files = DocumentReader.Expand(paths).ToList();
        var run = new Run(store, _pipeline, options, progress, files.Count(f => f.Error is null));
        foreach (var (path, error) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (error is not null)
            {
                run.Fail(error);
                continue;
            }
            foreach (var read in DocumentReader.ReadAll([path], options.Corpus))
            {
                if (read.Error is { } e)
                    run.Fail(e);
                else
                    await run.AddAsync(read.Document!, cancellationToken);
            }
            run.FileDone(path);
        }
        await run.FlushAsync(cancellationToken);
        return run.Report();
    }

    /// <summary>The state of one ingest call: the open batch and the running totals.</summary>
    private sealed class Run(IFactStore store, ExtractionPipeline pipeline, IngestOptions options, IProgress<IngestProgress>? progress, int filesTotal)
    {
        private readonly List<SourceDocument> _batch = [];
        private readonly List<InputError> _failures = [];
        private readonly Dictionary<FactType, int> _factsAdded = [];
        private IngestCounts _counts;
        private int _filesDone;
        private int _batches;

        public void Fail(InputError error)
        {
            _failures.Add(error);
            _counts = _counts.Add(IngestStatus.Failed);
        }

        public void FileDone(string path)
        {
            _filesDone++;
            ReportProgress(path);
        }

        public async Task AddAsync(SourceDocument document, CancellationToken cancellationToken)
        {
            _batch.Add(document);
            if (_batch.Count >= options.BatchSize)
                await FlushAsync(cancellationToken);
        }

        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_batch.Count == 0)
                return;
            var hashes = _batch.Select(HashOf).ToList();
            var stored = await store.FindStoredContentAsync(hashes, cancellationToken);
            var toExtract = _batch.Where(d => !stored.Contains(HashOf(d))).ToList();
            var extracted = toExtract
                .AsParallel().AsOrdered()
                .WithDegreeOfParallelism(Math.Max(1, options.MaxParallelism))
                .WithCancellation(cancellationToken)
                .Select(Extract)
                .ToList();

            var records = new List<DocumentRecord>();
            foreach (var (record, error) in extracted)
            {
                if (error is not null)
                    Fail(error);
                else
                    records.Add(record!);
            }
            foreach (var d in _batch.Where(d => stored.Contains(HashOf(d))))
                _counts = _counts.Add(IngestStatus.Unchanged);
            foreach (var outcome in await store.WriteBatchAsync(records, cancellationToken))
            {
                _counts = _counts.Add(outcome.Status);
                foreach (var (type, n) in outcome.FactsAddedByType)
                    _factsAdded[type] = _factsAdded.GetValueOrDefault(type) + n;
            }
            _batches++;
            _batch.Clear();
            ReportProgress(null);
        }

        /// <summary>Extracts one document and checks its facts as storage will, so one bad document fails alone.</summary>
        private (DocumentRecord? Record, InputError? Error) Extract(SourceDocument document)
        {
            var source = document.SourcePath ?? document.Name;
            try
            {
                var record = DocumentRecord.From(pipeline.Extract(document, options.Extraction));
                foreach (var fact in record.Facts)
                    FactRecord.Of(fact);
                return (record, null);
            }
            catch (FactRejectedException e)
            {
                return (null, new InputError(source, $"a fact cannot be stored: {e.Problem} ({e.Fact.Key})"));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug in one stage must not stop a corpus of thousands: the document is reported and skipped.
                return (null, new InputError(source, $"extraction failed: {e.GetType().Name}: {e.Message}"));
            }
        }

        private static string HashOf(SourceDocument d) => d.ContentHash ?? DocumentRecord.HashOf(d.Text);

        private void ReportProgress(string? current) =>
            progress?.Report(new IngestProgress(_filesDone, filesTotal, _counts, _batches, current));

        public IngestReport Report() => new(_counts, new Dictionary<FactType, int>(_factsAdded), _failures.ToList(), _batches);
    }
}
