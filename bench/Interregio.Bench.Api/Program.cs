// API latency under load. Generates a fact base of --facts facts (default 1,000,000) in an SQLite file (or in
// PostgreSQL with --pg CONNECTION), starts the web app on a free 127.0.0.1 port as `interregio serve` does, warms
// each endpoint, then drives it with --concurrency connections (default 50) for --requests requests (default 2,000)
// and prints p50/p95/p99 per endpoint. Every request goes to this machine's loopback address; the loops are bounded.
//
//   dotnet run -c Release --project bench/Interregio.Bench.Api -- [--facts N] [--requests N] [--concurrency N]
//       [--db FILE] [--keep] [--pg CONNECTION] [--only TEXT[,TEXT...]] [--identity] [--paths-out DIR]
// --paths-out writes, instead of measuring, the paths each endpoint is asked for (--requests of them) for an outside
// load generator: bench/api-latency.sh runs `interregio serve` in its own process and drives it with wrk, so the
// client's threads and garbage are not the server's, as they are in this process.
// --identity sends no Accept-Encoding (by default gzip is accepted and decompressed, as a browser does; KB/resp
// counts the decompressed JSON). --only runs the endpoints whose row name contains one of the texts. "first ms" is the endpoint's first request,
// alone, before its warm-up: for the answers cached per data version it is the cost of building one.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Interregio.Bench.Api;
using Interregio.Storage;
using Interregio.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

