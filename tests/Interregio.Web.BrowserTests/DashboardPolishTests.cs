using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Interregio.Web.BrowserTests;

/// <summary>Keyboard use, a phone's width, numbers as people write them, and page furniture folded away.</summary>
public sealed partial class DashboardTests
{
    [Fact]
    public async Task Keyboard_alone_skips_to_the_content_and_opens_a_region_with_focus_always_visible()
    {
        var (_, page) = await OpenAsync();
        await using var __ = page;
        await page.GotoAsync(server.Url("index.html"));

        // The first Tab lands on the skip link, which shows itself when focused.
        await page.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip", await page.Page.EvaluateAsync<string>("() => document.activeElement.className"));
        var skip = await page.Page.Locator("a.skip").BoundingBoxAsync();
        Assert.True(skip is { X: >= 0, Y: >= 0 }, "the focused skip link is on screen");
        await page.Page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Page.Url);

        // Tab on until a region in the ranking has the focus; every stop on the way has a visible focus ring.
        string? focused = null;
        for (var i = 0; i < 80 && focused is null; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            var state = await page.Page.EvaluateAsync<JsonElement>("""
                () => {
                  const a = document.activeElement;
                  const style = getComputedStyle(a);
                  return { tag: a.tagName, inRanking: !!a.closest('#ranking-rows') && a.classList.contains('region-link'),
                           href: a.getAttribute('href'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
                }
                """);
            if (state.GetProperty("tag").GetString() is "BODY" or "MAIN")
                continue;
            Assert.True(state.GetProperty("outline").GetString() != "none" && state.GetProperty("width").GetDouble() >= 2,
                $"{state.GetProperty("tag").GetString()} {state.GetProperty("href").GetString()} has no visible focus ring");
            if (state.GetProperty("inRanking").GetBoolean())
                focused = state.GetProperty("href").GetString();
        }
        Assert.NotNull(focused);
        var before = await page.Page.EvaluateAsync<string>("() => document.activeElement.outerHTML");
        await page.Page.Keyboard.PressAsync("Enter");
        try
        {
            await page.WaitForPageAsync("region.html");
        }
        catch (TimeoutException)
        {
            var after = await page.Page.EvaluateAsync<string>("() => document.activeElement.outerHTML");
            Assert.Fail($"Enter on {before} did not open the region; the page is {page.Page.Url}, focus on {after}");
        }
        await page.WaitReadyAsync();
        Assert.EndsWith(focused, page.Page.Url);

