using Interregio.Domain;
using Interregio.Pipeline;
using Interregio.Storage;
using Interregio.Storage.Sqlite;
using Interregio.Tests.Storage.Fixtures;

namespace Interregio.Tests.Storage;

/// <summary>Ingest over files we write ourselves: outcomes, idempotence, replacement, failures and batching.</summary>
public sealed class IngestServiceTests : IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly TempFolder _folder = new("interregio-ingest");
    private SqliteFactStore _store = null!;

    private string Articles => _folder["articles"];

    public async ValueTask InitializeAsync() => _store = await SqliteFactStore.OpenAsync(_folder["facts.db"], cancellationToken: Cancel);

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    private Task<IngestReport> IngestAsync(IngestOptions? options = null, IProgress<IngestProgress>? progress = null, ExtractionPipeline? pipeline = null, params string[] paths) =>
        new IngestService(_store, pipeline).IngestAsync(paths.Length > 0 ? paths : [Articles], options, progress, Cancel);

    [Fact]
    public async Task Every_article_is_stored_as_new_with_its_facts()
    {
        StorageArticles.WriteTo(Articles);

        var report = await IngestAsync();

        Assert.Equal(new IngestCounts(New: StorageArticles.All.Count, Unchanged: 0, Replaced: 0, Failed: 0), report.Documents);
        Assert.Empty(report.Failures);
        var summary = await _store.SummarizeAsync(Cancel);
        Assert.Equal(StorageArticles.All.Count, summary.Documents);
        Assert.Equal(report.FactsAddedTotal, summary.Facts);
        var penzaTrade = new List<Fact>();
        await foreach (var f in _store.QueryFactsAsync(new FactQuery { Type = FactType.Trade, Partner = StoredFacts.Penza }, Cancel))
            penzaTrade.Add(f);
        Assert.Contains(penzaTrade, f => f is TradeFact { Flow: TradeFlow.Turnover } t && t.Value.Amount == 152_000_000m && t.Doc == "en_penza.txt");
    }

    [Fact]
    public async Task Ingesting_the_same_files_again_changes_no_count()
    {
        StorageArticles.WriteTo(Articles);
        await IngestAsync();
        var before = await _store.SummarizeAsync(Cancel);
        var documentsBefore = await _store.ListDocumentsAsync(Cancel);

        var again = await IngestAsync();

        Assert.Equal(new IngestCounts(0, StorageArticles.All.Count, 0, 0), again.Documents);
        Assert.Equal(0, again.FactsAddedTotal);
        var after = await _store.SummarizeAsync(Cancel);
        Assert.Equal(before.Documents, after.Documents);
        Assert.Equal(before.FactsByType, after.FactsByType);
        Assert.Equal(documentsBefore, await _store.ListDocumentsAsync(Cancel));
    }

    [Fact]
    public async Task A_changed_file_replaces_its_document_and_facts()
    {
        StorageArticles.WriteTo(Articles);
        await IngestAsync();
        await File.WriteAllTextAsync(Path.Combine(Articles, "en_penza.txt"), StorageArticles.PenzaCorrected, Cancel);

        var report = await IngestAsync();

        Assert.Equal(new IngestCounts(0, StorageArticles.All.Count - 1, 1, 0), report.Documents);
        var penza = new List<TradeFact>();
        await foreach (var f in _store.QueryFactsAsync(new FactQuery { Document = "en_penza.txt", Type = FactType.Trade }, Cancel))
            penza.Add((TradeFact)f);
        var turnover = Assert.Single(penza, t => t.Flow == TradeFlow.Turnover);
        Assert.Equal(163_000_000m, turnover.Value.Amount);
        Assert.DoesNotContain(penza, t => t.Value.Amount == 152_000_000m);
        Assert.Equal(StorageArticles.All.Count, (await _store.SummarizeAsync(Cancel)).Documents);
    }

    [Fact]
    public async Task Unreadable_inputs_fail_one_line_each_and_the_rest_is_stored()
    {
        StorageArticles.WriteTo(Articles);
        StorageArticles.WriteUnreadable(Articles);
        var missing = _folder["no-such-folder"];

        var report = await IngestAsync(paths: [Articles, missing]);

        Assert.Equal(StorageArticles.All.Count, report.Documents.New);
        Assert.Equal(StorageArticles.Unreadable.Count + 1, report.Documents.Failed);
        foreach (var name in StorageArticles.Unreadable.Keys)
            Assert.Single(report.Failures, f => f.Source.EndsWith(name, StringComparison.Ordinal));
        Assert.Single(report.Failures, f => f.Source == missing);
        Assert.All(report.Failures, f => Assert.DoesNotContain('\n', f.ToString()));
        Assert.Equal(StorageArticles.All.Count, (await _store.SummarizeAsync(Cancel)).Documents);
    }

    [Fact]
    public async Task Documents_are_committed_in_batches_and_progress_reports_each_commit()
    {
        StorageArticles.WriteMany(Articles, 25);
        var seen = new List<IngestProgress>();

        var report = await IngestAsync(IngestOptions.Default with { BatchSize = 10 }, new SyncProgress(seen.Add));

        Assert.Equal(3, report.BatchesCommitted);
        Assert.Equal(25, report.Documents.New);
        Assert.Equal([1, 2, 3], seen.Select(p => p.BatchesCommitted).Distinct().Where(b => b > 0));
        Assert.Equal(25, seen[^1].FilesDone);
        Assert.All(seen, p => Assert.Equal(25, p.FilesTotal));
        Assert.Equal(seen.Select(p => p.FilesDone).Order(), seen.Select(p => p.FilesDone));
    }

    [Fact]
    public async Task A_document_whose_extraction_throws_fails_alone()
    {
        StorageArticles.WriteTo(Articles);
        var pipeline = new PipelineBuilder().UseDefaults().Add(new ThrowOn("en_samara.txt")).Build();

        var report = await IngestAsync(pipeline: pipeline);

        Assert.Equal(StorageArticles.All.Count - 1, report.Documents.New);
        var failure = Assert.Single(report.Failures);
        Assert.EndsWith("en_samara.txt", failure.Source);
        Assert.Contains("extraction failed", failure.Problem);
    }

    [Fact]
    public async Task A_document_with_a_fact_storage_refuses_fails_alone()
    {
        StorageArticles.WriteTo(Articles);
        var pipeline = new PipelineBuilder().UseDefaults().Add(new AddUnknownQualifierTo("en_penza.txt")).Build();

        var report = await IngestAsync(pipeline: pipeline);

        Assert.Equal(StorageArticles.All.Count - 1, report.Documents.New);
        var failure = Assert.Single(report.Failures);
        Assert.EndsWith("en_penza.txt", failure.Source);
        Assert.Contains("qualifier", failure.Problem);
        Assert.Null(await _store.FindDocumentAsync("en_penza.txt", Cancel));
    }

    [Fact]
    public async Task An_html_page_is_stored_as_the_visible_text_its_quotes_point_into()
    {
        StorageArticles.WriteTo(Articles);
        await IngestAsync();

        var page = await _store.FindDocumentAsync("en_kursk.html", Cancel);

        Assert.NotNull(page);
        Assert.DoesNotContain("<p>", page.Text);
        Assert.Equal("en", page.Info.Language);
        await foreach (var f in _store.QueryFactsAsync(new FactQuery { Document = "en_kursk.html" }, Cancel))
            Assert.Equal(f.Quote, page.Text[f.Source.Start..f.Source.End]);
    }

    private sealed class SyncProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }

    private sealed class ThrowOn(string name) : IDocumentStage
    {
        public void Run(DocumentContext context)
        {
            if (context.Name == name)
                throw new InvalidOperationException("a stage failed on purpose");
        }
    }

    /// <summary>Adds a fact no store may keep, as a buggy assembler would.</summary>
    private sealed class AddUnknownQualifierTo(string name) : IDocumentStage
    {
        public void Run(DocumentContext context)
        {
            if (context.Name == name)
                context.Facts.Add(StoredFacts.Trade(name, 1, qualifier: Qualifier.Unknown));
        }
    }
}
