using System.Reflection;
using Interregio.Analytics;
using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Storage;
using Interregio.Storage.Sqlite;

namespace Interregio.Web.BrowserTests;

/// <summary>
/// A database seeded by ingesting samples/articles (and one hostile document we write here) through the library, the
/// web server over it on a free loopback port, and the facts and trade series the tests compare the pages with.
/// </summary>
public sealed class DashboardServer : IAsyncLifetime
{
    /// <summary>A plain-text "article" whose every paragraph tries to run script if it were ever parsed as HTML.</summary>
    public const string HostileName = "zz_hostile_markup.txt";

    public const string HostileText = """
        MINSK, 3 March 2024 (BelTA) – <script>window.__pwned = 'script'; alert('script')</script> Trade between Belarus and Smolensk Oblast reached $1.9 billion in 2023.

        <img src=x onerror="window.__pwned='img';alert('img')"> The governor of Smolensk Oblast met <b onmouseover=alert(1)>officials</b> in Minsk.

        <svg onload=alert('svg')></svg><iframe src="javascript:alert('frame')"></iframe><a href="javascript:alert('link')">click</a>

        "><script>alert(document.cookie)</script><style>body{display:none}</style>{{constructor.constructor('alert(1)')()}}
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "interregio-browser-" + Guid.NewGuid().ToString("N"));
    private DashboardHost? _host;
    private BrowserSession? _browser;
    private readonly SemaphoreSlim _browserLock = new(1, 1);

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<Fact> Facts { get; private set; } = [];

    public IReadOnlyList<DocumentInfo> Documents { get; private set; } = [];

    public IReadOnlyList<TradeSeriesPoint> Series { get; private set; } = [];

    /// <summary>A sample whose scraped page repeats paragraphs (the samples' README lists it).</summary>
    public string RepeatedParagraphDocument => "en_01_smolensk.txt";

    public string Url(string relative) => $"{BaseUrl.TrimEnd('/')}/{relative}";

    public string RegionName(RegionCode code) => RegionGazetteer.Default[code.Code]?.NameEn ?? code.Code;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var hostile = Path.Combine(_folder, HostileName);
        await File.WriteAllTextAsync(hostile, HostileText);
        var dbPath = Path.Combine(_folder, "interregio.db");
        await using (var store = await SqliteFactStore.OpenAsync(dbPath))
        {
            var report = await new IngestService(store).IngestAsync([SamplesFolder(), hostile], new IngestOptions { MaxParallelism = 1 });
            Assert.True(report.Failures.Count == 0, "seeding failed: " + string.Join("; ", report.Failures));
            var facts = new List<Fact>();
            await foreach (var fact in store.QueryFactsAsync(FactQuery.All))
                facts.Add(fact);
            Facts = facts;
            Documents = await store.ListDocumentsAsync();
        }
        var published = Documents.ToDictionary(d => d.Name, d => d.ReferenceDate);
        Series = TradeSeries.Build(Facts.OfType<TradeFact>(), doc => published.GetValueOrDefault(doc));
        Assert.Contains(Facts, f => f.Doc == HostileName);
        _host = await DashboardHost.StartAsync(dbPath, Path.Combine(RepositoryRoot(), "src", "Interregio.Web", "wwwroot"));
        BaseUrl = _host.BaseUrl;
    }

    /// <summary>The browser, started once; skips the test (fails under CI=true) when no Chromium is installed.</summary>
    public async Task<BrowserSession> BrowserAsync()
    {
        await _browserLock.WaitAsync();
        try
        {
            return _browser ??= await BrowserSession.StartAsync();
        }
        finally
        {
            _browserLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        if (_host is not null)
            await _host.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; a leftover temp folder is harmless.
        }
    }

    public static string SamplesFolder() => Path.Combine(RepositoryRoot(), "samples", "articles");

    private static string RepositoryRoot()
    {
        bool IsRoot(string dir) => File.Exists(Path.Combine(dir, "Interregio.slnx")) && Directory.Exists(Path.Combine(dir, "samples", "articles"));
        var built = typeof(DashboardServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (built is not null && IsRoot(built))
            return built;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (IsRoot(dir.FullName))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("the repository (Interregio.slnx, samples/articles) is not above " + AppContext.BaseDirectory);
    }
}
