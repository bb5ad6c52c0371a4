using System.CommandLine;
using System.Globalization;
using Interregio.Domain;
using Interregio.Storage;
using Spectre.Console;

namespace Interregio.Cli;

/// <summary>What the demo does once the samples are stored: Program passes one that serves the database.</summary>
public delegate Task<int> DemoFollowUp(string database, string? urls, CancellationToken cancellationToken);

/// <summary>
/// interregio demo [--db FILE] [--urls URLS] [--no-serve]: ingest the bundled sample articles, show what the fact base
/// holds, then serve the dashboard over it (http://127.0.0.1:5080) until Ctrl+C; --no-serve stops after the summary.
/// </summary>
public static class DemoCommand
{
    public const string SamplesFolder = "samples/articles";

    public static Command Create(DemoFollowUp? followUp = null)
    {
        var db = CommandOptions.Database();
        var urls = ServeCommand.Urls();
        var noServe = new Option<bool>("--no-serve") { Description = "stop after the ingest and its summary instead of serving the dashboard" };
        var cmd = new Command("demo", "Ingest the bundled sample articles into the database, show a summary, then serve the dashboard at " + Web.WebOptions.DefaultUrl)
        {
            db, urls, noServe,
        };
        cmd.SetAction(async (parse, cancellationToken) =>
        {
            var samples = LocateSamples(Environment.CurrentDirectory, AppContext.BaseDirectory);
            if (samples is null)
            {
                return CommandOptions.UsageError(
                    $"cannot find {SamplesFolder} in the current folder, its parents or beside the program; run the demo from the repository");
            }
            var database = parse.GetValue(db)!;
            var code = await IngestRunner.RunAsync(database, [samples], IngestOptions.Default, cancellationToken);
            if (code == ExitCodes.Usage)
                return code;
            var store = await CommandOptions.OpenExistingAsync(database, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            await using (store)
            {
                var facts = new List<Fact>();
                await foreach (var f in store.QueryFactsAsync(FactQuery.All, cancellationToken))
                    facts.Add(f);
                WritePartners(PartnerFactCounts.Of(facts));
            }
            if (followUp is not null && code == ExitCodes.Success && !parse.GetValue(noServe))
                return await followUp(database, parse.GetValue(urls), cancellationToken);
            return code;
        });
        return cmd;
    }

    /// <summary>
    /// The samples folder: in the current folder or a parent (running from a clone of the repository), else beside
    /// the program (the build copies samples/articles into its output).
    /// </summary>
    public static string? LocateSamples(string currentDirectory, string programDirectory)
    {
        for (var dir = new DirectoryInfo(currentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, SamplesFolder);
            if (Directory.Exists(candidate))
                return candidate;
        }
        var beside = Path.Combine(programDirectory, SamplesFolder);
        return Directory.Exists(beside) ? beside : null;
    }

    private static readonly FactType[] Columns = [FactType.Trade, FactType.Meeting, FactType.Enterprise, FactType.Product, FactType.Outlets];

    private static void WritePartners(IReadOnlyList<PartnerFactCounts> partners)
    {
        if (!Terminal.IsInteractive)
        {
            Console.Out.WriteLine("partner\tdocuments\t" + string.Join("\t", Columns.Select(c => c.ToContract())));
            foreach (var p in partners)
                Console.Out.WriteLine($"{p.Partner}\t{p.Documents}\t{string.Join("\t", Columns.Select(c => p.Of(c)))}");
            return;
        }
        var table = new Table().Title("Facts by partner region").AddColumn("partner").AddColumn(new TableColumn("documents").RightAligned());
        foreach (var c in Columns)
            table.AddColumn(new TableColumn(c.ToContract()).RightAligned());
        foreach (var p in partners)
        {
            table.AddRow([Markup.Escape(CommandOptions.RegionName(p.Partner)), p.Documents.ToString(CultureInfo.InvariantCulture),
                .. Columns.Select(c => p.Of(c).ToString(CultureInfo.InvariantCulture))]);
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine("Try: [bold]interregio trade \"Smolensk Oblast\"[/], [bold]interregio facts --type meeting[/] or [bold]interregio serve[/]");
    }
}
