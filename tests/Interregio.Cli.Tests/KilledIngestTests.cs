using System.Diagnostics;
using Interregio.Output;
using Interregio.Storage;
using Interregio.Storage.Sqlite;
using Interregio.Tests.Storage.Fixtures;

namespace Interregio.Cli.Tests;

/// <summary>
/// kill -9 during an ingest: only the open batch is lost, the file stays a sound database, and a second run stores
/// exactly what an uninterrupted run stores.
/// </summary>
public sealed class KilledIngestTests : IDisposable
{
    private const int Articles = 1_000;
    private const int BatchSize = 10;

    private readonly TempFolder _folder = new("interregio-kill");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_killed_ingest_loses_only_its_open_batch_and_a_rerun_completes_it_exactly()
    {
        var cancel = TestContext.Current.CancellationToken;
        var articles = StorageArticles.WriteMany(_folder["articles"], Articles);

        // 1. Start an ingest and SIGKILL it as soon as it reports its third committed batch.
        var killedAfter = await IngestAndKillAfterBatch(articles, "killed.db", batch: 3, cancel);

        // 2. What survived is whole batches of whole documents, each with all its facts.
        IReadOnlyList<DocumentInfo> survivors;
        await using (var store = await SqliteFactStore.OpenAsync(_folder["killed.db"], create: false, cancellationToken: cancel))
            survivors = await store.ListDocumentsAsync(cancel);
        var survived = survivors.Count;
        Assert.True(survived >= 3 * BatchSize, $"only {survived} documents survived though batch 3 was reported committed");
        Assert.True(survived < Articles, $"the ingest finished ({survived} documents) before it was killed after '{killedAfter}'");
        Assert.Equal(0, survived % BatchSize);

        // 3. The second run stores the rest: the survivors are unchanged, nothing is stored twice.
        var rerun = await CliProcess.RunAsync(_folder.Path, "ingest", articles, "--db", "killed.db", "--batch-size", BatchSize.ToString());
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains($"documents: new {Articles - survived}, unchanged {survived}, replaced 0, failed 0", rerun.StdoutLines);

        // 4. ... and the result equals an ingest that was never interrupted, fact for fact.
        var clean = await CliProcess.RunAsync(_folder.Path, "ingest", articles, "--db", "clean.db", "--batch-size", BatchSize.ToString());
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Equal(await FactLines("clean.db", cancel), await FactLines("killed.db", cancel));
        // Each survivor already had all its facts before the re-run: as many as the uninterrupted run found.
        await using var cleanStore = await SqliteFactStore.OpenAsync(_folder["clean.db"], create: false, cancellationToken: cancel);
        var cleanFacts = (await cleanStore.ListDocumentsAsync(cancel)).ToDictionary(d => d.Name, d => d.Facts);
        Assert.All(survivors, d => Assert.True(d.Facts > 0 && d.Facts == cleanFacts[d.Name], $"{d.Name}: {d.Facts} facts survived, {cleanFacts[d.Name]} in a clean run"));
    }

    private async Task<string> IngestAndKillAfterBatch(string articles, string database, int batch, CancellationToken cancel)
    {
        var psi = CliProcess.StartInfo(_folder.Path, null, "ingest", articles, "--db", database, "--batch-size", BatchSize.ToString());
        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        _ = process.StandardOutput.ReadToEndAsync(cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        var marker = $"ingest: batch {batch} committed";
        try
        {
            while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
            {
                if (!line.StartsWith(marker, StringComparison.Ordinal))
                    continue;
                // Process.Kill sends SIGKILL on Unix: no finally block, no dispose, no flush runs in the child.
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(timeout.Token);
                return line;
            }
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        Assert.Fail($"the ingest ended (exit {process.ExitCode}) without reporting batch {batch}");
        return "";
    }

    /// <summary>Every stored fact as its contract line, with the document it belongs to, sorted.</summary>
    private async Task<List<string>> FactLines(string database, CancellationToken cancel)
    {
        await using var store = await SqliteFactStore.OpenAsync(_folder[database], create: false, cancellationToken: cancel);
        var lines = new List<string>();
        await foreach (var fact in store.QueryFactsAsync(FactQuery.All, cancel))
            lines.Add(FactJson.ToJson(fact));
        Assert.Equal(Articles, (await store.SummarizeAsync(cancel)).Documents);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
