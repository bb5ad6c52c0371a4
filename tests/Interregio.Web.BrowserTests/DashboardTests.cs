using System.Text.Json;
using System.Text.RegularExpressions;
using Interregio.Analytics;
using Interregio.Domain;
using Microsoft.Playwright;

namespace Interregio.Web.BrowserTests;

/// <summary>
/// The dashboard in a real Chromium over a database seeded from samples/articles (plus one hostile document): every
/// page loads without console errors, the overview leads to a region and the region to a document, charts draw as many
/// points as the analytics compute, highlighted quotes are the facts' quotes, and markup in a document stays text.
/// </summary>
public sealed partial class DashboardTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private async Task<(BrowserSession Browser, WatchedPage Page)> OpenAsync(int width = 1280)
    {
        var browser = await server.BrowserAsync();
        return (browser, await browser.OpenAsync(width));
    }

    [Fact]
    public async Task Overview_ranks_regions_in_the_table_and_the_bar_chart()
    {
        var (browser, page) = await OpenAsync();
        await using var _ = page;
        await page.GotoAsync(server.Url("index.html"));

        var expected = Rankings.ByLatestTurnover(server.Series);
        Assert.NotEmpty(expected);
        var rows = await page.Page.Locator("#ranking-rows tbody tr").CountAsync();
        Assert.Equal(expected.Count, rows);
        var firstRegion = await page.Page.Locator("#ranking-rows tbody tr").First.GetAttributeAsync("data-region");
        Assert.Equal(expected[0].Partner.Code, firstRegion);

        // The chart shows the top 15; its bars hold the same amounts as the analytics' ranking.
        var bars = await ChartSeriesAsync(page.Page, "#ranking-chart");
        var bar = Assert.Single(bars, s => s.Id == "ranking");
        Assert.Equal(Math.Min(15, expected.Count), bar.Values.Count);
        Assert.Equal((double)expected[0].Amount, bar.Values[^1]);   // largest drawn at the top, i.e. last

        var totals = await page.Page.Locator("[data-total=reports] .value").TextContentAsync();
        Assert.Equal(server.Documents.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), totals);
        Assert.True(await page.Page.Locator("#growth-rows li").CountAsync() > 0, "growth leaders are listed");
        Assert.True(await page.Page.Locator("#meeting-rows li").CountAsync() > 0, "meetings are listed");
        await page.ScreenshotAsync("overview");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Year_and_flow_filters_change_the_ranking()
    {
        var (_, page) = await OpenAsync();
        await using var __ = page;
        await page.GotoAsync(server.Url("index.html"));
        var year = server.Series.Where(p => p.Kind == PeriodKind.FullYear && p.Key.Flow == TradeFlow.Export && p.Key.Reporter.Code == "BY" && !p.Key.Partner.IsCountry)
            .GroupBy(p => p.Key.Period.FromYear).OrderByDescending(g => g.Count()).First();
        await page.Page.SelectOptionAsync("#filter-flow", "export");
        await page.Page.SelectOptionAsync("#filter-year", year.Key.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // A locator assertion polls from the test side: a string predicate would need eval, which the page's CSP forbids.
        await Assertions.Expect(page.Page.Locator("#ranking-rows tbody tr")).ToHaveCountAsync(year.Select(p => p.Key.Partner).Distinct().Count());
        Assert.Contains("export", page.Page.Url);
        // Every row is of the chosen year: the ranking drawn is the answer to the last filter change, not an earlier one.
        var years = await page.Page.Locator("#ranking-rows tbody tr td:nth-child(3)").AllTextContentsAsync();
        Assert.All(years, y => Assert.Equal(year.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y));
        Assert.Contains("exports", await page.Page.Locator("#ranking-title").TextContentAsync() ?? "");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Overview_leads_to_a_region_and_a_source_document_with_the_quote_highlighted()
    {
        var (_, page) = await OpenAsync();
        await using var __ = page;
        await page.GotoAsync(server.Url("index.html"));

        await page.Page.Locator("#ranking-rows tbody tr").First.Locator("a.region-link").ClickAsync();
        await page.WaitForPageAsync("region.html");
        var code = new Uri(page.Page.Url).Query.Split("code=")[1];
        Assert.False(string.IsNullOrEmpty(await page.Page.Locator("#region-title").TextContentAsync()));

        var source = page.Page.Locator("#trade-rows a.source-link").First;
        var doc = await source.GetAttributeAsync("data-doc");
        await source.ClickAsync();
        await page.WaitForPageAsync("document.html");

        // The link named the fact by its offsets: the marks made active are exactly its quote.
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Page.Url).Query);
        var start = int.Parse(query["start"]!, System.Globalization.CultureInfo.InvariantCulture);
        var fact = server.Facts.First(f => f.Doc == doc && f.Source.Start == start);
        var active = await page.Page.Locator("#article mark.active").AllTextContentsAsync();
        Assert.Equal(Collapse(fact.Quote), Collapse(string.Concat(active)));
        // The fact list names regions by name and links each to its page; one of those links is the region we came from.
        var regionLinks = await page.Page.Locator(".fact-list a.region-link").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        Assert.Contains($"region.html?code={code}", regionLinks);
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Region_chart_draws_stated_derived_and_conflicting_points_as_the_analytics_compute()
    {
        // The region with the most to draw: stated full years, implied values and, if any, a conflict.
        var series = TradeSeries.ByPartner(server.Series)
            .Where(s => !s.Partner.IsCountry)
            .OrderByDescending(s => s.Conflicts.Count(c => c.Key.Kind == PeriodKind.FullYear))
            .ThenByDescending(s => s.Implied.Count(i => i.Key.Kind == PeriodKind.FullYear))
            .ThenByDescending(s => s.FullYears.Count)
            .First();
        var (_, page) = await OpenAsync();
        await using var __ = page;
        await page.GotoAsync(server.Url($"region.html?code={series.Partner.Code}"));

        var drawn = await ChartSeriesAsync(page.Page, "#trade-chart");
        int Count(string kind) => drawn.Where(s => s.Id.EndsWith("|" + kind, StringComparison.Ordinal)).Sum(s => s.Values.Count);
        Assert.Equal(series.FullYears.Count(p => p.Key.Currency == Currency.USD), Count("stated"));
        Assert.Equal(series.Implied.Count(i => i.Key.Kind == PeriodKind.FullYear && i.Key.Currency == Currency.USD), Count("derived"));
        var disputedSides = series.FullYears.Where(p => p.HasConflict && p.Key.Currency == Currency.USD)
            .Sum(p => p.Reports.Select(r => (r.Amount, r.Qualifier)).Distinct().Count());
        Assert.Equal(disputedSides, Count("conflict"));

        // Derived values are drawn in their own series with a hollow symbol (the legend's dashed circle), never on the stated line.
        foreach (var s in drawn.Where(s => s.Id.EndsWith("|derived", StringComparison.Ordinal)))
            Assert.StartsWith("empty", s.Symbol);
        Assert.Equal(series.Implied.Count, await page.Page.Locator("#trade-rows tr[data-kind=derived]").CountAsync());
        await page.ScreenshotAsync("region");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Document_page_highlights_every_fact_at_its_offsets()
    {
        // The sample with the most facts.
        var doc = server.Facts.GroupBy(f => f.Doc).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var (_, page) = await OpenAsync();
        await using var __ = page;
        await page.GotoAsync(server.Url($"document.html?id={Uri.EscapeDataString(doc.Key)}"));

        var buttons = page.Page.Locator(".fact-list button[data-index]");
        Assert.Equal(doc.Count(), await buttons.CountAsync());
        var marks = await page.Page.Locator("#article mark").EvaluateAllAsync<MarkInfo[]>(
            "ms => ms.map(m => ({ facts: m.dataset.facts, text: m.textContent, start: Number(m.dataset.start) }))");
        var byFact = new Dictionary<int, string>();
        foreach (var m in marks.OrderBy(m => m.Start))
            foreach (var index in m.Facts.Split(' ').Select(int.Parse))
                byFact[index] = byFact.GetValueOrDefault(index, "") + m.Text;

        var facts = doc.ToList();
        for (var i = 0; i < facts.Count; i++)
        {
            var start = int.Parse(await buttons.Nth(i).GetAttributeAsync("data-start") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);
            var fact = facts.First(f => f.Source.Start == start);
            Assert.True(byFact.ContainsKey(i), $"fact {i} ({fact.Type}) has no highlight");
            Assert.Equal(Collapse(fact.Quote), Collapse(byFact[i]));
        }

        // Clicking a fact in the side list marks its quote.
        await buttons.Nth(0).ClickAsync();
        Assert.True(await page.Page.Locator("#article mark.active").CountAsync() > 0);
        await page.ScreenshotAsync("document");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Repeated_paragraphs_are_shown_folded()
    {
        var (_, page) = await OpenAsync();
        await using var __ = page;
        await page.GotoAsync(server.Url($"document.html?id={Uri.EscapeDataString(server.RepeatedParagraphDocument)}"));
        var folded = page.Page.Locator("#article details.removed");
        Assert.True(await folded.CountAsync() > 0, "the repeated paragraph is folded");
        Assert.False(await folded.First.GetAttributeAsync("open") is not null);
        page.AssertNoProblems();
    }

    [Fact]
    public async Task A_document_full_of_markup_renders_as_inert_text()
    {
        var (_, page) = await OpenAsync();
        await using var __ = page;
        await page.GotoAsync(server.Url($"document.html?id={Uri.EscapeDataString(DashboardServer.HostileName)}"));
        await page.Page.WaitForTimeoutAsync(500);   // give any injected handler (onerror, onload, timers) time to fire

        Assert.Empty(page.Dialogs);
        Assert.Equal("none", await page.Page.EvaluateAsync<string>("() => String(window.__pwned ?? 'none')"));
        var article = page.Page.Locator("#article");
        Assert.Contains("<script>", await article.TextContentAsync() ?? "");
        Assert.Contains("onerror=", await article.TextContentAsync() ?? "");
        Assert.Equal(0, await article.Locator("script, img, iframe, svg, object, embed, a, style").CountAsync());
        // The page's own script tags only: nothing from the document was parsed into the DOM.
        Assert.Equal(0, await page.Page.Locator("script:not([src])").CountAsync());
        await page.ScreenshotAsync("hostile-document");
        // The hostile text's fake links and images must not have produced requests either.
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Conflicts_page_and_search_box_work()
    {
        var (_, page) = await OpenAsync();
        await using var __ = page;
        await page.GotoAsync(server.Url("conflicts.html"));
        var conflicts = TradeConflicts.Of(server.Series);
        if (conflicts.Count == 0)
            Assert.Contains("No conflicting", await page.Page.Locator("#conflicts").TextContentAsync() ?? "");
        else
            Assert.Equal(conflicts.Count, await page.Page.Locator("#conflict-rows > li").CountAsync());

        // Keyboard only: type a region's name, arrow down to the first hit, Enter opens the region.
        var region = server.Series.First(p => !p.Key.Partner.IsCountry).Key.Partner;
        var name = server.RegionName(region);
        await page.Page.FocusAsync("#search-input");
        var typed = name[..Math.Min(6, name.Length)];
        await page.Page.Keyboard.TypeAsync(typed);
        // The list answers the whole word typed, not an answer to its first letters still on its way.
        await page.Page.WaitForSelectorAsync($"#search-results[data-query=\"{typed.Trim()}\"] a");
        await page.Page.Keyboard.PressAsync("ArrowDown");
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
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Pages_fit_a_phone_width_without_errors()
    {
        var (_, page) = await OpenAsync(width: 390);
        await using var __ = page;
        var region = server.Series.First(p => !p.Key.Partner.IsCountry).Key.Partner.Code;
        foreach (var url in new[] { "index.html", $"region.html?code={region}", $"document.html?id={Uri.EscapeDataString(server.Facts[0].Doc)}", "conflicts.html" })
        {
            await page.GotoAsync(server.Url(url));
            // Nothing but a table scrolls sideways: the page itself is as wide as the phone.
            var overflow = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 1, $"{url} is {overflow}px wider than the screen");
        }
        await page.ScreenshotAsync("phone-conflicts");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Server_sends_a_content_security_policy_without_inline_script()
    {
        var (_, page) = await OpenAsync();
        await using var __ = page;
        var response = await page.Page.GotoAsync(server.Url("index.html"));
        var csp = await response!.HeaderValueAsync("content-security-policy");
        Assert.NotNull(csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        // And the browser enforces it: an inline script added now does not run.
        await page.Page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.body.append(s); }");
        Assert.Equal("none", await page.Page.EvaluateAsync<string>("() => String(window.__inline ?? 'none')"));
        page.Problems.RemoveAll(p => p.Contains("Content Security Policy", StringComparison.Ordinal));
        page.AssertNoProblems();
    }

    // Playwright fills the result by setting properties, so this is a class with setters rather than a positional record.
    private sealed class MarkInfo
    {
        public string Facts { get; set; } = "";
        public string Text { get; set; } = "";
        public int Start { get; set; }
    }

    private sealed record DrawnSeries(string Id, string Symbol, IReadOnlyList<double> Values);

    /// <summary>The series an ECharts chart holds: id, symbol, and the y value (or bar length) of every data item.</summary>
    private static async Task<IReadOnlyList<DrawnSeries>> ChartSeriesAsync(IPage page, string selector)
    {
        var json = await page.EvaluateAsync<string>("""
            sel => {
              const chart = echarts.getInstanceByDom(document.querySelector(sel));
              if (!chart) return '[]';
              return JSON.stringify(chart.getOption().series.map(s => ({
                id: String(s.id), symbol: String(s.symbol ?? ''),
                values: s.data.map(d => { const v = d && typeof d === 'object' && 'value' in d ? d.value : d; return Array.isArray(v) ? v[1] : v; }),
              })));
            }
            """, selector);
        return JsonSerializer.Deserialize<List<DrawnSeries>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private static string Collapse(string s) => WhitespaceRun().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