        // On a document, the side list's facts are buttons: Enter on one highlights its quote.
        await page.GotoAsync(server.Url($"document.html?id={Uri.EscapeDataString(server.Facts[0].Doc)}"));
        await page.Page.FocusAsync(".fact-list button[data-index='0']");
        await page.Page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Page.Locator("#article mark.active").CountAsync() > 0);
        page.AssertNoProblems();
    }

    [Fact]
    public async Task At_a_phone_width_panels_stack_and_charts_fit_the_screen()
    {
        var (_, page) = await OpenAsync(width: 390);
        await using var __ = page;
        var region = server.Series.First(p => !p.Key.Partner.IsCountry).Key.Partner.Code;

        await page.GotoAsync(server.Url("index.html"));
        var chart = await page.Page.Locator("#ranking-chart").BoundingBoxAsync();
        Assert.NotNull(chart);
        Assert.True(chart.X >= 0 && chart.X + chart.Width <= 390, $"the ranking chart spans {chart.X}..{chart.X + chart.Width}");
        var growth = await page.Page.Locator("#growth").BoundingBoxAsync();
        Assert.True(growth!.Y > chart.Y + chart.Height, "growth leaders stack below the ranking");

        await page.GotoAsync(server.Url($"region.html?code={region}"));
        var trade = await page.Page.Locator("#trade-chart").BoundingBoxAsync();
        Assert.True(trade is not null && trade.X + trade.Width <= 390, "the trade chart fits the screen");

        await page.GotoAsync(server.Url($"document.html?id={Uri.EscapeDataString(server.Facts[0].Doc)}"));
        var article = await page.Page.Locator("#article").BoundingBoxAsync();
        var facts = await page.Page.Locator(".fact-list").BoundingBoxAsync();
        Assert.True(facts!.Y > article!.Y + article.Height - 1, "the fact list follows the article instead of squeezing it");
        var fontSize = await page.Page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('#article')).fontSize)");
        Assert.True(fontSize >= 15, $"article text is {fontSize}px");
        await page.ScreenshotAsync("phone-document");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Numbers_read_as_people_write_them()
    {
        var (_, page) = await OpenAsync();
        await using var __ = page;
        await page.GotoAsync(server.Url("index.html"));
        var shown = await page.Page.EvaluateAsync<string[]>("""
            async () => {
              const f = await import('/js/format.js');
              return [f.money(152000000), f.money(1620000000), f.money(48600000), f.times(1.5), f.growth(14), f.growth(50),
                      f.qualified(100000000, 'USD', 'over'), f.period({ from: '2022-01', to: '2022-09' }), f.period({ from: '2023-01', to: '2023-12' })];
            }
            """);
        Assert.Equal(["$152 M", "$1.62 B", "$48.6 M", "1.5×", "+14%", "+50% (1.5×)", "over $100 M", "Jan–Sep 2022", "2023"], shown);

        // And the ranking table uses them: every value cell reads like "$1.62 B" or "over $780 M", never a raw number.
        var values = await page.Page.Locator("#ranking-rows tbody td:nth-child(4)").AllTextContentsAsync();
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Matches(@"^((over|under|≈) )?\$\d+(\.\d+)? [KMB]$", v));
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Page_furniture_and_repeats_are_folded_away_from_the_article_text()
    {
        var (_, page) = await OpenAsync();
        await using var __ = page;
        // A sample whose cleaning set furniture aside (menus, other headlines), as the API reports it.
        string? name = null;
        JsonElement removed = default;
        foreach (var doc in server.Documents.Select(d => d.Name).Order(StringComparer.Ordinal))
        {
            var response = await page.Page.APIRequest.GetAsync(server.Url($"api/dashboard/documents/{Uri.EscapeDataString(doc)}/paragraphs"));
            var json = (await response.JsonAsync())!.Value;
            if (json.GetProperty("removed").EnumerateArray().Any(r => r.GetProperty("status").GetString() == "furniture"))
            {
                (name, removed) = (doc, json.GetProperty("removed").Clone());
                break;
            }
        }
        if (name is null)
            Assert.Fail("no sample has page furniture; the samples' HTML pages should");
        await page.GotoAsync(server.Url($"document.html?id={Uri.EscapeDataString(name)}"));

        // Every removed stretch lies inside a closed fold; none of its offsets is shown as article text.
        var folds = await page.Page.Locator("#article details.removed").EvaluateAllAsync<JsonElement>(
            "ds => ds.map(d => ({ start: Number(d.dataset.start), end: Number(d.dataset.end), open: d.open, status: d.dataset.status }))");
        foreach (var r in removed.EnumerateArray())
        {
            var (start, end) = (r.GetProperty("start").GetInt32(), r.GetProperty("end").GetInt32());
            Assert.Contains(folds.EnumerateArray(), f => f.GetProperty("start").GetInt32() <= start && f.GetProperty("end").GetInt32() >= end
                && !f.GetProperty("open").GetBoolean() && f.GetProperty("status").GetString() == r.GetProperty("status").GetString());
        }
        // Neighbouring furniture lines fold together: fewer folds than removed paragraphs when several are adjacent.
        Assert.True(folds.GetArrayLength() <= removed.GetArrayLength());
        Assert.Contains("Page furniture removed", await page.Page.Locator("#article details.removed summary").AllTextContentsAsync() is var s ? string.Join("\n", s) : "");
        page.AssertNoProblems();
    }
}
