using Microsoft.Playwright;

namespace Interregio.Web.BrowserTests;

/// <summary>
/// One Chromium for the whole test class. Every page it opens records console errors, page errors, failed requests
/// and dialogs, so a test can assert that none happened.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser) => (_playwright, Browser) = (playwright, browser);

    public IBrowser Browser { get; }

    /// <summary>Starts Chromium, or skips the calling test with the reason (fails instead under CI=true).</summary>
    public static async Task<BrowserSession> StartAsync()
    {
        var exe = BrowserLocator.FindChromium();
        if (exe is null)
        {
            if (BrowserLocator.RequiredByCi)
                Assert.Fail($"CI=true needs Chromium for the browser tests, but {BrowserLocator.MissingReason}");
            Assert.Skip(BrowserLocator.MissingReason);
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = exe,
            Headless = true,
            Args = BrowserLocator.LaunchArgs,
        });
        return new BrowserSession(playwright, browser);
    }

    public async Task<WatchedPage> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        // CI runs the four test assemblies at once on two cores, with PostgreSQL and CLI processes beside Chromium: a
        // page that loads in a second alone has taken over 30 s there. Waits are for events, so a long limit costs
        // nothing when things go well; it only keeps load from being reported as a broken page.
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        return new WatchedPage(context, page);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}

/// <summary>A page with everything that went wrong on it written down.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    public WatchedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, m) => { if (m.Type is "error" or "warning" && !IsBenign(m.Text)) Problems.Add($"console {m.Type}: {m.Text}"); };
        page.PageError += (_, e) => Problems.Add($"page error: {e}");
        page.RequestFailed += (_, r) => Problems.Add($"request failed: {r.Url} {r.Failure}");
        page.Response += (_, r) => { if (r.Status >= 400) Problems.Add($"HTTP {r.Status}: {r.Url}"); };
        page.Dialog += async (_, d) =>
        {
            Dialogs.Add($"{d.Type}: {d.Message}");
            await d.DismissAsync();
        };
    }

    public IPage Page { get; }

    public List<string> Problems { get; } = [];

    public List<string> Dialogs { get; } = [];

    /// <summary>Opens a page and waits until its script marks the body ready (every request answered and drawn).</summary>
    public async Task GotoAsync(string url)
    {
        await Page.GotoAsync(url);
        await WaitReadyAsync();
    }

    /// <summary>
    /// Waits until a link or key press has taken the tab to <paramref name="pageFile"/> (e.g. "region.html") and that
    /// page's script has marked it ready. Not WaitForURLAsync: it also waits for the browser's load event, and under CI
    /// load the region page was shown and ready while that wait ran on to its timeout (3 of 3 runs at load 10+).
    /// </summary>
    public Task WaitForPageAsync(string pageFile) =>
        Page.WaitForFunctionAsync(
            "file => location.pathname.endsWith('/' + file) && document.body?.dataset.ready === 'true'",
            pageFile, new() { Timeout = 90_000, PollingInterval = 100 });

    public Task WaitReadyAsync() =>
        Page.WaitForSelectorAsync("body[data-ready=true]", new() { State = WaitForSelectorState.Attached, Timeout = 90_000 });

    public void AssertNoProblems() => Assert.True(Problems.Count == 0, "problems on the page:\n" + string.Join("\n", Problems));

    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    // Chromium's own notes about its sandbox-less launch are not the page's problems.
    private static bool IsBenign(string text) => text.Contains("--no-sandbox", StringComparison.Ordinal);

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
