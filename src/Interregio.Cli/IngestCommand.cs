using System.CommandLine;
using Interregio.Input;
using Interregio.Storage;

namespace Interregio.Cli;

/// <summary>interregio ingest PATH... [--db FILE|URL] [--workers N]: extract and store, idempotent by content.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "files, folders (read recursively) or - for standard input", Arity = ArgumentArity.OneOrMore };
        var db = CommandOptions.Database();
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "documents stored per transaction; an interrupted ingest loses at most one batch",
            DefaultValueFactory = _ => IngestOptions.Default.BatchSize,
        };
        batchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
                r.AddError("--batch-size must be at least 1");
        });
        var workers = new Option<int>("--workers")
        {
            Description = $"documents read and extracted at once (one writer stores them; the result is the same for any number); at most {IngestOptions.MaxWorkers}, twice the cores",
            DefaultValueFactory = _ => 1,
        };
        workers.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
                r.AddError("--workers must be at least 1");
        });
        var idField = new Option<string>("--id-field") { Description = "corpus files (.jsonl, .ndjson, .csv): the field holding the record id", DefaultValueFactory = _ => CorpusOptions.Default.IdField };
        var textField = new Option<string>("--text-field") { Description = "corpus files: the field holding the article text", DefaultValueFactory = _ => CorpusOptions.Default.TextField };
        var cmd = new Command("ingest", "Extract facts from documents and store them in the database (a file already stored is skipped; a changed file replaces its facts)")
        {
            paths, db, batchSize, workers, idField, textField,
        };
        cmd.SetAction((parse, cancellationToken) =>
        {
            var options = IngestOptions.Default with
            {
                BatchSize = parse.GetValue(batchSize),
                MaxParallelism = Math.Min(parse.GetValue(workers), IngestOptions.MaxWorkers),
                Corpus = CorpusOptions.Default with { IdField = parse.GetValue(idField)!, TextField = parse.GetValue(textField)! },
            };
            return IngestRunner.RunAsync(parse.GetValue(db)!, parse.GetValue(paths)!, options, cancellationToken);
        });
        return cmd;
    }
}
