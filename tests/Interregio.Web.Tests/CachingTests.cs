using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Interregio.Web.Tests;

/// <summary>
/// The analytics answers are serialised once per data version and sent with an ETag: If-None-Match gets 304 while
/// the data is the same, and never after a write, through this server or another process.
/// </summary>
public class CachingTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A database of its own, seeded alike, for a test that writes (a PostgreSQL schema in the subclass).</summary>
    protected virtual ApiFixture NewFixture() => new();

    private static readonly string[] CachedUrls =
    [
        "/api/regions", "/api/regions?all=true", "/api/regions/RU-PNZ", "/api/regions/RU-PNZ/trade",
        "/api/regions/RU-PNZ/trade?flow=export", "/api/conflicts", "/api/conflicts?limit=1", "/api/rankings",
        "/api/rankings?currency=EUR", "/api/dashboard/ranking", "/api/dashboard/ranking?year=2023", "/api/dashboard/years",
    ];

    [Fact]
    public async Task Each_cached_answer_has_its_own_etag_and_if_none_match_gets_304_without_a_body()
    {
        var client = fixture.ReadOnly.CreateClient();
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var url in CachedUrls)
        {
            var first = await client.GetAsync(url, Cancel);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal("application/json", first.Content.Headers.ContentType?.MediaType);
            var tag = first.Headers.ETag;
            Assert.NotNull(tag);
            Assert.False(tag.IsWeak);
            Assert.True(tags.Add(tag.Tag), $"{url} shares its ETag {tag.Tag} with another answer");
            var body = await first.Content.ReadAsStringAsync(Cancel);

            // Asked again without a tag: the same bytes.
            Assert.Equal(body, await client.GetStringAsync(url, Cancel));

            using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
            conditional.Headers.IfNoneMatch.Add(tag);
            var notModified = await client.SendAsync(conditional, Cancel);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(Cancel));
            Assert.Equal(tag, notModified.Headers.ETag);
        }
    }

    [Fact]
    public async Task A_client_accepting_gzip_gets_the_same_json_compressed_under_its_own_tag()
    {
        var client = fixture.ReadOnly.CreateClient();
        var url = "/api/regions?all=true";
        var plain = await client.GetAsync(url, Cancel);
        var json = await plain.Content.ReadAsByteArrayAsync(Cancel);
        Assert.True(json.Length >= CachedResponse.CompressFrom, $"{url} is {json.Length} bytes, too small to be compressed");
        Assert.Empty(plain.Content.Headers.ContentEncoding);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br;q=1.0, gzip;q=0.8");
        var zipped = await client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.OK, zipped.StatusCode);
        Assert.Equal(["gzip"], zipped.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", zipped.Headers.Vary);
        var compressed = await zipped.Content.ReadAsByteArrayAsync(Cancel);
        Assert.True(compressed.Length < json.Length);
        using (var gunzip = new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress))
        using (var back = new MemoryStream())
        {
            await gunzip.CopyToAsync(back, Cancel);
            Assert.Equal(json, back.ToArray());
        }
        Assert.NotEqual(plain.Headers.ETag, zipped.Headers.ETag);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        again.Headers.IfNoneMatch.Add(zipped.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again, Cancel)).StatusCode);

        // gzip;q=0 refuses it.
        using var refused = new HttpRequestMessage(HttpMethod.Get, url);
        refused.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip;q=0");
        var identity = await client.SendAsync(refused, Cancel);
        Assert.Empty(identity.Content.Headers.ContentEncoding);
        Assert.Equal(json, await identity.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task Another_answers_tag_or_a_made_up_one_gets_the_full_answer()
    {
        var client = fixture.ReadOnly.CreateClient();
        var rankingsTag = (await client.GetAsync("/api/rankings", Cancel)).Headers.ETag!;
        foreach (var tag in new[] { rankingsTag.Tag, "\"0-0-0-0\"" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/regions");
            request.Headers.TryAddWithoutValidation("If-None-Match", tag);
            var response = await client.SendAsync(request, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("RU-PNZ", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
        // A weak form of the right tag and a list holding it both match (If-None-Match compares weakly).
        var regionsTag = (await client.GetAsync("/api/regions", Cancel)).Headers.ETag!.Tag;
        foreach (var header in new[] { "W/" + regionsTag, $"\"x\", {regionsTag}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/regions");
            request.Headers.TryAddWithoutValidation("If-None-Match", header);
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(request, Cancel)).StatusCode);
        }
    }

    [Fact]
    public async Task A_new_version_reads_every_regions_details_in_the_background_and_stopping_the_app_waits_for_it()
    {
        await using (var fresh = NewFixture())
        {
            await fresh.InitializeAsync();
            var client = fresh.ReadOnly.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/regions", Cancel)).StatusCode);
            var cache = fresh.ReadOnly.Services.GetRequiredService<AnalyticsCache>();
            await cache.Warming.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
            var snapshot = await cache.GetAsync(Cancel);
            var withDetails = snapshot.Counts.Count(c =>
                c.Value.Keys.Any(t => t is Domain.FactType.Product or Domain.FactType.Enterprise or Domain.FactType.Meeting or Domain.FactType.Outlets));
            Assert.True(withDetails > 0, $"the seeded base has {withDetails} regions with details");
            // No region summary was asked for: only the warm-up can have read them.
            Assert.Equal(withDetails, snapshot.DetailsRead);
        }

        // Stopped while it reads (the app is disposed right after the version is built): nothing throws, and the
        // store (a PostgreSQL schema dropped by the fixture) is no longer in use.
        await using var stopped = NewFixture();
        await stopped.InitializeAsync();
        Assert.Equal(HttpStatusCode.OK, (await stopped.ReadOnly.CreateClient().GetAsync("/api/rankings", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_write_through_the_api_changes_every_cached_answer_at_once()
    {
        await using var fresh = NewFixture();
        await fresh.InitializeAsync();
        var client = fresh.Writable.CreateClient();
        var before = await Snapshot(client);
        var documents = await HealthDocuments(client);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiFixture.Token);
        var post = await client.PostAsync("/api/documents", TverArticle("tver_new.txt", 610), Cancel);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);

        // /health reads the version looked up at most once a second, except right after a write through the API.
        Assert.Equal(documents + 1, await HealthDocuments(client));
        await AssertChanged(client, before, "610000000");
    }

    private static async Task<int> HealthDocuments(HttpClient client)
    {
        using var health = JsonDocument.Parse(await client.GetStringAsync("/health", Cancel));
        return health.RootElement.GetProperty("documents").GetInt32();
    }

    [Fact]
    public async Task An_ingest_by_another_process_shows_within_the_check_interval()
    {
        // Two servers over one database: the reader's cache learns of the writer's ingest only from the data version.
        await using var fresh = NewFixture();
        await fresh.InitializeAsync();
        var client = fresh.ReadOnly.CreateClient();
        var before = await Snapshot(client);

        var writing = fresh.Writable.CreateClient();
        writing.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiFixture.Token);
        Assert.Equal(HttpStatusCode.OK, (await writing.PostAsync("/api/documents", TverArticle("tver_elsewhere.txt", 720), Cancel)).StatusCode);

        // The reader looks the version up at most once per interval; past it, no answer may be the old one.
        await Task.Delay(AnalyticsCache.CheckInterval + TimeSpan.FromMilliseconds(200), Cancel);
        await AssertChanged(client, before, "720000000");
    }

    [Fact]
    public async Task A_region_trade_series_filters_by_flow_and_period_and_lists_reports_without_their_quotes()
    {
        var client = fixture.ReadOnly.CreateClient();
        var all = await GetJson(client, "/api/regions/RU-PNZ/trade");
        var y2024 = all.GetProperty("full_years")[1];
        Assert.StartsWith("Trade between Belarus and Penza", y2024.GetProperty("best").GetProperty("quote").GetString(), StringComparison.Ordinal);
        foreach (var report in y2024.GetProperty("reports").EnumerateArray())
        {
            Assert.False(report.TryGetProperty("quote", out _));
            Assert.True(report.GetProperty("end").GetInt32() > report.GetProperty("start").GetInt32());
        }
        Assert.Equal(2, y2024.GetProperty("report_count").GetInt32());

        var only2024 = await GetJson(client, "/api/regions/RU-PNZ/trade?from=2024&to=2024-12");
        Assert.Equal(["2024-01"], Periods(only2024.GetProperty("full_years")));
        // The implied 2023 value and nothing else of 2023 is kept; the 2024 conflict is.
        Assert.Empty(only2024.GetProperty("implied").EnumerateArray());
        Assert.Single(only2024.GetProperty("conflicts").EnumerateArray());

        var upTo2023 = await GetJson(client, "/api/regions/RU-PNZ/trade?to=2023");
        Assert.Equal(["2023-01"], Periods(upTo2023.GetProperty("full_years")));
        Assert.Equal(["2023-01"], Periods(upTo2023.GetProperty("implied")));
        Assert.Empty(upTo2023.GetProperty("conflicts").EnumerateArray());

        var exports = await GetJson(client, "/api/regions/RU-PNZ/trade?flow=export");
        Assert.Empty(exports.GetProperty("full_years").EnumerateArray());
        var turnover = await GetJson(client, "/api/regions/RU-PNZ/trade?flow=Turnover&reporter=by");
        Assert.Equal(2, turnover.GetProperty("full_years").GetArrayLength());
    }

    [Fact]
    public async Task A_facts_page_written_from_stored_lines_escapes_markup_in_quotes()
    {
        var response = await fixture.ReadOnly.CreateClient().GetAsync("/api/facts?q=reader", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var raw = await response.Content.ReadAsStringAsync(Cancel);
        // The store keeps <, >, & and ' as they are; the API never sends them so.
        foreach (var c in new[] { "<", ">", "&", "'" })
            Assert.DoesNotContain(c, raw, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", raw, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(raw);
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.True(item.GetProperty("id").GetInt64() > 0);
        var fact = item.GetProperty("fact");
        Assert.Equal(SeededDatabase.HtmlDocument, fact.GetProperty("doc").GetString());
        Assert.Contains(SeededDatabase.Markup, fact.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Equal(1_000_000_000m, fact.GetProperty("value").GetProperty("amount").GetDecimal());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("next_cursor").ValueKind);
        Assert.Equal(50, json.RootElement.GetProperty("limit").GetInt32());
    }

    [Theory]
    [InlineData("/api/regions/RU-PNZ/trade?from=2024-13", "from '2024-13' is not a year")]
    [InlineData("/api/regions/RU-PNZ/trade?to=soon", "to 'soon' is not a year")]
    [InlineData("/api/regions/RU-PNZ/trade?from=2025&to=2024", "from (2025) is after to (2024)")]
    [InlineData("/api/regions/RU-PNZ/trade?flow=barter", "flow 'barter' is not one of")]
    public async Task Bad_trade_filters_are_400_problems(string url, string detail)
    {
        var response = await fixture.ReadOnly.CreateClient().GetAsync(url, Cancel);
        await ApiTests.AssertProblem(response, HttpStatusCode.BadRequest, detail);
    }

    private static IEnumerable<string?> Periods(JsonElement list) =>
        list.EnumerateArray().Select(p => p.GetProperty("period").GetProperty("from").GetString()).ToList();

    private static StringContent TverArticle(string name, int millions) => new(JsonSerializer.Serialize(new
    {
        name,
        text = $"MINSK, 14 May (BelTA) - Trade between Belarus and Tver Oblast reached ${millions} million in 2024, Governor Igor Rudenya said.",
    }), Encoding.UTF8, "application/json");

    /// <summary>Each cached URL (and the new region's pages) with its tag, read before a write.</summary>
    private static async Task<Dictionary<string, EntityTagHeaderValue>> Snapshot(HttpClient client)
    {
        var tags = new Dictionary<string, EntityTagHeaderValue>(StringComparer.Ordinal);
        foreach (var url in CachedUrls.Append("/api/regions/RU-TVE").Append("/api/regions/RU-TVE/trade"))
        {
            var response = await client.GetAsync(url, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            tags[url] = response.Headers.ETag!;
        }
        Assert.DoesNotContain("RU-TVE", await client.GetStringAsync("/api/regions", Cancel), StringComparison.Ordinal);
        return tags;
    }

    /// <summary>Every URL asked with its old tag answers 200 with a new tag; the new region's pages hold the figure.</summary>
    private static async Task AssertChanged(HttpClient client, Dictionary<string, EntityTagHeaderValue> before, string figure)
    {
        foreach (var (url, tag) in before)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(tag);
            var response = await client.SendAsync(request, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} with the tag from before the write");
            Assert.NotEqual(tag, response.Headers.ETag);
        }
        Assert.Contains("RU-TVE", await client.GetStringAsync("/api/regions", Cancel), StringComparison.Ordinal);
        Assert.Contains(figure, await client.GetStringAsync("/api/regions/RU-TVE/trade", Cancel), StringComparison.Ordinal);
        Assert.Contains(figure, await client.GetStringAsync("/api/regions/RU-TVE", Cancel), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> GetJson(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Cancel);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return json.RootElement.Clone();
    }
}

/// <summary>The same answers, tags and invalidation, from PostgreSQL.</summary>
public sealed class PostgresCachingTests : CachingTests, IClassFixture<PostgresApiFixture>
{
    public PostgresCachingTests(PostgresApiFixture fixture)
        : base(fixture)
    {
        if (fixture.SkipReason is { } reason)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail(reason + "; CI=true requires it");
            Assert.Skip(reason);
        }
    }

    protected override ApiFixture NewFixture() => new PostgresApiFixture();
}
