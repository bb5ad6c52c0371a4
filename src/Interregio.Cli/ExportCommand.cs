using System.CommandLine;
using Interregio.Domain;
using Interregio.Export;
using Interregio.Storage;

namespace Interregio.Cli;

/// <summary>
/// interregio export --format csv|jsonl|parquet [--type T] [--partner CODE|NAME] [--out FILE] [--db]: the stored facts
/// for spreadsheets, pandas and DuckDB, streamed from the database as they are read.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = CommandOptions.Database();
        var format = new Option<string>("--format")
        {
            Description = "jsonl (the contract's JSON Lines), csv (RFC 4180, one column per field) or parquet (typed columns; needs --out)",
            Required = true,
        };
        format.AcceptOnlyFromAmong("csv", "jsonl", "parquet");
        var type = new Option<string?>("--type") { Description = "only facts of this type (the CSV then has only that type's columns)" };
        type.AcceptOnlyFromAmong(FactsCommand.TypeNames);
        var partner = new Option<string?>("--partner") { Description = "only facts about this partner: an ISO code (RU-PNZ) or a region name (\"Penza Oblast\", penza)" };
        var output = new Option<string?>("--out") { Description = "the file to write (replaced if it exists); stdout when absent, except for parquet" };
        var cmd = new Command("export", "Export the stored facts as CSV, JSON Lines or Parquet") { db, format, type, partner, output };
        cmd.SetAction(async (parse, cancellationToken) =>
        {
            var exportFormat = ExportFormats.Parse(parse.GetValue(format));
            var outPath = parse.GetValue(output);
            // Parquet is binary with its index at the end: a terminal or a pipe is no place for it.
            if (exportFormat == ExportFormat.Parquet && string.IsNullOrWhiteSpace(outPath))
                return CommandOptions.UsageError("--format parquet needs --out FILE (Parquet is binary and is not written to stdout)");
            var query = FactQuery.All;
            FactType[]? types = null;
            if (parse.GetValue(type) is { } t)
            {
                var factType = FactTypes.Parse(t);
                query = query with { Type = factType };
                types = [factType];
            }
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
                if (string.IsNullOrWhiteSpace(outPath))
                {
                    await using var stdout = Console.OpenStandardOutput();
                    await using var buffered = new BufferedStream(stdout, 1 << 16);
                    await FactExporter.WriteAsync(store.QueryFactsAsync(query, cancellationToken), exportFormat, buffered, types, cancellationToken);
                    await buffered.FlushAsync(cancellationToken);
                    return ExitCodes.Success;
                }
                return await WriteFileAsync(outPath, store.QueryFactsAsync(query, cancellationToken), exportFormat, types, cancellationToken);
            }
        });
        return cmd;
    }

    /// <summary>
    /// Writes beside the target and moves it into place at the end, so a failed or cancelled export never leaves a
    /// half-written file where a reader expects a whole one.
    /// </summary>
    private static async Task<int> WriteFileAsync(
        string path, IAsyncEnumerable<Fact> facts, ExportFormat format, FactType[]? types, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
            return CommandOptions.UsageError($"--out {path}: the folder {folder} does not exist");
        var partial = full + ".partial";
        long written;
        try
        {
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await FactExporter.WriteAsync(facts, format, file, types, cancellationToken);
                written = file.Length;
            }
            File.Move(partial, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(partial);
            return CommandOptions.UsageError($"--out {path}: {e.Message}");
        }
        catch
        {
            TryDelete(partial);
            throw;
        }
        Console.Error.WriteLine($"interregio: wrote {path} ({written:N0} bytes, {format.ToString().ToLowerInvariant()})");
        return ExitCodes.Success;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the message about the real failure matters more than a leftover partial file.
        }
    }
}
