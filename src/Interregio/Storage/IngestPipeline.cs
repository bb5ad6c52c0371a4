using System.Threading.Channels;
using Interregio.Domain;
using Interregio.Input;
using Interregio.Pipeline;

namespace Interregio.Storage;

/// <summary>
/// One ingest as three stages joined by bounded channels: a reader lists the inputs (and streams corpus files record
/// by record), N workers read, clean and extract each document, and one writer stores them in batches, in input order.
/// </summary>
/// <remarks>
/// <para>
/// Every item (a file to read, a corpus record, an input error, the end of a corpus file) takes a sequence number and a
/// slot of a fixed window before it enters the pipeline; the writer gives the slot back when it takes the item, in
/// sequence order. So at most <see cref="Window"/> documents are between reader and writer whatever the input size
/// (memory stays bounded), and the writer sees the items in the order a single worker would have produced them: the
/// batches, the outcomes (which copy of a name replaces which), the failures and the progress are the same for any
/// number of workers.
/// </para>
/// <para>
/// The writer never stops draining the results channel (it parks early arrivals in a reorder buffer that the window
/// bounds), so a worker holding the next item in order can always hand it over: no deadlock.
/// </para>
/// </remarks>
internal sealed class IngestPipeline
{
    private readonly IFactStore _store;
    private readonly ExtractionPipeline _pipeline;
    private readonly IngestOptions _options;
    private readonly IProgress<IngestProgress>? _progress;
    private readonly int _workers;

    public IngestPipeline(IFactStore store, ExtractionPipeline pipeline, IngestOptions options, IProgress<IngestProgress>? progress)
    {
        _store = store;
        _pipeline = pipeline;
        _options = options;
        _progress = progress;
        _workers = Math.Clamp(options.MaxParallelism, 1, IngestOptions.MaxWorkers);
        // Enough to keep every worker busy while the writer commits; documents are a few kilobytes each.
        Window = Math.Max(16, _workers * 8);
    }

    /// <summary>Items between the reader and the writer at most.</summary>
    public int Window { get; }

