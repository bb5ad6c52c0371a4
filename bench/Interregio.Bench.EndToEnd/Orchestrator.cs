using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Interregio.Bench.EndToEnd;

/// <summary>Runs every measurement in its own child process, then writes and prints the tables.</summary>
internal static class Orchestrator
{
    /// <summary>Issue 3's target for extract on one core.</summary>
    public const double TargetMegabytesPerSecond = 20;

    public static int RunAll(BenchOptions o)
    {
        var log = Console.Error;
        var loadBefore = LoadAverage();
        var manifest = CorpusGenerator.EnsureCorpus(o.Corpus, o.TargetBytes, o.Seed, log);
        var results = new List<Measurement>();
        var profiles = new List<StageProfile>();
        var notes = new List<string>();
        var failed = false;

        foreach (var lang in new[] { "en", "ru" })
        {
            foreach (var what in new[] { "extract", "regex" })
            {
                log.WriteLine($"measure: {what} {lang} ...");
                var m = RunSelf(["measure", what, "--lang", lang, "--corpus", o.Corpus], log).Select(Measurement.FromLine).OfType<Measurement>().FirstOrDefault();
                if (m is null)
                {
                    failed = true;
                    notes.Add($"{what} {lang}: the child process gave no result (see the log above)");
                }
                else
                {
                    results.Add(m);
                }
            }
        }

        if (o.Ingest)
        {
            foreach (var lang in new[] { "en", "ru" })
            {
                log.WriteLine($"measure: ingest {lang} ...");
                var ingest = RunSelf(["measure", "ingest", "--lang", lang, "--corpus", o.Corpus, "--out", o.Out], log).Select(Measurement.FromLine).OfType<Measurement>().ToList();
                if (ingest.Count == 0)
                {
                    failed = true;
                    notes.Add($"ingest {lang}: the child process gave no result (see the log above)");
                }
                results.AddRange(ingest);
            }
        }
        else
        {
            notes.Add("ingest skipped (--no-ingest)");
        }

        if (o.Node)
            results.AddRange(RunNode(o, notes, log));
        else
            notes.Add("node reference points skipped (--no-node)");

        if (o.Profile)
        {
            foreach (var lang in new[] { "en", "ru" })
            {
                log.WriteLine($"profile: stages {lang} ...");
                var p = RunSelf(["measure", "profile", "--lang", lang, "--corpus", o.Corpus], log).Select(StageProfile.FromLine).OfType<StageProfile>().FirstOrDefault();
                if (p is not null)
                    profiles.Add(p);
            }
        }

        notes.Add($"load average (1/5/15 min) before: {loadBefore}; after: {LoadAverage()} — the machine is shared, so the CPU-time column is the steadier figure");
        var md = Report.Markdown(manifest, results, profiles, notes);
        Directory.CreateDirectory(o.Out);
        File.WriteAllText(Path.Combine(o.Out, "results.md"), md);
        File.WriteAllText(Path.Combine(o.Out, "results.json"), JsonSerializer.Serialize(new { manifest, results, profiles, notes }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        Console.Write(md);
        log.WriteLine($"written: {Path.Combine(o.Out, "results.md")}");
        return failed ? 1 : 0;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "n/a";
        }
    }

    private static List<string> RunSelf(IReadOnlyList<string> args, TextWriter log)
    {
        var exe = Environment.ProcessPath ?? throw new InvalidOperationException("cannot find the running executable");
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
        // run as `dotnet Interregio.Bench.EndToEnd.dll` when started that way
        if (Path.GetFileNameWithoutExtension(exe).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            psi.ArgumentList.Add(typeof(Orchestrator).Assembly.Location);
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        return Run(psi, log);
    }

    private static List<string> Run(ProcessStartInfo psi, TextWriter log)
    {
        var lines = new List<string>();
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {psi.FileName}");
        string? line;
        while ((line = p.StandardOutput.ReadLine()) is not null)
        {
            if (line.StartsWith(Measurement.Prefix, StringComparison.Ordinal) || line.StartsWith(StageProfile.Prefix, StringComparison.Ordinal))
                lines.Add(line);
            else
                log.WriteLine("  " + line);
        }
        p.WaitForExit();
        if (p.ExitCode != 0)
            log.WriteLine($"  (exit code {p.ExitCode})");
        return lines;
    }

    /// <summary>compromise and chrono-node under Node, on the same files, if node and the installed packages are there.</summary>
    private static IEnumerable<Measurement> RunNode(BenchOptions o, List<string> notes, TextWriter log)
    {
        string version;
        try
        {
            var v = new ProcessStartInfo("node") { RedirectStandardOutput = true, UseShellExecute = false };
            v.ArgumentList.Add("--version");
            using var p = Process.Start(v)!;
            version = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
        }
        catch (Win32Exception)
        {
            notes.Add("compromise and chrono-node skipped: `node` is not on PATH (install Node 20 to get the reference points)");
            return [];
        }
        if (!Directory.Exists(Path.Combine(o.NodeDir, "node_modules", "compromise")) || !Directory.Exists(Path.Combine(o.NodeDir, "node_modules", "chrono-node")))
        {
            notes.Add($"compromise and chrono-node skipped: packages not installed; run `npm ci` in {o.NodeDir}");
            return [];
        }
        var results = new List<Measurement>();
        foreach (var only in new[] { "compromise:en", "chrono:en", "chrono:ru", "compromise:ru" })
        {
            log.WriteLine($"measure: node {version} {only} (budget {o.NodeBudgetSeconds} s) ...");
            var psi = new ProcessStartInfo("node") { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = o.NodeDir };
            foreach (var a in new[] { Path.Combine(o.NodeDir, "reference.mjs"), "--corpus", o.Corpus, "--budget", o.NodeBudgetSeconds.ToString(CultureInfo.InvariantCulture), "--only", only })
                psi.ArgumentList.Add(a);
            var m = Run(psi, log).Select(Measurement.FromLine).OfType<Measurement>().FirstOrDefault();
            if (m is null)
                notes.Add($"node reference {only} gave no result (see the log)");
            else
                results.Add(m);
        }
        if (results.Count > 0)
            notes.Add($"reference points ran under node {version}, one process per library and language");
        return results;
    }
}

internal static class Report
{
    private static string F(double v, string format = "0.0") => v.ToString(format, CultureInfo.InvariantCulture);

    public static string Markdown(CorpusManifest manifest, List<Measurement> results, List<StageProfile> profiles, List<string> notes)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"## Interregio end-to-end benchmark ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version})");
        sb.AppendLine();
        sb.AppendLine($"Corpus: {manifest.Documents} generated documents, {F(manifest.Bytes / 1e6)} MB (en {manifest.English.Documents} docs / {F(manifest.English.Bytes / 1e6)} MB, ru {manifest.Russian.Documents} docs / {F(manifest.Russian.Bytes / 1e6)} MB), seed {manifest.Seed}. MB = 10^6 UTF-8 bytes as stored; one thread each.");
        sb.AppendLine();
        sb.AppendLine("MB/s (CPU) divides by the CPU time of the measuring thread (ours) or process (node) inside the measured calls: on a shared machine that is \"MB/s on one core\"; MB/s (wall) is elapsed time.");
        sb.AppendLine();
        sb.AppendLine("| Tool | Lang | Docs | MB | Wall s | MB/s (wall) | MB/s (CPU) | Docs/s (wall) | Peak WS (MB) | Alloc per input byte | GC 0/1/2 | Found | Note |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|");
        foreach (var m in results.OrderBy(m => m.Language).ThenBy(m => Rank(m.Tool)))
        {
            Row(sb, m);
            if (m.ReadSeconds is double read)
                Row(sb, m with { Tool = m.Tool + " + read/decode", Seconds = m.Seconds + read, CpuSeconds = null, AllocatedBytes = null, Gen0 = null, Note = "files read, hashed and decoded as the CLI does (wall time)" });
        }
        sb.AppendLine();
        foreach (var m in results.Where(m => m.Tool == "Interregio extract"))
        {
            var rate = m.MegabytesPerCpuSecond ?? m.MegabytesPerSecond;
            var verdict = rate >= Orchestrator.TargetMegabytesPerSecond ? "meets" : "is BELOW";
            var spread = "";
            if (m.PassCpuSeconds is { Length: > 1 } passes)
            {
                var median = m.Bytes / 1e6 / passes[passes.Length / 2];
                var slowest = m.Bytes / 1e6 / passes[^1];
                spread = $"; of its {passes.Length} passes the median gives {F(median)} and the slowest {F(slowest)} MB/s per CPU second"
                    + (median >= Orchestrator.TargetMegabytesPerSecond ? "" : " (the median is below the target)");
            }
            sb.AppendLine($"- extract {m.Language}: {F(rate)} MB/s per CPU second ({F(m.MegabytesPerSecond)} MB/s wall) {verdict} the issue-3 target of {Orchestrator.TargetMegabytesPerSecond} MB/s on one core{spread}.");
        }
        foreach (var n in notes)
            sb.AppendLine($"- {n}");
        if (profiles.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine($"### Where extract time goes ({profiles[0].Clock} per stage and per recogniser, whole corpus, one thread)");
            sb.AppendLine();
            sb.Append("| Stage |");
            foreach (var p in profiles)
                sb.Append($" {p.Language} s | {p.Language} % | {p.Language} alloc MB |");
            sb.AppendLine();
            sb.Append("|---|");
            foreach (var _ in profiles)
                sb.Append("---:|---:|---:|");
            sb.AppendLine();
            var names = profiles.SelectMany(p => p.Stages.Select(s => s.Stage)).Distinct().ToList();
            foreach (var name in names)
            {
                sb.Append($"| {name} |");
                foreach (var p in profiles)
                {
                    var total = p.Stages.Sum(s => s.Seconds);
                    var s = p.Stages.FirstOrDefault(s => s.Stage == name);
                    sb.Append(s is null ? " – | – | – |" : $" {F(s.Seconds, "0.00")} | {F(100 * s.Seconds / total)} | {F(s.AllocatedBytes / 1e6)} |");
                }
                sb.AppendLine();
            }
            sb.Append("| **total** |");
            foreach (var p in profiles)
                sb.Append($" {F(p.Stages.Sum(s => s.Seconds), "0.00")} | 100 | {F(p.Stages.Sum(s => s.AllocatedBytes) / 1e6)} |");
            sb.AppendLine();
            sb.AppendLine();
            foreach (var p in profiles)
                sb.AppendLine($"- {p.Language}: {p.Documents} documents, {p.Sentences} sentences kept, {F(p.Bytes / 1e6)} MB, {p.Facts} facts (the throughput run's count, if equal, confirms the breakdown ran the same extraction); {F(p.Bytes / 1e6 / p.Stages.Sum(s => s.Seconds))} MB/s over the total.");
        }
        return sb.ToString();
    }

