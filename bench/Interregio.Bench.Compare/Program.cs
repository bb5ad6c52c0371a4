using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

// Interleaved A/B of two builds of Interregio over the generated corpus; bench/compare.sh is the way to call it.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
string? a = null, b = null, corpus = null, lang = "en";
int rounds = 4, chunk = 40;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--a": a = args[i + 1]; break;
        case "--b": b = args[i + 1]; break;
        case "--corpus": corpus = args[i + 1]; break;
        case "--lang": lang = args[i + 1]; break;
        case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--chunk": chunk = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine($"compare: unknown option {args[i]}"); return 2;
    }
}
if (a is null || b is null || corpus is null || rounds < 1 || chunk < 1)
{
    Console.Error.WriteLine("usage: Interregio.Bench.Compare --a BUILD_DIR --b BUILD_DIR --corpus DIR [--lang en|ru] [--rounds N] [--chunk N]");
    return 2;
}
var folder = Path.Combine(corpus, lang);
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"compare: {folder}: no such folder (bench/run.sh or compare.sh generates the corpus)");
    return 2;
}
var files = Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();
var sideA = new Build(a, files);
var sideB = new Build(b, files);

// warm-up: tiered compilation settles on both sides before anything is timed
for (var w = 0; w < 3; w++)
{
    sideA.Run(0, files.Length);
    sideB.Run(0, files.Length);
    Thread.Sleep(300);
}
if (sideA.Facts != sideB.Facts)
    Console.WriteLine($"note: the builds find different facts ({sideA.Facts / 3} and {sideB.Facts / 3} a pass)");

double totalA = 0, totalB = 0;
var ratios = new List<double>();
for (var r = 0; r < rounds; r++)
{
    double ra = 0, rb = 0;
    for (var s = 0; s < files.Length; s += chunk)
    {
        var e = Math.Min(files.Length, s + chunk);
        // which build goes first alternates by chunk and by round
        var aFirst = ((s / chunk) + r) % 2 == 0;
        for (var k = 0; k < 2; k++)
        {
            var side = (k == 0) == aFirst ? sideA : sideB;
            var c0 = ThreadCpu.Now();
            side.Run(s, e);
            var seconds = (ThreadCpu.Now() - c0) / 1e9;
            if (side == sideA)
                ra += seconds;
            else
                rb += seconds;
        }
    }
    totalA += ra;
    totalB += rb;
    ratios.Add(rb / ra);
    Console.WriteLine($"round {r + 1}: A {ra:F3} s  B {rb:F3} s  B/A {rb / ra:F3}");
}
ratios.Sort();
Console.WriteLine($"{lang}, {files.Length} documents, {rounds} rounds: A {totalA / rounds:F3} s, B {totalB / rounds:F3} s per pass (thread CPU); B/A {totalB / totalA:F3}, median round {ratios[ratios.Count / 2]:F3}");
Console.WriteLine("(an A/A pair of one build reads 0.99-1.02 on the 2-core VM: a smaller difference is not told)");
return 0;

/// <summary>One build of the library, loaded apart from the other, with the documents read by its own reader.</summary>
internal sealed class Build
{
    private readonly MethodInfo _extract;
    private readonly PropertyInfo _facts;
    private readonly object _pipeline;
    private readonly object[] _documents;

    public long Facts { get; private set; }

    public Build(string dir, string[] files)
    {
        var context = new BuildContext(Path.GetFullPath(dir));
        var library = context.LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(dir), "Interregio.dll"));
        var reader = library.GetType("Interregio.Input.DocumentReader", throwOnError: true)!;
        var format = Enum.Parse(library.GetType("Interregio.Pipeline.DocumentFormat", throwOnError: true)!, "Text");
        var fromBytes = reader.GetMethod("FromBytes", BindingFlags.Public | BindingFlags.Static)!;
        _documents = [.. files.Select(f =>
        {
            var result = fromBytes.Invoke(null, [Path.GetFileName(f), File.ReadAllBytes(f), format, f])!;
            return result.GetType().GetProperty("Document")!.GetValue(result)
                ?? throw new InvalidDataException($"{f}: the build could not read the generated file");
        })];
        var pipelineType = library.GetType("Interregio.Pipeline.ExtractionPipeline", throwOnError: true)!;
        _pipeline = pipelineType.GetProperty("Default")!.GetValue(null)!;
        _extract = pipelineType.GetMethod("Extract")!;
        _facts = library.GetType("Interregio.Pipeline.ExtractionResult", throwOnError: true)!.GetProperty("Facts")!;
    }

    public void Run(int from, int to)
    {
        var arguments = new object?[2];
        for (var i = from; i < to; i++)
        {
            arguments[0] = _documents[i];
            var result = _extract.Invoke(_pipeline, arguments)!;
            Facts += ((System.Collections.ICollection)_facts.GetValue(result)!).Count;
        }
    }
}

/// <summary>Loads the build's own assemblies from its folder; the framework comes from the default context.</summary>
internal sealed class BuildContext : AssemblyLoadContext
{
    private readonly string _dir;

    public BuildContext(string dir) : base(dir, isCollectible: false) => _dir = dir;

    protected override Assembly? Load(AssemblyName name)
    {
        var path = Path.Combine(_dir, name.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}

/// <summary>CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID).</summary>
internal static partial class ThreadCpu
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
#pragma warning disable SYSLIB1054 // a blittable out struct needs no generated marshalling
    private static extern int ClockGetTime(int clock, out Timespec value);
#pragma warning restore SYSLIB1054

    public static long Now()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(3, out var t) != 0)
            return System.Diagnostics.Stopwatch.GetTimestamp() * (1_000_000_000L / System.Diagnostics.Stopwatch.Frequency);
        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }
}
