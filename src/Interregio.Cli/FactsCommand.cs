using System.CommandLine;
using Interregio.Domain;
using Interregio.Output;
using Interregio.Storage;

namespace Interregio.Cli;

/// <summary>interregio facts [--db] [--type T] [--partner CODE|NAME] [--doc NAME] [--format table|jsonl]: stored facts.</summary>
public static class FactsCommand
{
    public static readonly string[] TypeNames = ["trade", "meeting", "enterprise", "product", "outlets", "proposal", "sector", "target"];

    public static Command Create()
    {
        var db = CommandOptions.Database();
        var type = new Option<string?>("--type") { Description = "only facts of this type" };
        type.AcceptOnlyFromAmong(TypeNames);
        var partner = new Option<string?>("--partner") { Description = "only facts about this partner: an ISO code (RU-PNZ) or a region name (\"Penza Oblast\", penza)" };
        var doc = new Option<string?>("--doc") { Description = "only facts of this document (its file name)" };
        var format = new Option<string>("--format") { Description = "table, or jsonl (the contract format, nothing else on stdout)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var cmd = new Command("facts", "List the facts stored in the database") { db, type, partner, doc, format };
        cmd.SetAction(async (parse, cancellationToken) =>
        {
            var query = FactQuery.All with { Document = parse.GetValue(doc) };
            if (parse.GetValue(type) is { } t)
                query = query with { Type = FactTypes.Parse(t) };
            if (parse.GetValue(partner) is { } p)
            {
                if (!CommandOptions.TryRegion(p, out var code))
                    return CommandOptions.UsageError($"--partner '{p}' is not a region code or name the gazetteer knows");
                query = query with { Partner = code };
            }
            var store = await CommandOptions.OpenExistingAsync(parse.GetValue(db)!, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            await using (store)
            {
                if (parse.GetValue(format) == "jsonl")
                {
                    await using var stdout = Console.OpenStandardOutput();
                    await using var buffered = new BufferedStream(stdout, 1 << 16);
                    await foreach (var fact in store.QueryFactsAsync(query, cancellationToken))
                        FactJson.WriteLines(buffered, [fact]);
                    await buffered.FlushAsync(cancellationToken);
                }
                else
                {
                    var facts = new List<Fact>();
                    await foreach (var fact in store.QueryFactsAsync(query, cancellationToken))
                        facts.Add(fact);
                    FactTable.Write(facts);
                }
            }
            return ExitCodes.Success;
        });
        return cmd;
    }
}
