namespace Interregio.Web.BrowserTests;

/// <summary>
/// The README's pictures: the overview, a region and a document of the demo data at 1280 px. Runs only when
/// docs/screenshots/make.sh points it at a running `interregio demo` (INTERREGIO_SCREENSHOT_URL) and a folder to write
/// to (INTERREGIO_SCREENSHOT_DIR); the dashboard tests cover the same pages on every run.
/// </summary>
public sealed class ReadmeScreenshots
{
    /// <summary>Smolensk: two reports that disagree on 2021 (marked) and values implied by stated growth (hollow).</summary>
    private const string Region = "RU-SMO";

    /// <summary>Its scraped page repeats a paragraph and carries page furniture, so the picture shows the folds.</summary>
    private const string Document = "en_01_smolensk.txt";

    /// <summary>Taller pages are cut here: a README picture shows the top of a page, not all of it.</summary>
    private const int MaxHeight = 1500;

    [Fact]
    public async Task Overview_region_and_document_at_1280_px()
    {
        var url = Environment.GetEnvironmentVariable("INTERREGIO_SCREENSHOT_URL");
        var dir = Environment.GetEnvironmentVariable("INTERREGIO_SCREENSHOT_DIR");
        if (string.IsNullOrWhiteSpace(url) || string.IsNullOrWhiteSpace(dir))
            Assert.Skip("README screenshots are made by docs/screenshots/make.sh (INTERREGIO_SCREENSHOT_URL and INTERREGIO_SCREENSHOT_DIR unset)");
        Directory.CreateDirectory(dir);
        await using var browser = await BrowserSession.StartAsync();
        await using var page = await browser.OpenAsync(1280, 900);
        foreach (var (name, path) in new[]
                 {
                     ("overview", "index.html"),
                     ("region", $"region.html?code={Region}"),
                     ("document", $"document.html?id={Uri.EscapeDataString(Document)}"),
                 })
        {
            await page.GotoAsync($"{url.TrimEnd('/')}/{path}");
            var height = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
            var file = Path.Combine(dir, name + ".png");
            await page.Page.ScreenshotAsync(new()
            {
                Path = file,
                FullPage = true,
                Clip = new() { X = 0, Y = 0, Width = 1280, Height = Math.Min(height, MaxHeight) },
            });
            Assert.True(new FileInfo(file).Length < 400_000, $"{file} is {new FileInfo(file).Length:N0} bytes; keep README pictures under 400 KB");
        }
        page.AssertNoProblems();
        Assert.Empty(page.Dialogs);
    }
}
