using System.CommandLine;
using Interregio.Cli;

var root = new RootCommand("interregio: facts with provenance from reports on Belarus's cooperation with Russia's regions");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(FactsCommand.Create());
root.Subcommands.Add(TradeCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
return await CliRunner.RunAsync(root, args);