var facts = LongArg("--facts", 1_000_000);
var requests = (int)LongArg("--requests", 2_000);
var concurrency = (int)LongArg("--concurrency", 50);
var pg = Arg("--pg");
var keep = args.Contains("--keep");
var identity = args.Contains("--identity");
var dbArg = Arg("--db");
var pathsOut = Arg("--paths-out");
var only = Arg("--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var database = pg ?? dbArg ?? Path.Combine(Path.GetTempPath(), $"interregio-bench-api-{facts}.db");
var cancel = CancellationToken.None;

Console.WriteLine($"# Interregio API latency: {facts:N0} facts, {concurrency} concurrent connections, {requests:N0} requests per endpoint");
Console.WriteLine($"# Accept-Encoding: {(identity ? "none" : "gzip")}");
Console.WriteLine($"# machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(pg is null ? "SQLite" : "PostgreSQL")} {FactDatabase.Describe(database)}");

var generator = new FactBaseGenerator();
// A kept SQLite file, or a PostgreSQL database that already holds documents, is measured as it is.
var reuse = pg is null ? dbArg is not null && File.Exists(database) : await HoldsDocumentsAsync(pg);
if (!reuse)
{
    if (pg is null)
    {
        foreach (var f in new[] { database, database + "-wal", database + "-shm" })
            File.Delete(f);
    }
    var clock = Stopwatch.StartNew();
    await using var store = await FactDatabase.OpenAsync(database, create: true, cancel);
    var (documents, written) = await generator.WriteAsync(store, facts, batchSize: 250, cancel);
    Console.WriteLine($"# generated {documents:N0} documents, {written:N0} facts in {clock.Elapsed.TotalSeconds:F1} s ({written / clock.Elapsed.TotalSeconds:N0} facts/s)");
}
else
{
    Console.WriteLine($"# reusing {database}");
}

var baseUrl = $"http://127.0.0.1:{FreePort()}";
var app = InterregioWebApp.Build(new WebOptions { Database = database, Urls = [baseUrl] },
    b => b.Logging.SetMinimumLevel(LogLevel.Warning));
await app.StartAsync(cancel);

using var http = new HttpClient(new SocketsHttpHandler
{
    MaxConnectionsPerServer = concurrency,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    // As a browser: gzip accepted and decompressed by the client (--identity to ask for uncompressed answers).
    AutomaticDecompression = identity ? DecompressionMethods.None : DecompressionMethods.GZip,
})
{
    BaseAddress = new Uri(baseUrl),
    Timeout = TimeSpan.FromSeconds(60),
};

// Real names and cursors to ask for: regions with facts, documents, a cursor deep into the facts.
var regions = JsonDocument.Parse(await http.GetStringAsync("/api/regions", cancel)).RootElement
    .EnumerateArray().Select(r => r.GetProperty("code").GetString()!).Where(c => c.StartsWith("RU-", StringComparison.Ordinal)).ToArray();
var documentNames = (await ListDocumentsAsync(database)).ToArray();
var cursors = new List<string>();
string? cursor = null;
for (var page = 0; page < 40; page++)
{
    var json = JsonDocument.Parse(await http.GetStringAsync($"/api/facts?limit=500{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}", cancel));
    cursor = json.RootElement.GetProperty("next_cursor").GetString();
    if (cursor is null)
        break;
    cursors.Add(cursor);
}
Console.WriteLine($"# {regions.Length} regions with facts, {documentNames.Length:N0} documents");

string Region(int i) => regions[i % regions.Length];
string Doc(int i) => Uri.EscapeDataString(documentNames[(int)((uint)(i * 7919) % (uint)documentNames.Length)]);

var endpoints = new (string Name, Func<int, string> Url)[]
{
    ("GET /health", _ => "/health"),
    ("GET /api/regions", _ => "/api/regions"),
    ("GET /api/regions/{code}", i => $"/api/regions/{Region(i)}"),
    ("GET /api/regions/{code}/trade", i => $"/api/regions/{Region(i)}/trade"),
    ("GET /api/facts (first page, 100)", _ => "/api/facts?limit=100"),
    ("GET /api/facts (deep cursor, 100)", i => $"/api/facts?limit=100&cursor={Uri.EscapeDataString(cursors[i % cursors.Count])}"),
    ("GET /api/facts?type=trade&partner=", i => $"/api/facts?type=trade&partner={Region(i)}&limit=100"),
    ("GET /api/facts?partner=&from=&to=", i => $"/api/facts?partner={Region(i)}&from={2012 + i % 12}-01&to={2012 + i % 12}-12&limit=100"),
    ("GET /api/facts?q= (text search)", i => $"/api/facts?q={(i % 2 == 0 ? "tractors" : "Holding")}&limit=50"),
    ("GET /api/documents/{name}", i => $"/api/documents/{Doc(i)}"),
    ("GET /api/conflicts", _ => "/api/conflicts"),
    ("GET /api/rankings", _ => "/api/rankings"),
    ("GET /api/dashboard/ranking", i => $"/api/dashboard/ranking?flow={(i % 2 == 0 ? "export" : "turnover")}&year={2012 + i % 12}"),
    ("GET /api/dashboard/documents/{name}/paragraphs", i => $"/api/dashboard/documents/{Doc(i)}/paragraphs"),
};

if (pathsOut is not null)
{
    // For an outside load generator (bench/api-latency.sh drives `interregio serve` with wrk): one file per endpoint
    // with the paths this bench would ask for, in its order, and an index of row name and file.
    Directory.CreateDirectory(pathsOut);
    var index = new List<string>();
    for (var e = 0; e < endpoints.Length; e++)
    {
        var (name, url) = endpoints[e];
        if (only is not null && !only.Any(o => name.Contains(o, StringComparison.OrdinalIgnoreCase)))
            continue;
        var file = Path.Combine(pathsOut, $"endpoint-{e:D2}.txt");
        await File.WriteAllLinesAsync(file, Enumerable.Range(0, requests).Select(url), cancel);
        index.Add($"{name}\t{file}");
    }
    await File.WriteAllLinesAsync(Path.Combine(pathsOut, "endpoints.tsv"), index, cancel);
    Console.WriteLine($"# wrote the paths of {index.Count} endpoints to {pathsOut}");
    await app.StopAsync(cancel);
    await app.DisposeAsync();
    return 0;
}

// The first request builds the analytics snapshot of the whole base (once per data version): timed on its own.
var first = Stopwatch.StartNew();
(await http.GetAsync("/api/rankings", cancel)).EnsureSuccessStatusCode();
Console.WriteLine($"# first request (analytics snapshot built): {first.Elapsed.TotalMilliseconds:F0} ms");
Console.WriteLine();
Console.WriteLine($"| endpoint | first ms | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | KB/resp |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
var worst = 0.0;
foreach (var (name, url) in endpoints)
{
    if (only is not null && !only.Any(o => name.Contains(o, StringComparison.OrdinalIgnoreCase)))
        continue;
    var cold = await RunAsync(http, url, 1, 1, cancel);
    // Warm-up: JIT, connection pool, per-region caches; not measured.
    await RunAsync(http, url, Math.Min(200, requests), concurrency, cancel);
    var result = await RunAsync(http, url, requests, concurrency, cancel);
    worst = Math.Max(worst, result.P(0.99));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {cold.Max:F1} | {result.Count:N0} | {result.Errors} | {result.Count / result.Elapsed.TotalSeconds:N0} | {result.P(0.50):F1} | {result.P(0.95):F1} | {result.P(0.99):F1} | {result.Max:F1} | {result.Bytes / 1024.0 / Math.Max(1, result.Count):F1} |"));
}
Console.WriteLine();
Console.WriteLine($"# worst p99: {worst:F1} ms (target < 50 ms)");

await app.StopAsync(cancel);
await app.DisposeAsync();
if (pg is null && !keep && dbArg is null)
{
    foreach (var f in new[] { database, database + "-wal", database + "-shm" })
        File.Delete(f);
}
return 0;

static async Task<bool> HoldsDocumentsAsync(string database)
{
    await using var store = await FactDatabase.OpenAsync(database, create: true);
    return (await FactDatabase.QueriesFor(store, database).VersionAsync()).Documents > 0;
}

static async Task<IReadOnlyList<string>> ListDocumentsAsync(string database)
{
    await using var store = await FactDatabase.OpenAsync(database, create: false);
    return (await store.ListDocumentsAsync()).Select(d => d.Name).ToList();
}

// A bounded closed loop: `concurrency` workers share a counter of `count` requests; each records its own latencies.
static async Task<LoadResult> RunAsync(HttpClient http, Func<int, string> url, int count, int concurrency, CancellationToken cancel)
{
    var next = -1;
    var errors = 0;
    long bytes = 0;
    var latencies = new double[count];
    var clock = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
    {
        var buffer = new byte[81920];
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.GetAsync(url(i), HttpCompletionOption.ResponseHeadersRead, cancel);
                await using var body = await response.Content.ReadAsStreamAsync(cancel);
                long n = 0;
                int read;
                while ((read = await body.ReadAsync(buffer, cancel)) > 0)
                    n += read;
                Interlocked.Add(ref bytes, n);
                if (!response.IsSuccessStatusCode)
                    Interlocked.Increment(ref errors);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // A refused connection or a request past the client's timeout: counted, and its time recorded.
                Interlocked.Increment(ref errors);
            }
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
    }, cancel)).ToArray();
    await Task.WhenAll(workers);
    clock.Stop();
    Array.Sort(latencies);
    return new LoadResult(count, errors, bytes, clock.Elapsed, latencies);
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

long LongArg(string name, long fallback) =>
    Arg(name) is { } s ? long.Parse(s.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

internal sealed record LoadResult(int Count, int Errors, long Bytes, TimeSpan Elapsed, double[] Sorted)
{
    public double Max => Sorted.Length == 0 ? 0 : Sorted[^1];

    /// <summary>The nearest-rank percentile of the sorted latencies.</summary>
    public double P(double q) => Sorted.Length == 0 ? 0 : Sorted[Math.Clamp((int)Math.Ceiling(q * Sorted.Length) - 1, 0, Sorted.Length - 1)];
}
