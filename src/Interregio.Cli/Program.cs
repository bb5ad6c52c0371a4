using System.CommandLine;
using Interregio.Cli;

var root = new RootCommand("interregio: facts with provenance from reports on Belarus's cooperation with Russia's regions");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(FactsCommand.Create());
root.Subcommands.Add(TradeCommand.Create());
root.Subcommands.Add(DemoCommand.Create(ServeDemo));
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
return await CliRunner.RunAsync(root, args);

// The demo ends by serving its database, as `interregio serve --db` would (loopback only, read-only unless a token is set).
static async Task<int> ServeDemo(string database, string? urls, CancellationToken cancellationToken) =>
    ServeCommand.Options(database, urls, token: null, allowRemote: false) is { } options
        ? await ServeCommand.RunAsync(options, cancellationToken)
        : ExitCodes.Usage;
