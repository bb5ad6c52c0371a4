using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Interregio.Tests.Storage.Fixtures;

namespace Interregio.Cli.Tests;

/// <summary>
/// Several `interregio ingest` processes against one PostgreSQL database, as ingest workers on several machines
/// would run: overlapping inputs store each document and fact once, and a worker killed with SIGKILL loses only its
/// open transaction. Each test works in a database of its own.
/// </summary>
public sealed partial class PostgresIngestTests : IDisposable
{
    private readonly TempFolder _folder = new("interregio-pg-cli");

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"^documents: new (\d+), unchanged (\d+), replaced (\d+), failed (\d+)$")]
    private static partial Regex DocumentsLine();

    private static (int New, int Unchanged, int Replaced, int Failed) Documents(CliResult r)
    {
        var m = r.StdoutLines.Select(l => DocumentsLine().Match(l)).Single(m => m.Success);
        int N(int g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        return (N(1), N(2), N(3), N(4));
    }

    [Fact]
    public async Task Three_worker_processes_over_overlapping_folders_store_each_document_and_fact_once()
    {
        // Three folders of 80 articles; process k reads folders k and k+1, so every article goes to two processes,
        // which reach it in different orders (one of them reads its folders the other way round).
        var parts = Enumerable.Range(0, 3).Select(k => GeneratedArticles.Write(_folder[$"part{k}"], 80 * k, 80 * (k + 1))).ToArray();
        await using var shared = await PostgresServer.CreateDatabaseAsync();
        await using var clean = await PostgresServer.CreateDatabaseAsync();

        string[] Args(int k, string db) => ["ingest", parts[k], parts[(k + 1) % 3], "--db", db, "--workers", "2", "--batch-size", "15"];
        var runs = await Task.WhenAll(
            CliProcess.RunAsync(_folder.Path, Args(0, shared.Url)),
            CliProcess.RunAsync(_folder.Path, ["ingest", parts[2], parts[1], "--db", shared.ConnectionString, "--workers", "2", "--batch-size", "15"]),
            CliProcess.RunAsync(_folder.Path, Args(2, shared.Url)));
        var once = await CliProcess.RunAsync(_folder.Path, "ingest", parts[0], parts[1], parts[2], "--db", clean.Url, "--workers", "2");

        foreach (var r in runs.Append(once))
            Assert.True(r.ExitCode == 0, r.ToString());
        // Each process saw 160 documents; between them every one of the 240 was new exactly once.
        Assert.All(runs, r => Assert.Equal(160, Documents(r).New + Documents(r).Unchanged));
        Assert.Equal(240, runs.Sum(r => Documents(r).New));
        Assert.All(runs, r => Assert.Equal((0, 0), (Documents(r).Replaced, Documents(r).Failed)));
        Assert.Equal((240, 0, 0, 0), Documents(once));

        Assert.Equal(240, await shared.ScalarAsync("SELECT COUNT(*) FROM documents", Cancel));
        Assert.Equal(0, await shared.ScalarAsync("SELECT COUNT(*) FROM (SELECT 1 FROM facts GROUP BY document_sha256, key HAVING COUNT(*) > 1) d", Cancel));
        var expected = await clean.ContentAsync(Cancel);
        var actual = await shared.ContentAsync(Cancel);
        Assert.True(expected.Facts.Count >= 240 * 2, $"only {expected.Facts.Count} facts from 240 articles");
        Assert.Equal(await clean.ScalarAsync("SELECT COUNT(*) FROM facts", Cancel), await shared.ScalarAsync("SELECT COUNT(*) FROM facts", Cancel));
        Assert.Equal(expected.Facts, actual.Facts);
        Assert.Equal(expected.Documents, actual.Documents);
    }

    [Fact]
    public async Task A_worker_killed_mid_ingest_loses_only_its_open_batch_and_a_rerun_completes_it_exactly()
    {
        const int Articles = 1_000;
        const int BatchSize = 10;
        var articles = GeneratedArticles.Write(_folder["articles"], 0, Articles);
        await using var killed = await PostgresServer.CreateDatabaseAsync();
        await using var clean = await PostgresServer.CreateDatabaseAsync();
        string[] Args(string db) => ["ingest", articles, "--db", db, "--workers", "2", "--batch-size", BatchSize.ToString(CultureInfo.InvariantCulture)];

        // 1. SIGKILL the worker as soon as its first batch is visible in the database.
        await IngestAndKillAfterFirstBatchAsync(killed, Args(killed.Url));

        // 2. What survived is whole batches of whole documents: each with all its facts.
        var survived = (int)await killed.ScalarAsync("SELECT COUNT(*) FROM documents", Cancel);
        Assert.True(survived >= BatchSize, $"only {survived} documents survived though a batch was visible");
        Assert.True(survived < Articles, $"the ingest finished ({survived} documents) before it was killed");
        Assert.Equal(0, survived % BatchSize);

        // 3. The re-run stores the rest, nothing twice.
        var rerun = await CliProcess.RunAsync(_folder.Path, Args(killed.Url));
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal((Articles - survived, survived, 0, 0), Documents(rerun));

        // 4. ... and the database equals one ingest that was never interrupted, fact for fact.
        var once = await CliProcess.RunAsync(_folder.Path, Args(clean.Url));
        Assert.True(once.ExitCode == 0, once.ToString());
        var expected = await clean.ContentAsync(Cancel);
        var actual = await killed.ContentAsync(Cancel);
        Assert.Equal(Articles, actual.Documents.Count);
        Assert.Equal(expected.Documents, actual.Documents);
        Assert.Equal(expected.Facts, actual.Facts);
    }

    private async Task IngestAndKillAfterFirstBatchAsync(PostgresServer db, string[] args)
    {
        using var process = Process.Start(CliProcess.StartInfo(_folder.Path, null, args))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(Cancel);
        var stderr = process.StandardError.ReadToEndAsync(Cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            // The schema exists once the process has migrated; the first row of documents is the first commit.
            while (!process.HasExited)
            {
                if (await db.CommittedDocumentsAsync(timeout.Token) > 0)
                {
                    // Process.Kill sends SIGKILL on Unix: no finally block, no dispose, no commit runs in the child.
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(timeout.Token);
                    return;
                }
                await Task.Delay(10, timeout.Token);
            }
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        Assert.Fail($"the ingest ended (exit {process.ExitCode}) before a batch was seen\n{await stdout}\n{await stderr}");
    }

    [Fact]
    public async Task Reading_commands_work_on_postgres_and_never_print_the_password()
    {
        var articles = StorageArticles.WriteTo(_folder["articles"]);
        await using var db = await PostgresServer.CreateDatabaseAsync();
        // A password the server does not need (trust on 127.0.0.1) still must not appear in any message.
        var withPassword = db.ConnectionString + ";Password=s3cret-word";

        var ingest = await CliProcess.RunAsync(_folder.Path, "ingest", articles, "--db", withPassword);
        var facts = await CliProcess.RunAsync(_folder.Path, "facts", "--db", db.Url, "--type", "trade", "--format", "jsonl");
        var trade = await CliProcess.RunAsync(_folder.Path, "trade", "Penza Oblast", "--db", db.ConnectionString);
        var unreachable = await CliProcess.RunAsync(_folder.Path, "facts", "--db", "postgres://someone:s3cret-word@127.0.0.1:1/nothing");

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.Contains($"database postgres://", ingest.Stdout);
        Assert.True(facts.ExitCode == 0, facts.ToString());
        Assert.Contains(facts.StdoutLines, l => l.Contains("\"partner\":\"RU-PNZ\"", StringComparison.Ordinal) && l.Contains("152000000", StringComparison.Ordinal));
        Assert.True(trade.ExitCode == 0, trade.ToString());
        Assert.Contains(trade.StdoutLines, l => l.StartsWith("BY\tRU-PNZ\tturnover\t2023", StringComparison.Ordinal));
        Assert.Equal(2, unreachable.ExitCode);
        var error = Assert.Single(unreachable.StderrLines);
        Assert.Contains("postgres://127.0.0.1:1/nothing", error);
        foreach (var r in new[] { ingest, facts, trade, unreachable })
            Assert.DoesNotContain("s3cret", r.Stdout + r.Stderr);
    }
}
