using System.Diagnostics;
using System.Globalization;
using Interregio.Domain;
using Interregio.Storage;
using Spectre.Console;

namespace Interregio.Cli;

/// <summary>
/// Runs an ingest for the ingest and demo commands: a progress bar on a terminal, else one line on stderr per
/// committed batch; then the summary on stdout and one line per failed input on stderr.
/// </summary>
public static class IngestRunner
{
    public static async Task<int> RunAsync(string database, IReadOnlyList<string> paths, IngestOptions options, CancellationToken cancellationToken)
    {
        var store = await CommandOptions.OpenAsync(database, create: true, cancellationToken);
        if (store is null)
            return ExitCodes.Usage;
        await using (store)
        {
            var service = new IngestService(store);
            var clock = Stopwatch.StartNew();
            var report = Terminal.IsInteractive
                ? await WithProgressBarAsync(service, paths, options, cancellationToken)
                : await WithProgressLinesAsync(service, paths, options, cancellationToken);
            clock.Stop();
            var summary = await store.SummarizeAsync(cancellationToken);
            WriteSummary(FactDatabase.Describe(store, database), report, summary, clock.Elapsed);
            foreach (var failure in report.Failures)
                Console.Error.WriteLine(failure);
            return report.Failures.Count > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
        }
    }

    private static Task<IngestReport> WithProgressBarAsync(IngestService service, IReadOnlyList<string> paths, IngestOptions options, CancellationToken cancellationToken) =>
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("reading", maxValue: 1);
                var progress = new InlineProgress<IngestProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.FilesTotal);
                    task.Value = p.FilesDone;
                    task.Description = Markup.Escape($"{p.Documents.Total} documents, {p.BatchesCommitted} batches stored");
                });
                var report = await service.IngestAsync(paths, options, progress, cancellationToken);
                task.Value = task.MaxValue;
                return report;
            });

    private static Task<IngestReport> WithProgressLinesAsync(IngestService service, IReadOnlyList<string> paths, IngestOptions options, CancellationToken cancellationToken)
    {
        var committed = 0;
        // One line per committed batch, on stderr so stdout keeps only the summary. A script (or the kill test) can
        // read from it that the documents counted so far are safely stored.
        var progress = new InlineProgress<IngestProgress>(p =>
        {
            if (p.BatchesCommitted == committed)
                return;
            committed = p.BatchesCommitted;
            Console.Error.WriteLine($"ingest: batch {p.BatchesCommitted} committed: {p.Documents.Total} documents, {p.FilesDone}/{p.FilesTotal} files");
        });
        return service.IngestAsync(paths, options, progress, cancellationToken);
    }

    private static readonly FactType[] TypesInOrder =
        [FactType.Trade, FactType.Meeting, FactType.Enterprise, FactType.Product, FactType.Outlets, FactType.Proposal, FactType.Sector, FactType.Target];

    public static void WriteSummary(string database, IngestReport report, StoreSummary summary, TimeSpan elapsed)
    {
        var d = report.Documents;
        var seconds = elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (!Terminal.IsInteractive)
        {
            Console.Out.WriteLine($"documents: new {d.New}, unchanged {d.Unchanged}, replaced {d.Replaced}, failed {d.Failed}");
            var added = TypesInOrder.Where(t => report.FactsAdded.ContainsKey(t)).Select(t => $"{t.ToContract()} {report.FactsAdded[t]}");
            Console.Out.WriteLine($"facts added: {report.FactsAddedTotal}{(report.FactsAddedTotal > 0 ? $" ({string.Join(", ", added)})" : "")}");
            var stored = TypesInOrder.Where(t => summary.FactsOf(t) > 0).Select(t => $"{t.ToContract()} {summary.FactsOf(t)}");
            Console.Out.WriteLine($"database {database}: {summary.Documents} documents, {summary.Facts} facts{(summary.Facts > 0 ? $" ({string.Join(", ", stored)})" : "")}");
            Console.Out.WriteLine($"time: {seconds} s");
            return;
        }
        var documents = new Table().Title("Documents").AddColumns("new", "unchanged", "replaced", "failed");
        documents.AddRow(Num(d.New), Num(d.Unchanged), Num(d.Replaced), d.Failed > 0 ? $"[red]{d.Failed}[/]" : "0");
        AnsiConsole.Write(documents);
        var facts = new Table().Title("Facts").AddColumn("type").AddColumn(new TableColumn("added").RightAligned()).AddColumn(new TableColumn("in database").RightAligned());
        foreach (var t in TypesInOrder.Where(t => report.FactsAdded.ContainsKey(t) || summary.FactsOf(t) > 0))
            facts.AddRow(t.ToContract(), Num(report.FactsAdded.GetValueOrDefault(t)), Num(summary.FactsOf(t)));
        facts.AddRow("[bold]total[/]", $"[bold]{report.FactsAddedTotal}[/]", $"[bold]{summary.Facts}[/]");
        AnsiConsole.Write(facts);
        AnsiConsole.MarkupLine($"{Markup.Escape(database)}: {summary.Documents} documents, {summary.Facts} facts; ingest took {seconds} s");
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
