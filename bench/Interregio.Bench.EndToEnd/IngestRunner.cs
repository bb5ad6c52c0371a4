using System.Diagnostics;
using Interregio.Storage;
using Interregio.Storage.Sqlite;

namespace Interregio.Bench.EndToEnd;

/// <summary>
/// Ingest into a fresh SQLite database through the library's <see cref="IngestService"/> (the path `interregio
/// ingest` takes): read, extract, one transaction per batch of 200 documents. Extraction is held to one worker so
/// the figure compares with extract on one thread; the CPU column is the whole process (reading, extraction,
/// SQLite). A second pass over the same files is the idempotent re-ingest: every document is found unchanged by
/// its content hash and nothing is extracted.
/// </summary>
internal static class IngestRunner
{
    public static IEnumerable<Measurement> Run(string corpus, string language, string workDir)
    {
        Directory.CreateDirectory(workDir);
        var folder = Path.Combine(corpus, language);
        var files = CorpusGenerator.Files(corpus, language);
        var bytes = files.Sum(f => new FileInfo(f).Length);
        var options = new IngestOptions { MaxParallelism = 1 };

        // warm-up on a throwaway database: JIT, SQLite's native library, the gazetteers
        var warmDb = Path.Combine(workDir, $"warmup-{language}.db");
        Delete(warmDb);
        Ingest(warmDb, files.Take(ExtractRunner.WarmupDocuments).ToArray(), options).GetAwaiter().GetResult();
        Delete(warmDb);

        var db = Path.Combine(workDir, $"ingest-{language}.db");
        Delete(db);
        var first = Ingest(db, [folder], options).GetAwaiter().GetResult();
        var again = Ingest(db, [folder], options).GetAwaiter().GetResult();
        var size = new FileInfo(db).Length + (File.Exists(db + "-wal") ? new FileInfo(db + "-wal").Length : 0);
        var peak = Measurement.PeakWorkingSet();
        Delete(db);

        yield return new Measurement
        {
            Tool = "Interregio ingest → SQLite",
            Language = language,
            Documents = first.Report.Documents.Total,
            Bytes = bytes,
            Seconds = first.Seconds,
            CpuSeconds = first.CpuSeconds,
            PeakWorkingSetBytes = peak,
            Found = first.Report.FactsAddedTotal,
            FoundLabel = "facts stored",
            Note = $"new database, batches of {IngestOptions.Default.BatchSize}, one extract worker; {first.Report.Documents.New} new, {first.Report.Documents.Failed} failed; {first.Report.BatchesCommitted} commits; database {size / 1e6:0} MB; CPU = whole process",
        };
        yield return new Measurement
        {
            Tool = "Interregio re-ingest (unchanged)",
            Language = language,
            Documents = again.Report.Documents.Total,
            Bytes = bytes,
            Seconds = again.Seconds,
            CpuSeconds = again.CpuSeconds,
            PeakWorkingSetBytes = peak,
            Found = again.Report.FactsAddedTotal,
            FoundLabel = "facts stored",
            Note = $"same files again: {again.Report.Documents.Unchanged} unchanged by content hash, nothing extracted; CPU = whole process",
        };
    }

    private static async Task<(IngestReport Report, double Seconds, double CpuSeconds)> Ingest(string db, string[] paths, IngestOptions options)
    {
        await using var store = await SqliteFactStore.OpenAsync(db);
        var service = new IngestService(store);
        using var self = Process.GetCurrentProcess();
        var cpu0 = self.TotalProcessorTime;
        var t0 = Stopwatch.GetTimestamp();
        var report = await service.IngestAsync(paths, options);
        var seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        self.Refresh();
        return (report, seconds, (self.TotalProcessorTime - cpu0).TotalSeconds);
    }

    private static void Delete(string db)
    {
        foreach (var f in new[] { db, db + "-wal", db + "-shm" })
        {
            if (File.Exists(f))
                File.Delete(f);
        }
    }
}
