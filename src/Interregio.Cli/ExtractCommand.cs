using System.CommandLine;
using System.Globalization;
using Interregio.Domain;
using Interregio.Input;
using Interregio.Output;
using Interregio.Pipeline;
using Spectre.Console;

namespace Interregio.Cli;

/// <summary>interregio extract PATH... [--format jsonl|table] [--date YYYY-MM-DD]: facts to stdout, nothing else.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "files, folders (read recursively) or - for standard input", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "jsonl (the contract format) or table", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var date = new Option<string?>("--date") { Description = "the article date YYYY-MM-DD, overriding any dateline" };
        var explain = new Option<bool>("--explain") { Description = "also write to stderr each sentence with what the recognisers found in it" };
        var idField = new Option<string>("--id-field") { Description = "corpus files (.jsonl, .ndjson, .csv): the field holding the record id, which becomes each fact's doc", DefaultValueFactory = _ => CorpusOptions.Default.IdField };
        var textField = new Option<string>("--text-field") { Description = "corpus files: the field holding the article text (a record without it is read from the 'html' field)", DefaultValueFactory = _ => CorpusOptions.Default.TextField };
        var cmd = new Command("extract", "Extract facts from documents and write them to standard output") { paths, format, date, explain, idField, textField };
        cmd.SetAction(parse =>
        {
            DateOnly? reference = null;
            if (parse.GetValue(date) is { } d)
            {
                if (!DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    Console.Error.WriteLine($"interregio: --date '{d}' is not a date in the form YYYY-MM-DD");
                    return ExitCodes.Usage;
                }
                reference = parsed;
            }
            var corpus = CorpusOptions.Default with { IdField = parse.GetValue(idField)!, TextField = parse.GetValue(textField)! };
            return Run(parse.GetValue(paths)!, parse.GetValue(format)!, reference, parse.GetValue(explain), corpus);
        });
        return cmd;
    }

    private static int Run(string[] paths, string format, DateOnly? reference, bool explain, CorpusOptions corpus)
    {
        var pipeline = ExtractionPipeline.Default;
        var options = new ExtractionOptions { ReferenceDate = reference };
        var failed = 0;
        var all = new List<Fact>();
        using var stdout = Console.OpenStandardOutput();
        foreach (var read in DocumentReader.ReadAll(paths, corpus))
        {
            if (read.Error is { } e)
            {
                Console.Error.WriteLine(e);
                failed++;
                continue;
            }
            var result = pipeline.Extract(read.Document!, options);
            foreach (var w in result.Warnings)
                Console.Error.WriteLine($"warning: {w}");
            if (explain)
                Console.Error.Write(Explanation.Describe(result.Context));
            if (format == "jsonl")
            {
                FactJson.WriteLines(stdout, result.Facts);
                stdout.Flush();
            }
            else
            {
                all.AddRange(result.Facts);
            }
        }
        if (format == "table")
            FactTable.Write(all);
        return failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }
}

/// <summary>Facts as a terminal table (Spectre.Console), or plain tab-separated lines when output is redirected.</summary>
public static class FactTable
{
    public static void Write(IEnumerable<Fact> facts)
    {
        // A fact several copies of one story state (interregio facts) names them all; extraction gives no sources.
        var rows = facts.Select(f => (Doc: f.Sources.Count > 1 ? string.Join(", ", f.Sources) : f.Doc, Type: f.Type.ToContract(), Summary: Summarise(f))).ToList();
        if (Console.IsOutputRedirected)
        {
            foreach (var r in rows)
                Console.Out.WriteLine($"{r.Doc}\t{r.Type}\t{r.Summary}");
            return;
        }
        var table = new Table().AddColumns("doc", "type", "fact");
        foreach (var r in rows)
            table.AddRow(Markup.Escape(r.Doc), Markup.Escape(r.Type), Markup.Escape(r.Summary));
        AnsiConsole.Write(table);
    }

    public static string Summarise(Fact f) => f switch
    {
        TradeFact t => $"{t.Reporter}->{t.Partner} {t.Flow.ToContract()} {t.Period} {t.Qualifier.ToContract()} {Money(t.Value)}{(t.GrowthPct is { } g ? $" ({g:+0.#;-0.#}%)" : "")}",
        MeetingFact m => $"{m.Date:yyyy-MM-dd} {m.Place} {m.Partner}: {string.Join("; ", m.Participants.Select(p => $"{p.Name} ({p.Role})"))}",
        EnterpriseFact e => $"{e.Name} ({e.Country})",
        ProductFact p => $"{p.Name} HS {string.Join("/", p.Hs)} {p.Flow.ToContract()} {p.Partner}",
        OutletsFact o => $"{o.Owner}: {o.Qualifier.ToContract()} {o.Count} {o.Kind} in {o.Partner}",
        ProposalFact pr => $"{pr.Topic} ({pr.Status.ToContract()}) {pr.Partner}",
        SectorFact s => $"{s.Name} {s.Partner}",
        TargetFact tg => $"target {Money(tg.Value)}{(tg.ByYear is { } y ? $" by {y}" : "")} {tg.Partner}",
        _ => f.Key,
    };

    public static string Money(Money m) => m.Amount switch
    {
        >= 1_000_000_000m => $"{m.Currency} {m.Amount / 1_000_000_000m:0.###} bn",
        >= 1_000_000m => $"{m.Currency} {m.Amount / 1_000_000m:0.###} M",
        _ => $"{m.Currency} {m.Amount:0.##}",
    };
}
