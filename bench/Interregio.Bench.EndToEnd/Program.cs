using System.Diagnostics;
using System.Globalization;
using Interregio.Bench.EndToEnd;

// End-to-end benchmark. `all` (the default) generates the corpus if needed, runs every measurement in a child
// process of its own (so each peak working set is that tool's), runs the Node reference script if node is there,
// and prints one Markdown table. bench/run.sh is the way to call it.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

var options = BenchOptions.Parse(args);
if (options.Error is not null)
{
    Console.Error.WriteLine($"bench: {options.Error}");
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

switch (options.Command)
{
    case "generate":
        CorpusGenerator.Generate(options.Corpus, options.TargetBytes, options.Seed, Console.Error);
        return 0;
    case "measure" when options.What == "ingest":
        // child process: ingest writes a database under --out; two RESULT lines (new database, unchanged re-ingest)
        foreach (var m in IngestRunner.Run(options.Corpus, options.Language, Path.Combine(options.Out, "ingest")))
            Console.WriteLine(m.ToLine());
        return 0;
    case "measure":
        // child process: one measurement, one RESULT/PROFILE line on stdout
        Console.WriteLine(options.What switch
        {
            "extract" => ExtractRunner.Run(options.Corpus, options.Language).ToLine(),
            "regex" => MoneyRegexRunner.Run(options.Corpus, options.Language).ToLine(),
            "profile" => StageProfiler.Run(options.Corpus, options.Language).ToLine(),
            _ => throw new UnreachableException(),
        });
        return 0;
    default:
        return Orchestrator.RunAll(options);
}

internal sealed record BenchOptions
{
    public const string Usage = """
        usage: Interregio.Bench.EndToEnd [all] [--corpus DIR] [--mb N] [--seed N] [--node-dir DIR] [--node-budget SECONDS]
                                         [--out DIR] [--no-profile] [--no-node] [--no-ingest]
               Interregio.Bench.EndToEnd generate [--corpus DIR] [--mb N] [--seed N]
               Interregio.Bench.EndToEnd measure extract|regex|ingest|profile --lang en|ru [--corpus DIR] [--out DIR]
        """;

    public string Command { get; init; } = "all";
    public string What { get; init; } = "";
    public string Language { get; init; } = "en";
    public string Corpus { get; init; } = Path.Combine(RepoRoot, "bench", "corpus");
    public string NodeDir { get; init; } = Path.Combine(RepoRoot, "bench", "node");
    public string Out { get; init; } = Path.Combine(RepoRoot, "bench", "out");
    public long TargetBytes { get; init; } = 56_000_000;
    public int Seed { get; init; } = 20250612;
    /// <summary>Per library and language: compromise runs at a few MB/s, so it gets a time budget, not the whole corpus.</summary>
    public int NodeBudgetSeconds { get; init; } = 60;
    public bool Profile { get; init; } = true;
    public bool Node { get; init; } = true;
    public bool Ingest { get; init; } = true;
    public string? Error { get; init; }

    /// <summary>The folder holding Interregio.slnx above the running binary, or the current folder.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Interregio.slnx")))
                    return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        var i = 0;
        if (i < args.Length && !args[i].StartsWith("--", StringComparison.Ordinal))
        {
            o = o with { Command = args[i++] };
            if (o.Command is not ("all" or "generate" or "measure"))
                return o with { Error = $"unknown command '{o.Command}'" };
            if (o.Command == "measure")
            {
                if (i >= args.Length || args[i] is not ("extract" or "regex" or "ingest" or "profile"))
                    return o with { Error = "measure needs one of extract, regex, ingest, profile" };
                o = o with { What = args[i++] };
            }
        }
        for (; i < args.Length; i++)
        {
            var a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{a} needs a value");
            try
            {
                o = a switch
                {
                    "--corpus" => o with { Corpus = Path.GetFullPath(Next()) },
                    "--node-dir" => o with { NodeDir = Path.GetFullPath(Next()) },
                    "--out" => o with { Out = Path.GetFullPath(Next()) },
                    "--mb" => o with { TargetBytes = (long)(double.Parse(Next(), CultureInfo.InvariantCulture) * 1_000_000) },
                    "--seed" => o with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--node-budget" => o with { NodeBudgetSeconds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--lang" => Next() is var l && l is "en" or "ru" ? o with { Language = l } : o with { Error = "--lang is en or ru" },
                    "--no-profile" => o with { Profile = false },
                    "--no-node" => o with { Node = false },
                    "--no-ingest" => o with { Ingest = false },
                    _ => o with { Error = $"unknown option '{a}'" },
                };
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
                return o with { Error = e.Message };
            }
            if (o.Error is not null)
                return o;
        }
        if (o.TargetBytes < 1_000_000)
            return o with { Error = "--mb must be at least 1" };
        return o;
    }
}
