using System.Text;
using Interregio.Domain;
using Interregio.Output;
using Interregio.Storage;
using Interregio.Storage.Postgres;
using Interregio.Storage.Sqlite;
using Interregio.Tests.Storage.Fixtures;

namespace Interregio.Tests.Storage;

/// <summary>
/// Ingest with several workers gives exactly what one worker gives: the same documents by outcome, facts by type,
/// failures (in input order), commits, and the same stored facts. A subclass names the database.
/// </summary>
public abstract class ParallelIngestContract : IAsyncLifetime
{
    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected TempFolder Folder { get; } = new("interregio-parallel");

    private readonly List<IFactStore> _stores = [];

    /// <summary>A new, empty store; the subclass disposes what it made for it.</summary>
    protected abstract Task<IFactStore> OpenEmptyStoreAsync(string name);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var s in _stores)
            await s.DisposeAsync();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<IFactStore> StoreAsync(string name)
    {
        var store = await OpenEmptyStoreAsync(name);
        _stores.Add(store);
        return store;
    }

    /// <summary>
    /// 60 generated articles, the four storage articles, a corrected copy of one under the same name (replaces it), a
    /// copy of another under a new name (unchanged), three unreadable files, and a JSON Lines corpus of four records
    /// and one broken line.
    /// </summary>
    private string WriteCorpus()
    {
        var root = Folder["corpus"];
        StorageArticles.WriteTo(Path.Combine(root, "a"));
        Directory.CreateDirectory(Path.Combine(root, "b"));
        File.WriteAllText(Path.Combine(root, "b", "en_penza.txt"), StorageArticles.PenzaCorrected, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(root, "b", "samara_reprint.txt"), StorageArticles.Samara, new UTF8Encoding(false));
        StorageArticles.WriteMany(Path.Combine(root, "bulk"), 60);
        StorageArticles.WriteUnreadable(Path.Combine(root, "d"));
        var lines = new StringBuilder();
        for (var i = 0; i < 4; i++)
        {
            var text = $"MINSK, 2 June 2024 (BelTA) – Trade between Belarus and Samara Oblast reached ${300 + i} million in 2023, up {i + 2}% year-on-year.";
            lines.Append(System.Text.Json.JsonSerializer.Serialize(new { id = $"rec_{i}", text })).Append('\n');
        }
        lines.Append("{\"id\": \"rec_broken\", \"text\": \n");
        Directory.CreateDirectory(Path.Combine(root, "e"));
        File.WriteAllText(Path.Combine(root, "e", "records.jsonl"), lines.ToString(), new UTF8Encoding(false));
        return root;
    }

    private const int Generated = 60;

    [Fact]
    public async Task Four_workers_store_exactly_what_one_worker_stores()
    {
        var corpus = WriteCorpus();
        var one = await StoreAsync("one");
        var four = await StoreAsync("four");
        var options = IngestOptions.Default with { BatchSize = 7 };

        var byOne = await new IngestService(one).IngestAsync([corpus], options with { MaxParallelism = 1 }, cancellationToken: Cancel);
        var byFour = await new IngestService(four).IngestAsync([corpus], options with { MaxParallelism = 4 }, cancellationToken: Cancel);

        // Exact counts: 60 + 4 articles + 4 records new; the corrected Penza replaces the first; the reprint of Samara
        // is stored content; three files and one record cannot be read.
        Assert.Equal(new IngestCounts(New: Generated + 4 + 4, Unchanged: 1, Replaced: 1, Failed: 4), byOne.Documents);
        Assert.Equal(byOne.Documents, byFour.Documents);
        Assert.Equal(byOne.FactsAdded.OrderBy(p => p.Key), byFour.FactsAdded.OrderBy(p => p.Key));
        Assert.Equal(byOne.Failures, byFour.Failures);
        Assert.Equal(byOne.BatchesCommitted, byFour.BatchesCommitted);
        Assert.True(byOne.FactsAdded.GetValueOrDefault(FactType.Trade) >= Generated * 3, $"only {byOne.FactsAdded.GetValueOrDefault(FactType.Trade)} trade facts");

        var summaryOne = await one.SummarizeAsync(Cancel);
        var summaryFour = await four.SummarizeAsync(Cancel);
        Assert.Equal(Generated + 4 + 4, summaryOne.Documents);
        Assert.Equal(summaryOne.Documents, summaryFour.Documents);
        Assert.Equal(summaryOne.FactsByType.OrderBy(p => p.Key), summaryFour.FactsByType.OrderBy(p => p.Key));
        Assert.Equal(await FactLinesAsync(one), await FactLinesAsync(four));
        // The copy read last wins the name, whatever the number of workers.
        var penza = await four.FindDocumentAsync("en_penza.txt", Cancel);
        Assert.Contains("$163 million", penza!.Text);

        // Again with four workers: everything is stored content, nothing is added.
        var again = await new IngestService(four).IngestAsync([Path.Combine(corpus, "bulk"), Path.Combine(corpus, "e")], options with { MaxParallelism = 4 }, cancellationToken: Cancel);
        Assert.Equal(new IngestCounts(New: 0, Unchanged: Generated + 4, Replaced: 0, Failed: 1), again.Documents);
        Assert.Equal(0, again.FactsAddedTotal);
        Assert.Equal(summaryFour.FactsByType.OrderBy(p => p.Key), (await four.SummarizeAsync(Cancel)).FactsByType.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task Progress_with_several_workers_reports_files_in_order_and_every_commit()
    {
        var folder = StorageArticles.WriteMany(Folder["many"], 25);
        var store = await StoreAsync("progress");
        var seen = new List<IngestProgress>();

        var report = await new IngestService(store).IngestAsync(
            [folder], IngestOptions.Default with { BatchSize = 10, MaxParallelism = 3 }, new Inline(seen.Add), Cancel);

        Assert.Equal(3, report.BatchesCommitted);
        Assert.Equal(25, report.Documents.New);
        Assert.Equal([1, 2, 3], seen.Select(p => p.BatchesCommitted).Distinct().Where(b => b > 0));
        Assert.Equal(seen.Select(p => p.FilesDone).Order(), seen.Select(p => p.FilesDone));
        Assert.Equal(25, seen[^1].FilesDone);
        // Committed documents never go backwards and end at the total.
        Assert.Equal(seen.Select(p => p.Documents.Total).Order(), seen.Select(p => p.Documents.Total));
        Assert.Equal(25, seen[^1].Documents.Total);
    }

    private static async Task<List<string>> FactLinesAsync(IFactStore store)
    {
        var lines = new List<string>();
        await foreach (var f in store.QueryFactsAsync(FactQuery.All, Cancel))
            lines.Add(FactJson.ToJson(f));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    protected sealed class Inline(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}

public sealed class ParallelIngestSqliteTests : ParallelIngestContract
{
    protected override async Task<IFactStore> OpenEmptyStoreAsync(string name) =>
        await SqliteFactStore.OpenAsync(Folder[$"{name}.db"], cancellationToken: Cancel);

    [Fact]
    public async Task A_store_that_fails_stops_every_worker_and_the_ingest_throws_its_error()
    {
        var folder = StorageArticles.WriteMany(Folder["fail"], 200);
        await using var inner = await SqliteFactStore.OpenAsync(Folder["fail.db"], cancellationToken: Cancel);
        var failing = new FailingStore(inner, failOnWrite: 2);

        var e = await Assert.ThrowsAsync<IOException>(() =>
            new IngestService(failing).IngestAsync([folder], IngestOptions.Default with { BatchSize = 10, MaxParallelism = 3 }, cancellationToken: Cancel));

        Assert.Equal("disk full (on purpose)", e.Message);
        Assert.Equal(10, (await inner.SummarizeAsync(Cancel)).Documents);
    }

    [Fact]
    public async Task Documents_in_flight_are_bounded_while_the_writer_waits()
    {
        // 1,000 articles, batches of 5: while the first commit is held, workers may run ahead of the writer only by
        // the pipeline's window, not through the whole folder.
        var folder = StorageArticles.WriteMany(Folder["bounded"], 1_000);
        await using var inner = await SqliteFactStore.OpenAsync(Folder["bounded.db"], cancellationToken: Cancel);
        var held = new HeldStore(inner);
        var options = IngestOptions.Default with { BatchSize = 5, MaxParallelism = 2 };
        var window = new IngestPipeline(held, Pipeline.ExtractionPipeline.Default, options, null).Window;

        var ingest = new IngestService(held).IngestAsync([folder], options, cancellationToken: Cancel);
        await held.FirstWrite.Task.WaitAsync(TimeSpan.FromMinutes(1), Cancel);
        // Give the workers every chance to run ahead (extracting one of these takes well under a millisecond).
        await Task.Delay(TimeSpan.FromMilliseconds(500), Cancel);
        var looked = held.Lookups;
        held.Release.SetResult();
        var report = await ingest;

        Assert.True(looked <= options.BatchSize + window, $"{looked} documents were read while the first batch waited; the window is {window}");
        Assert.Equal(1_000, report.Documents.New);
    }

    /// <summary>Counts the per-document lookups workers make and holds the first write until released.</summary>
    private sealed class HeldStore(IFactStore inner) : IFactStore
    {
        private int _lookups;

        public int Lookups => Volatile.Read(ref _lookups);

        public TaskCompletionSource FirstWrite { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<IReadOnlyList<DocumentOutcome>> WriteBatchAsync(IReadOnlyList<DocumentRecord> batch, CancellationToken cancellationToken = default)
        {
            FirstWrite.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            return await inner.WriteBatchAsync(batch, cancellationToken);
        }

        public Task<IReadOnlySet<string>> FindStoredContentAsync(IReadOnlyCollection<string> contentSha256, CancellationToken cancellationToken = default)
        {
            Interlocked.Add(ref _lookups, contentSha256.Count);
            return inner.FindStoredContentAsync(contentSha256, cancellationToken);
        }

        public IAsyncEnumerable<Fact> QueryFactsAsync(FactQuery query, CancellationToken cancellationToken = default) => inner.QueryFactsAsync(query, cancellationToken);

        public Task<IReadOnlyList<DocumentInfo>> ListDocumentsAsync(CancellationToken cancellationToken = default) => inner.ListDocumentsAsync(cancellationToken);

        public Task<StoredDocument?> FindDocumentAsync(string name, CancellationToken cancellationToken = default) => inner.FindDocumentAsync(name, cancellationToken);

        public Task<StoreSummary> SummarizeAsync(CancellationToken cancellationToken = default) => inner.SummarizeAsync(cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>A store whose n-th write fails, as a full disk or a lost server would.</summary>
    private sealed class FailingStore(IFactStore inner, int failOnWrite) : IFactStore
    {
        private int _writes;

        public Task<IReadOnlyList<DocumentOutcome>> WriteBatchAsync(IReadOnlyList<DocumentRecord> batch, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _writes) == failOnWrite
                ? throw new IOException("disk full (on purpose)")
                : inner.WriteBatchAsync(batch, cancellationToken);

        public Task<IReadOnlySet<string>> FindStoredContentAsync(IReadOnlyCollection<string> contentSha256, CancellationToken cancellationToken = default) =>
            inner.FindStoredContentAsync(contentSha256, cancellationToken);

        public IAsyncEnumerable<Fact> QueryFactsAsync(FactQuery query, CancellationToken cancellationToken = default) => inner.QueryFactsAsync(query, cancellationToken);

        public Task<IReadOnlyList<DocumentInfo>> ListDocumentsAsync(CancellationToken cancellationToken = default) => inner.ListDocumentsAsync(cancellationToken);

        public Task<StoredDocument?> FindDocumentAsync(string name, CancellationToken cancellationToken = default) => inner.FindDocumentAsync(name, cancellationToken);

        public Task<StoreSummary> SummarizeAsync(CancellationToken cancellationToken = default) => inner.SummarizeAsync(cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

public sealed class ParallelIngestPostgresTests : ParallelIngestContract
{
    private readonly List<PostgresTestDatabase> _databases = [];

    protected override async Task<IFactStore> OpenEmptyStoreAsync(string name)
    {
        var db = await PostgresTestDatabase.CreateAsync();
        _databases.Add(db);
        return await PostgresFactStore.OpenAsync(db.ConnectionString, cancellationToken: Cancel);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var db in _databases)
            await db.DisposeAsync();
    }
}
