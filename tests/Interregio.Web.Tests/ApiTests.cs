using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Interregio.Web.Tests;

/// <summary>Reads through the API over the seeded database.</summary>
public class ApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private HttpClient Client => fixture.ReadOnly.CreateClient();

    [Fact]
    public async Task Health_says_ok_and_whether_writes_are_on()
    {
        var json = await GetJson("/health");
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.Equal(5, json.GetProperty("documents").GetInt32());
        Assert.False(json.GetProperty("writes_enabled").GetBoolean());
    }

    [Fact]
    public async Task Facts_page_with_a_cursor_through_every_fact_once()
    {
        var ids = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var json = await GetJson($"/api/facts?limit=3{(cursor is null ? "" : $"&cursor={cursor}")}");
            var items = json.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 1, 3);
            ids.AddRange(items.Select(i => i.GetProperty("id").GetInt64()));
            cursor = json.GetProperty("next_cursor").GetString();
            pages++;
        }
        while (cursor is not null);
        Assert.Equal(8, ids.Count);
        Assert.Equal(3, pages);
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Each_item_is_the_contract_fact_with_its_offsets()
    {
        var json = await GetJson("/api/facts?type=meeting");
        var fact = Assert.Single(json.GetProperty("items").EnumerateArray()).GetProperty("fact");
        Assert.Equal("meeting", fact.GetProperty("type").GetString());
        Assert.Equal("penza_march.txt", fact.GetProperty("doc").GetString());
        Assert.Equal("2025-02-28", fact.GetProperty("date").GetString());
        Assert.Equal("RU-PNZ", fact.GetProperty("partner").GetString());
        Assert.Equal("Oleg Melnichenko", fact.GetProperty("participants")[1].GetProperty("name").GetString());
        Assert.True(fact.GetProperty("end").GetInt32() > fact.GetProperty("start").GetInt32());
    }

    [Theory]
    [InlineData("type=trade", 5)]
    [InlineData("partner=RU-PNZ", 6)]
    [InlineData("partner=RU-SMO&type=trade", 2)]
    [InlineData("type=trade&from=2024&to=2024", 3)]
    [InlineData("type=trade&from=2025-02", 1)]
    // A meeting's time is its date.
    [InlineData("type=meeting&from=2025-02&to=2025-02", 1)]
    [InlineData("type=meeting&to=2024-12", 0)]
    // A product has no time of its own: its report's date (2025-03-01) stands for it.
    [InlineData("type=product&from=2025-03&to=2025-03", 1)]
    // A partner's facts in a period (the stored time of schema version 5): a meeting by its date, a product and an
    // enterprise by their reports' dates (2025-03 and 2024-02), a year's figure overlapping an open-ended bound.
    [InlineData("partner=RU-PNZ&from=2025-02&to=2025-02", 1)]
    [InlineData("partner=RU-PNZ&from=2025-03", 1)]
    [InlineData("partner=RU-PNZ&from=2024-02&to=2024-02", 3)]
    [InlineData("partner=RU-PNZ&to=2024-01", 3)]
    [InlineData("partner=RU-PNZ&to=2024-02", 4)]
    [InlineData("partner=RU-PNZ&from=2024-03&to=2024-12", 2)]
    [InlineData("partner=RU-PNZ&from=2025-04", 0)]
    [InlineData("partner=RU-SMO&from=2025-05", 1)]
    [InlineData("partner=RU-PNZ&type=enterprise&from=2024-02&to=2024-02", 1)]
    [InlineData("partner=RU-PNZ&type=enterprise&from=2024-03", 0)]
    [InlineData("q=Preliminary", 1)]
    [InlineData("q=penza%20oblast", 3)]
    // LIKE's own pattern characters are searched for as written: one quote holds "10%", none an underscore.
    [InlineData("q=%25", 1)]
    [InlineData("q=_", 0)]
    public async Task Facts_filter_by_type_partner_period_and_words(string query, int expected)
    {
        var json = await GetJson($"/api/facts?{query}&limit=500");
        Assert.Equal(expected, json.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("next_cursor").ValueKind);
    }

    [Theory]
    [InlineData("/api/facts?type=rumour", "type 'rumour'")]
    [InlineData("/api/facts?partner=RU-XXX", "partner 'RU-XXX'")]
    [InlineData("/api/facts?from=2024-13", "from '2024-13'")]
    [InlineData("/api/facts?from=2025&to=2024", "is after to")]
    [InlineData("/api/facts?limit=0", "limit must be between 1 and 500")]
    [InlineData("/api/facts?limit=501", "limit must be between 1 and 500")]
    [InlineData("/api/facts?cursor=not-a-cursor", "cursor is not one this API returned")]
    [InlineData("/api/regions/RU-PNZ/trade?flow=smuggling", "flow 'smuggling'")]
    [InlineData("/api/rankings?currency=XYZ", "currency 'XYZ'")]
    [InlineData("/api/conflicts?partner=Penza", "partner 'Penza'")]
    [InlineData("/api/conflicts?limit=501", "limit must be between 1 and 500")]
    [InlineData("/api/conflicts?cursor=zz", "cursor is not one this API returned")]
    [InlineData("/api/export?format=xlsx", "format 'xlsx'")]
    public async Task Bad_queries_are_400_problem_details_naming_the_value(string url, string detail)
    {
        var response = await Client.GetAsync(url, Cancel);
        await AssertProblem(response, HttpStatusCode.BadRequest, detail);
    }

    [Theory]
    [InlineData("/api/regions/RU-XXX", "no region has the code 'RU-XXX'")]
    [InlineData("/api/regions/RU-XXX/trade", "no region has the code 'RU-XXX'")]
    [InlineData("/api/documents/missing.txt", "no document is named 'missing.txt'")]
    [InlineData("/api/no-such-endpoint", null)]
    public async Task Missing_things_are_404_problem_details(string url, string? detail)
    {
        var response = await Client.GetAsync(url, Cancel);
        await AssertProblem(response, HttpStatusCode.NotFound, detail);
    }

    [Fact]
    public async Task A_document_holding_markup_comes_back_as_escaped_json_data()
    {
        var response = await Client.GetAsync($"/api/documents/{SeededDatabase.HtmlDocument}", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var raw = await response.Content.ReadAsStringAsync(Cancel);
        // Not one character that could open or close markup goes out as itself.
        Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b", raw, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", raw, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(raw);
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.Contains(SeededDatabase.Markup, text, StringComparison.Ordinal);
        var fact = Assert.Single(json.RootElement.GetProperty("facts").EnumerateArray());
        var (start, end) = (fact.GetProperty("start").GetInt32(), fact.GetProperty("end").GetInt32());
        Assert.Equal(fact.GetProperty("quote").GetString(), text[start..end]);
    }

    [Fact]
    public async Task A_document_lists_every_fact_with_offsets_into_its_text()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/documents/penza_march.txt", Cancel));
        var root = json.RootElement;
        Assert.Equal("2025-03-01", root.GetProperty("reference_date").GetString());
        var text = root.GetProperty("text").GetString()!;
        var facts = root.GetProperty("facts").EnumerateArray().ToList();
        Assert.Equal(["trade", "meeting", "product"], facts.Select(f => f.GetProperty("type").GetString()));
        foreach (var f in facts)
            Assert.Equal(f.GetProperty("quote").GetString(), text[f.GetProperty("start").GetInt32()..f.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task Regions_list_those_with_facts_and_their_counts()
    {
        var regions = (await GetJson("/api/regions")).EnumerateArray().ToList();
        Assert.Equal(["RU-PNZ", "RU-SMO"], regions.Select(r => r.GetProperty("code").GetString()));
        Assert.Equal(6, regions[0].GetProperty("total_facts").GetInt32());
        Assert.Equal(3, regions[0].GetProperty("facts").GetProperty("trade").GetInt32());
        Assert.Equal("Penza Oblast", regions[0].GetProperty("name").GetString());
        var all = await GetJson("/api/regions?all=true");
        Assert.True(all.GetArrayLength() > 80);
    }

    [Fact]
    public async Task A_region_summary_has_its_latest_turnover_goods_enterprises_and_meetings()
    {
        var json = await GetJson("/api/regions/ru-pnz");
        Assert.Equal("RU-PNZ", json.GetProperty("code").GetString());
        var latest = json.GetProperty("latest_turnover");
        Assert.Equal("2024-01", latest.GetProperty("period").GetProperty("from").GetString());
        // The two 2024 reports are both exact: the later (March) one is the best.
        Assert.Equal(152_000_000m, latest.GetProperty("best").GetProperty("amount").GetDecimal());
        Assert.True(latest.GetProperty("conflict").GetBoolean());
        Assert.Equal(1, json.GetProperty("conflicts").GetInt32());
        Assert.Equal("04", json.GetProperty("products_by_chapter")[0].GetProperty("chapter").GetString());
        Assert.Equal("MAZ", json.GetProperty("enterprises")[0].GetProperty("name").GetString());
        Assert.Equal(2025, json.GetProperty("meetings_per_year")[0].GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task A_region_trade_series_keeps_years_apart_from_partial_periods_and_marks_implied_values_derived()
    {
        var pnz = await GetJson("/api/regions/RU-PNZ/trade");
        Assert.Equal(["2023-01", "2024-01"], pnz.GetProperty("full_years").EnumerateArray().Select(p => p.GetProperty("period").GetProperty("from").GetString()));
        var y2024 = pnz.GetProperty("full_years")[1];
        Assert.Equal(2, y2024.GetProperty("reports").GetArrayLength());
        var implied = Assert.Single(pnz.GetProperty("implied").EnumerateArray());
        Assert.True(implied.GetProperty("derived").GetBoolean());
        Assert.Equal("2023-01", implied.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal(138_181_818m, implied.GetProperty("amount").GetDecimal());
        Assert.Equal("agrees", implied.GetProperty("check").GetString());

        var smo = await GetJson("/api/regions/RU-SMO/trade");
        Assert.Single(smo.GetProperty("full_years").EnumerateArray());
        var partial = Assert.Single(smo.GetProperty("partial_periods").EnumerateArray());
        Assert.Equal("part_of_year", partial.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Conflicts_show_both_figures_with_their_quotes()
    {
        var page = await GetJson("/api/conflicts");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(50, page.GetProperty("limit").GetInt32());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next_cursor").ValueKind);
        var conflict = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("RU-PNZ", conflict.GetProperty("partner").GetString());
        Assert.Equal(152_000_000m, conflict.GetProperty("first").GetProperty("amount").GetDecimal());
        Assert.Equal("penza_march.txt", conflict.GetProperty("first").GetProperty("doc").GetString());
        Assert.Equal(140_000_000m, conflict.GetProperty("second").GetProperty("amount").GetDecimal());
        Assert.StartsWith("Preliminary figures", conflict.GetProperty("second").GetProperty("quote").GetString());
        var smo = await GetJson("/api/conflicts?partner=RU-SMO");
        Assert.Empty(smo.GetProperty("items").EnumerateArray());
        Assert.Equal(0, smo.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Rankings_order_regions_by_latest_turnover_and_growth()
    {
        var json = await GetJson("/api/rankings");
        Assert.Equal(["RU-SMO", "RU-PNZ"], json.GetProperty("turnover").EnumerateArray().Select(r => r.GetProperty("partner").GetString()));
        var growth = json.GetProperty("growth").EnumerateArray().ToList();
        Assert.Equal(["RU-PNZ", "RU-SMO"], growth.Select(r => r.GetProperty("partner").GetString()));
        Assert.Equal(["stated", "stated"], growth.Select(r => r.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Exports_stream_csv_jsonl_and_parquet()
    {
        var csv = await Client.GetAsync("/api/export?format=csv&type=trade", Cancel);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("type,doc,reporter,partner,flow,period_from,period_to,amount", lines[0]);
        Assert.Equal(6, lines.Length);

        var jsonl = await Client.GetStringAsync("/api/export?format=jsonl&partner=RU-SMO", Cancel);
        Assert.Equal(2, jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var parquet = await Client.GetByteArrayAsync("/api/export?format=parquet", Cancel);
        Assert.Equal("PAR1"u8.ToArray(), parquet[..4]);
        Assert.Equal("PAR1"u8.ToArray(), parquet[^4..]);
    }

    [Fact]
    public async Task The_OpenAPI_document_is_OpenAPI_3_and_describes_every_endpoint()
    {
        var stream = await Client.GetStreamAsync("/openapi/v1.json", Cancel);
        var read = await Microsoft.OpenApi.OpenApiDocument.LoadAsync(stream, "json", cancellationToken: Cancel);
        Assert.Empty(read.Diagnostic!.Errors);
        Assert.Contains(read.Diagnostic.SpecificationVersion, new[] { Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_0, Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1 });
        var paths = read.Document!.Paths.Keys.ToList();
        foreach (var path in new[] { "/api/regions", "/api/regions/{code}", "/api/regions/{code}/trade", "/api/facts", "/api/documents/{name}", "/api/documents", "/api/conflicts", "/api/rankings", "/health" })
            Assert.Contains(path, paths);
    }

    [Fact]
    public async Task The_reference_page_is_served()
    {
        var response = await Client.GetAsync("/scalar/", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonElement> GetJson(string url)
    {
        var response = await Client.GetAsync(url, Cancel);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return json.RootElement.Clone();
    }

    internal static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string? detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.True(json.RootElement.TryGetProperty("title", out _));
        if (detail is not null)
            Assert.Contains(detail, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

/// <summary>Writes: off without a token, refused without the right bearer token, and stored with it.</summary>
public class WriteTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static StringContent Body(object value) =>
        new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    private static readonly object OneArticle = new
    {
        name = "tver_new.txt",
        text = "MINSK, 14 May (BelTA) - Trade between Belarus and Tver Oblast reached $610 million in 2024, Governor Igor Rudenya said.",
    };

    [Fact]
    public async Task Without_a_configured_token_writes_are_off()
    {
        await using var db = await SeededDatabase.CreateAsync();
        await using var app = new InterregioFactory(db.Path, token: null);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "anything");
        var response = await client.PostAsync("/api/documents", Body(OneArticle), Cancel);
        await ApiTests.AssertProblem(response, HttpStatusCode.Forbidden, "--token");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    [InlineData("test-token-5f2c-and-more")]
    public async Task With_a_token_configured_a_missing_or_wrong_bearer_token_is_401(string? given)
    {
        await using var db = await SeededDatabase.CreateAsync();
        await using var app = new InterregioFactory(db.Path, ApiFixture.Token);
        var client = app.CreateClient();
        if (given is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", given);
        var response = await client.PostAsync("/api/documents", Body(OneArticle), Cancel);
        await ApiTests.AssertProblem(response, HttpStatusCode.Unauthorized, "Bearer");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var health = await client.GetStringAsync("/health", Cancel);
        Assert.Contains("\"documents\":5", health, StringComparison.Ordinal);
    }

    /// <summary>The removed paragraphs are kept per content: a replaced document's new text is split anew.</summary>
    [Fact]
    public async Task A_replaced_documents_paragraphs_are_those_of_its_new_text()
    {
        await using var db = await SeededDatabase.CreateAsync();
        await using var app = new InterregioFactory(db.Path, ApiFixture.Token);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiFixture.Token);
        const string Repeated = "Read also: the Belarusian pavilion at the regional fair drew visitors from every district of the oblast this week.";
        const string Lead = "MINSK, 14 May (BelTA) - Trade between Belarus and Tver Oblast reached $610 million in 2024, Governor Igor Rudenya said.";

        async Task<string> Layout(string text)
        {
            var posted = await client.PostAsync("/api/documents", Body(new { name = "layout.txt", text }), Cancel);
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            using var json = JsonDocument.Parse(await client.GetStringAsync("/api/dashboard/documents/layout.txt/paragraphs", Cancel));
            return string.Join(";", json.RootElement.GetProperty("removed").EnumerateArray()
                .Select(r => $"{r.GetProperty("status").GetString()}@{r.GetProperty("start").GetInt32()}"));
        }

        var first = await Layout($"{Lead}\n\n{Repeated}\n\nThe sides discussed machinery supplies.\n\n{Repeated}\n");
        var again = await client.GetStringAsync("/api/dashboard/documents/layout.txt/paragraphs", Cancel);
        Assert.Contains("repeated@", first, StringComparison.Ordinal);
        Assert.Contains("\"repeated\"", again, StringComparison.Ordinal);
        Assert.Equal("", await Layout($"{Lead}\n\nThe sides discussed machinery supplies.\n"));
    }

    [Fact]
    public async Task With_the_token_a_document_is_extracted_stored_and_shown_at_once()
    {
        await using var db = await SeededDatabase.CreateAsync();
        await using var app = new InterregioFactory(db.Path, ApiFixture.Token);
        var client = app.CreateClient();
        // Warm the analytics cache first: the write must invalidate it.
        Assert.DoesNotContain("RU-TVE", await client.GetStringAsync("/api/regions", Cancel), StringComparison.Ordinal);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiFixture.Token);

        var response = await client.PostAsync("/api/documents", Body(OneArticle), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var outcome = Assert.Single(result.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal("new", outcome.GetProperty("status").GetString());
        Assert.True(outcome.GetProperty("facts_by_type").GetProperty("trade").GetInt32() >= 1);

        Assert.Contains("RU-TVE", await client.GetStringAsync("/api/regions", Cancel), StringComparison.Ordinal);
        var series = await client.GetStringAsync("/api/regions/RU-TVE/trade", Cancel);
        Assert.Contains("610000000", series, StringComparison.Ordinal);

        // The same document again adds nothing.
        var again = await client.PostAsync("/api/documents", Body(new[] { OneArticle }), Cancel);
        Assert.Contains("\"status\":\"unchanged\"", await again.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_page_is_stored_as_its_visible_text_and_its_script_never_runs_or_returns_as_markup()
    {
        await using var db = await SeededDatabase.CreateAsync();
        await using var app = new InterregioFactory(db.Path, ApiFixture.Token);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiFixture.Token);
        var page = new
        {
            name = "page.html",
            html = "<html><head><title>Tver</title><script>document.cookie</script></head><body><article>"
                + "<p>MINSK, 14 May (BelTA) - Trade between Belarus and Tver Oblast reached $610 million in 2024.</p>"
                + "<p>Quoted markup as text: &lt;img src=x onerror=alert(1)&gt;</p></article></body></html>",
        };
        var response = await client.PostAsync("/api/documents", Body(page), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var raw = await client.GetStringAsync("/api/documents/page.html", Cancel);
        Assert.DoesNotContain("<img", raw, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(raw);
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.DoesNotContain("document.cookie", text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "non-empty array")]
    [InlineData("{\"name\":\"a.txt\"}", "exactly one of text and html")]
    [InlineData("{\"name\":\"a.txt\",\"text\":\"x\",\"html\":\"<p>x</p>\"}", "exactly one of text and html")]
    [InlineData("{\"text\":\"x\"}", "has no name")]
    [InlineData("{\"name\":\"../etc/passwd\",\"text\":\"x\"}", "without '/'")]
    [InlineData("[{\"name\":\"a.txt\",\"text\":\"x\"},{\"name\":\"a.txt\",\"text\":\"y\"}]", "appears twice")]
    [InlineData("\"just a string\"", "non-empty array")]
    public async Task A_malformed_body_is_a_400_problem(string body, string detail)
    {
        await using var db = await SeededDatabase.CreateAsync();
        await using var app = new InterregioFactory(db.Path, ApiFixture.Token);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiFixture.Token);
        var response = await client.PostAsync("/api/documents", new StringContent(body, Encoding.UTF8, "application/json"), Cancel);
        await ApiTests.AssertProblem(response, HttpStatusCode.BadRequest, detail);
    }
}

public class WebOptionsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.0.0.2:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.10:5080", false)]
    [InlineData("http://example.org", false)]
    public void Only_loopback_addresses_count_as_local(string url, bool loopback) =>
        Assert.Equal(loopback, WebOptions.IsLoopback(url));

    [Fact]
    public void Binding_a_non_loopback_address_needs_the_explicit_option()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            InterregioWebApp.Build(new WebOptions { Urls = ["http://0.0.0.0:5080"], Database = Path.GetTempFileName() }));
        Assert.Contains("0.0.0.0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_token_comes_from_the_option_else_the_environment()
    {
        Assert.Equal("opt", WebOptions.ResolveToken("opt", _ => "env"));
        Assert.Equal("env", WebOptions.ResolveToken(null, _ => "env"));
        Assert.Null(WebOptions.ResolveToken("  ", _ => " "));
    }
}