    private static int Rank(string tool) => tool switch
    {
        "Interregio extract" => 0,
        _ when tool.StartsWith("Interregio ingest", StringComparison.Ordinal) => 1,
        _ when tool.StartsWith("Interregio re-ingest", StringComparison.Ordinal) => 2,
        _ when tool.StartsWith("one compiled", StringComparison.Ordinal) => 3,
        _ when tool.StartsWith("compromise", StringComparison.Ordinal) => 4,
        _ => 5,
    };

    private static void Row(StringBuilder sb, Measurement m)
    {
        var alloc = m.AllocatedBytes is long a && m.Bytes > 0 ? F((double)a / m.Bytes, "0.0") : "–";
        var gc = m.Gen0 is int g0 ? $"{g0}/{m.Gen1}/{m.Gen2}" : "–";
        var cpu = m.MegabytesPerCpuSecond is double c ? $"**{F(c, "0.00")}**" : "–";
        sb.AppendLine($"| {m.Tool} | {m.Language} | {m.Documents} | {F(m.Bytes / 1e6)} | {F(m.Seconds, "0.00")} | {F(m.MegabytesPerSecond, "0.00")} | {cpu} | {F(m.DocumentsPerSecond, "0")} | {F(m.PeakWorkingSetBytes / 1e6, "0")} | {alloc} | {gc} | {m.Found} {m.FoundLabel} | {m.Note} |");
    }
}
