using System.CommandLine;
using Interregio.Cli;

var root = new RootCommand("interregio: facts with provenance from reports on Belarus's cooperation with Russia's regions");
root.Subcommands.Add(ExtractCommand.Create());
return await CliRunner.RunAsync(root, args);