    public async Task<IngestReport> RunAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var files = DocumentReader.Expand(paths).ToList();
        var writer = new Writer(_store, _options, _progress, files.Count(f => f.Error is null));
        var window = new SemaphoreSlim(Window, Window);
        var work = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(Window) { SingleWriter = true, SingleReader = _workers == 1 });
        var results = Channel.CreateBounded<Result>(new BoundedChannelOptions(Window) { SingleWriter = _workers == 1, SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var reader = Task.Run(() => ReadAsync(files, work.Writer, window, stop.Token), stop.Token);
        var workers = Enumerable.Range(0, _workers).Select(_ => Task.Run(() => WorkAsync(work.Reader, results.Writer, stop.Token), stop.Token)).ToArray();
        var extracting = Task.WhenAll(workers).ContinueWith(
            t => results.Writer.TryComplete(t.Exception?.InnerException), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        var writing = writer.RunAsync(results.Reader, window, stop.Token);

        try
        {
            // The first stage to fail stops the others; its exception (not their cancellation) is what the caller sees.
            await FirstFailureAsync([reader, .. workers, writing], stop);
            await extracting;
            return writer.Report();
        }
        finally
        {
            window.Dispose();
        }
    }

    private static async Task FirstFailureAsync(Task[] stages, CancellationTokenSource stop)
    {
        var pending = stages.ToList();
        Exception? first = null;
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending);
            pending.Remove(done);
            if (done.IsFaulted && first is null)
            {
                first = done.Exception!.InnerException!;
                await stop.CancelAsync();
            }
            else if (done.IsCanceled && first is null)
            {
                await stop.CancelAsync();
            }
        }
        if (first is not null)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        foreach (var s in stages)
            await s; // rethrows the caller's cancellation
    }

    /// <summary>
    /// Stage 1 (one task): the files in order. A text or HTML file goes to a worker as its path (reading and cleaning
    /// are work too); a corpus file is streamed here record by record, then marked done.
    /// </summary>
    private async Task ReadAsync(List<(string Path, InputError? Error)> files, ChannelWriter<WorkItem> work, SemaphoreSlim window, CancellationToken ct)
    {
        long seq = 0;
        async Task Send(WorkItem item)
        {
            await window.WaitAsync(ct);
            await work.WriteAsync(item with { Seq = seq++ }, ct);
        }
        try
        {
            foreach (var (path, error) in files)
            {
                ct.ThrowIfCancellationRequested();
                if (error is not null)
                {
                    await Send(new WorkItem { Error = error });
                }
                else if (path != "-" && CorpusReader.IsCorpus(path))
                {
                    foreach (var read in CorpusReader.Read(path, _options.Corpus))
                        await Send(read.Error is { } e ? new WorkItem { Error = e } : new WorkItem { Document = read.Document });
                    await Send(new WorkItem { FileDone = path });
                }
                else
                {
                    await Send(new WorkItem { Path = path, FileDone = path });
                }
            }
            work.Complete();
        }
        catch (Exception e)
        {
            work.TryComplete(e);
            throw;
        }
    }

    /// <summary>Stage 2 (N tasks): read and clean a file, skip content stored already, extract and check the facts.</summary>
    private async Task WorkAsync(ChannelReader<WorkItem> work, ChannelWriter<Result> results, CancellationToken ct)
    {
        await foreach (var item in work.ReadAllAsync(ct))
        {
            var result = new Result { Seq = item.Seq, FileDone = item.FileDone, Error = item.Error };
            var document = item.Document;
            if (item.Path is { } path)
            {
                var read = DocumentReader.Read(path);
                document = read.Document;
                result = result with { Error = read.Error };
            }
            if (document is not null)
            {
                var hash = HashOf(document);
                var stored = await _store.FindStoredContentAsync([hash], ct);
                result = stored.Contains(hash) ? result with { Unchanged = true } : Extract(document, result);
            }
            await results.WriteAsync(result, ct);
        }
    }

    private static string HashOf(SourceDocument d) => d.ContentHash ?? DocumentRecord.HashOf(d.Text);

    /// <summary>Extracts one document and checks its facts as storage will, so one bad document fails alone.</summary>
    private Result Extract(SourceDocument document, Result result)
    {
        var source = document.SourcePath ?? document.Name;
        try
        {
            var record = DocumentRecord.From(_pipeline.Extract(document, _options.Extraction));
            foreach (var fact in record.Facts)
                FactRecord.Of(fact);
            return result with { Record = record };
        }
        catch (FactRejectedException e)
        {
            return result with { Error = new InputError(source, $"a fact cannot be stored: {e.Problem} ({e.Fact.Key})") };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in one stage must not stop a corpus of thousands: the document is reported and skipped.
            return result with { Error = new InputError(source, $"extraction failed: {e.GetType().Name}: {e.Message}") };
        }
    }

    /// <summary>What the reader hands a worker: exactly one of a path, a document or an error, or only a file's end.</summary>
    private sealed record WorkItem
    {
        public long Seq { get; init; }
        public string? Path { get; init; }
        public SourceDocument? Document { get; init; }
        public InputError? Error { get; init; }
        public string? FileDone { get; init; }
    }

    /// <summary>What a worker hands the writer: a record to store, a document stored already, an error, and/or a file's end.</summary>
    private sealed record Result
    {
        public long Seq { get; init; }
        public DocumentRecord? Record { get; init; }
        public bool Unchanged { get; init; }
        public InputError? Error { get; init; }
        public string? FileDone { get; init; }
    }

    /// <summary>Stage 3 (one task): puts results back in input order and stores them batch by batch, one transaction each.</summary>
    private sealed class Writer(IFactStore store, IngestOptions options, IProgress<IngestProgress>? progress, int filesTotal)
    {
        private readonly List<DocumentRecord> _batch = [];
        private readonly List<InputError> _failures = [];
        private readonly Dictionary<FactType, int> _factsAdded = [];
        private IngestCounts _counts;
        private int _unchangedInBatch;
        private int _filesDone;
        private int _batches;

        public async Task RunAsync(ChannelReader<Result> results, SemaphoreSlim window, CancellationToken ct)
        {
            var early = new Dictionary<long, Result>();
            long next = 0;
            await foreach (var result in results.ReadAllAsync(ct))
            {
                early.Add(result.Seq, result);
                while (early.Remove(next, out var r))
                {
                    next++;
                    window.Release();
                    await TakeAsync(r, ct);
                }
            }
            ct.ThrowIfCancellationRequested();
            if (early.Count > 0)
                throw new InvalidOperationException($"ingest lost item {next}: {early.Count} later items are still waiting");
            await FlushAsync(ct);
        }

        private async Task TakeAsync(Result r, CancellationToken ct)
        {
            if (r.Error is { } error)
            {
                _failures.Add(error);
                _counts = _counts.Add(IngestStatus.Failed);
            }
            else if (r.Unchanged)
            {
                // Counted with the batch it arrived in, so counts change only when a batch is committed; it fills the
                // batch as a stored document does, so a re-run commits (and reports) as often as the first run.
                _unchangedInBatch++;
                if (_batch.Count + _unchangedInBatch >= options.BatchSize)
                    await FlushAsync(ct);
            }
            else if (r.Record is { } record)
            {
                _batch.Add(record);
                if (_batch.Count + _unchangedInBatch >= options.BatchSize)
                    await FlushAsync(ct);
            }
            if (r.FileDone is { } path)
            {
                _filesDone++;
                ReportProgress(path);
            }
        }

        private async Task FlushAsync(CancellationToken ct)
        {
            if (_batch.Count == 0 && _unchangedInBatch == 0)
                return;
            for (var i = 0; i < _unchangedInBatch; i++)
                _counts = _counts.Add(IngestStatus.Unchanged);
            _unchangedInBatch = 0;
            if (_batch.Count > 0)
            {
                foreach (var outcome in await store.WriteBatchAsync(_batch, ct))
                {
                    _counts = _counts.Add(outcome.Status);
                    foreach (var (type, n) in outcome.FactsAddedByType)
                        _factsAdded[type] = _factsAdded.GetValueOrDefault(type) + n;
                }
            }
            _batches++;
            _batch.Clear();
            ReportProgress(null);
        }

        private void ReportProgress(string? current) =>
            progress?.Report(new IngestProgress(_filesDone, filesTotal, _counts, _batches, current));

        public IngestReport Report() => new(_counts, new Dictionary<FactType, int>(_factsAdded), _failures.ToList(), _batches);
    }
}
