using Dapper;
using Interregio.Domain;
using Interregio.Storage;
using Interregio.Storage.Postgres;
using Interregio.Storage.Sqlite;
using Interregio.Tests.Storage.Fixtures;
using Microsoft.Data.Sqlite;
using Npgsql;
using static Interregio.Tests.Storage.Fixtures.StoredFacts;

namespace Interregio.Tests.Storage;

/// <summary>
/// The facts pages' text search (q=) whatever the database: a case-insensitive substring of the quote, in Latin and
/// Cyrillic, with LIKE's pattern characters and FTS5's quotes taken literally, paged in id order with the cursor and
/// the other filters, and forgetting the quotes of a replaced document. Schema version 4 answers it through a
/// trigram index (FTS5 in SQLite, pg_trgm in PostgreSQL); a version 3 database gets the index on open.
/// </summary>
public abstract class TextSearchContract : IAsyncLifetime
{
    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Quotes written for these tests: each differs from another by what a wrong search would confuse.</summary>
    protected static readonly string[] Quotes =
    [
        "Belarusian TRACTORS went to Penza in 2023.",                 // 0: Latin, upper case
        "Тракторы МТЗ поставлены в Пензенскую область.",               // 1: Cyrillic, capitalised
        "Exports of tractors grew 50% in a year.",                     // 2: '%' literal
        "Exports reached 500 tractor units.",                          // 3: what '50%' matches as a wildcard
        "The plan for 2023_q1 was met.",                                // 4: '_' literal
        "The plan for 2023aq1 was met.",                                // 5: what '3_q' matches as a wildcard
        "The governor called him \"a friend\" in Minsk.",               // 6: FTS5's quote character
        "Поставки ТРАКТОРОВ выросли.",                                  // 7: Cyrillic, upper case, another ending
    ];

    protected IFactStore Store { get; private set; } = null!;

    protected abstract Task<IFactStore> OpenEmptyStoreAsync();

    protected abstract IFactQueries Queries { get; }

    public virtual async ValueTask InitializeAsync() => Store = await OpenEmptyStoreAsync();

    public virtual async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A trade fact per quote, one year apart so that no two share a natural key; every other one Samara's.</summary>
    protected static DocumentRecord QuotesDocument(string name, IReadOnlyList<string> quotes) =>
        Document(name, [.. quotes.Select((q, i) => new TradeFact(new Provenance(name, q, 0, q.Length), Belarus, i % 2 == 0 ? Penza : Samara,
            TradeFlow.Turnover, Period.Year(2001 + i), Money.Of((i + 1) * 1_000_000m, Currency.USD), Qualifier.Exact, null))]);

    /// <summary>The quotes every page of the search lists, following the cursor one page of <paramref name="limit"/> at a time.</summary>
    protected async Task<List<string>> SearchAsync(string text, int limit = 100, RegionCode? partner = null, FactType? type = null)
    {
        var quotes = new List<string>();
        long? after = null;
        var lastId = 0L;
        do
        {
            var page = await Queries.PageAsync(new FactPageQuery { Text = text, Limit = limit, After = after, Partner = partner, Type = type }, Cancel);
            Assert.True(page.Items.Count <= limit);
            foreach (var item in page.Items)
            {
                Assert.True(item.Id > lastId, "a page lists facts in id order");
                lastId = item.Id;
                quotes.Add(item.Fact.Quote);
            }
            after = page.NextAfter;
        }
        while (after is not null);
        return quotes;
    }

    [Theory]
    [InlineData("tractors", new[] { 0, 2 })]
    [InlineData("TRACTOR", new[] { 0, 2, 3 })]
    [InlineData("тракторы", new[] { 1 })]
    [InlineData("ТРАКТОР", new[] { 1, 7 })]
    [InlineData("тРаКтОрОв", new[] { 7 })]
    [InlineData("50%", new[] { 2 })]
    [InlineData("3_q", new[] { 4 })]
    [InlineData("\"a friend\"", new[] { 6 })]
    [InlineData("  the plan  ", new[] { 4, 5 })]
    [InlineData("ex", new[] { 2, 3 })]
    [InlineData("%", new[] { 2 })]
    [InlineData("zebrafish", new int[0])]
    public async Task Text_search_finds_a_case_insensitive_substring_of_the_quote(string text, int[] expected)
    {
        await Store.WriteBatchAsync([QuotesDocument("quotes.txt", Quotes)], Cancel);

        Assert.Equal(expected.Select(i => Quotes[i]), await SearchAsync(text));
        // Page by page through the cursor: the same facts in the same order.
        Assert.Equal(expected.Select(i => Quotes[i]), await SearchAsync(text, limit: 1));
    }

    [Fact]
    public async Task Text_search_keeps_the_other_filters()
    {
        await Store.WriteBatchAsync([QuotesDocument("quotes.txt", Quotes)], Cancel);

        // Penza has the even quotes, Samara the odd ones.
        Assert.Equal([Quotes[0], Quotes[2]], await SearchAsync("tractor", partner: Penza));
        Assert.Equal([Quotes[3]], await SearchAsync("tractor", partner: Samara, type: FactType.Trade, limit: 1));
        Assert.Equal([Quotes[1], Quotes[7]], await SearchAsync("трактор", type: FactType.Trade));
        Assert.Empty(await SearchAsync("tractor", type: FactType.Meeting));
    }

    [Fact]
    public async Task A_replaced_document_leaves_the_search_with_its_quotes()
    {
        await Store.WriteBatchAsync([QuotesDocument("a.txt", ["Zebrafish exports rose."]), QuotesDocument("b.txt", ["Zebrafish imports fell."])], Cancel);
        Assert.Equal(2, (await SearchAsync("zebrafish")).Count);

        // The last document: SQLite gives its new fact the id the old one had, which a stale index entry would find.
        var outcome = Assert.Single(await Store.WriteBatchAsync([QuotesDocument("b.txt", ["Okapi imports fell."])], Cancel));

        Assert.Equal(IngestStatus.Replaced, outcome.Status);
        Assert.Equal(["Zebrafish exports rose."], await SearchAsync("zebrafish"));
        Assert.Equal(["Okapi imports fell."], await SearchAsync("okapi"));
        Assert.Equal(["Okapi imports fell."], await SearchAsync("imports FELL"));
        await AssertIndexMatchesFactsAsync();
    }

    [Fact]
    public async Task A_document_replaced_in_the_batch_that_stored_it_leaves_the_search()
    {
        var outcomes = await Store.WriteBatchAsync(
            [QuotesDocument("a.txt", ["Zebrafish exports rose."]), QuotesDocument("b.txt", ["Tapir exports rose."]), QuotesDocument("a.txt", ["Okapi exports rose."])], Cancel);

        Assert.Equal([IngestStatus.New, IngestStatus.New, IngestStatus.Replaced], outcomes.Select(o => o.Status));
        Assert.Empty(await SearchAsync("zebrafish"));
        Assert.Equal(["Tapir exports rose.", "Okapi exports rose."], await SearchAsync("exports rose"));
        await AssertIndexMatchesFactsAsync();
    }

    /// <summary>Where the store can say so, its text index holds exactly the stored quotes.</summary>
    protected virtual Task AssertIndexMatchesFactsAsync() => Task.CompletedTask;
}

public sealed class SqliteTextSearchTests : TextSearchContract
{
    private readonly TempFolder _folder = new("interregio-text");

    private string DatabasePath => _folder["facts.db"];

    protected override async Task<IFactStore> OpenEmptyStoreAsync() => await SqliteFactStore.OpenAsync(DatabasePath, cancellationToken: Cancel);

    protected override IFactQueries Queries => new FactQueriesSqlite(DatabasePath);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    /// <summary>FTS5's integrity-check compares the index with the facts it is built over, and fails on any difference.</summary>
    protected override async Task AssertIndexMatchesFactsAsync()
    {
        await using var c = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await c.OpenAsync(Cancel);
        await c.ExecuteAsync("INSERT INTO facts_quote (facts_quote, rank) VALUES ('integrity-check', 1)");
    }

    [Fact]
    public async Task The_bundled_sqlite_has_fts5_with_the_trigram_tokenizer()
    {
        await using var c = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await c.OpenAsync(Cancel);
        // trigram came in 3.34.
        var version = Version.Parse(await c.ExecuteScalarAsync<string>("SELECT sqlite_version()") ?? "0.0");
        Assert.True(version >= new Version(3, 34), $"SQLite {version}");
        Assert.Equal(1, await c.ExecuteScalarAsync<int>("SELECT sqlite_compileoption_used('ENABLE_FTS5')"));
    }

    [Fact]
    public async Task A_version_3_database_gets_the_text_index_with_the_quotes_stored_before()
    {
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(DatabasePath);
        var old = QuotesDocument("old.txt", Quotes);
        await using (var c = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await c.OpenAsync(Cancel);
            foreach (var m in SqliteSchema.Migrations.Where(m => m.Version <= 3))
                await c.ExecuteAsync(m.Sql);
            var id = await c.ExecuteScalarAsync<long>(
                "INSERT INTO documents (name, content_sha256, text, ingested_at) VALUES (@Name, @ContentSha256, @Text, '2024-01-01T00:00:00Z') RETURNING id", old);
            foreach (var r in old.Facts.Select(FactRecord.Of))
            {
                await c.ExecuteAsync(
                    """
                    INSERT INTO facts (document_id, document_sha256, type, key, reporter, partner, flow, period_from, period_to, amount, currency, qualifier, quote, quote_start, quote_end, fact_json)
                    VALUES (@id, @sha, @Type, @Key, @Reporter, @Partner, @Flow, @PeriodFrom, @PeriodTo, @Amount, @Currency, @Qualifier, @Quote, @QuoteStart, @QuoteEnd, @FactJson)
                    """,
                    new { id, sha = old.ContentSha256, r.Type, r.Key, r.Reporter, r.Partner, r.Flow, r.PeriodFrom, r.PeriodTo, r.Amount, r.Currency, r.Qualifier, r.Quote, r.QuoteStart, r.QuoteEnd, r.FactJson });
            }
            Assert.Equal(3L, await c.ExecuteScalarAsync<long>("PRAGMA user_version"));
        }

        await InitializeAsync();

        await using (var c = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await c.OpenAsync(Cancel);
            Assert.Equal((long)SqliteSchema.LatestVersion, await c.ExecuteScalarAsync<long>("PRAGMA user_version"));
            Assert.Equal(["facts_quote_delete", "facts_quote_update"],
                await c.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
            // The index holds every stored quote: FTS5's own check compares it with the content table.
            await c.ExecuteAsync("INSERT INTO facts_quote (facts_quote, rank) VALUES ('integrity-check', 1)");
        }
        Assert.Equal([Quotes[1], Quotes[7]], await SearchAsync("трактор"));
        Assert.Equal(IngestStatus.Unchanged, Assert.Single(await Store.WriteBatchAsync([old], Cancel)).Status);
    }

    [Fact]
    public void A_text_of_three_characters_or_more_is_looked_up_in_the_index_and_a_shorter_one_scans()
    {
        Assert.Equal("\"tractors\"", FactQueriesSqlite.TextMatch("tractors"));
        Assert.Equal("\"say \"\"hi\"\"\"", FactQueriesSqlite.TextMatch("say \"hi\""));
        Assert.Equal("\"МТЗ\"", FactQueriesSqlite.TextMatch("МТЗ"));
        Assert.Null(FactQueriesSqlite.TextMatch("ex"));
        // Two letters outside the Basic Multilingual Plane are two characters, however many UTF-16 units.
        Assert.Null(FactQueriesSqlite.TextMatch("😀😀"));
    }
}

public sealed class PostgresTextSearchTests : TextSearchContract
{
    private PostgresTestDatabase? _db;

    protected override async Task<IFactStore> OpenEmptyStoreAsync()
    {
        _db ??= await PostgresTestDatabase.CreateAsync();
        return await PostgresFactStore.OpenAsync(_db.ConnectionString, cancellationToken: Cancel);
    }

    protected override IFactQueries Queries => (IFactQueries)Store;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_db is not null)
            await _db.DisposeAsync();
    }

    [Fact]
    public async Task A_version_3_database_gets_the_trigram_index_and_text_search_uses_it()
    {
        await Store.DisposeAsync();
        var old = QuotesDocument("old.txt", Quotes);
        await using (var c = new NpgsqlConnection(_db!.ConnectionString))
        {
            await c.OpenAsync(Cancel);
            await c.ExecuteAsync("DROP TABLE story_bands, facts, documents, stories, schema_version");
            await c.ExecuteAsync("CREATE TABLE schema_version (version integer NOT NULL)");
            foreach (var m in PostgresSchema.Migrations.Where(m => m.Version <= 3))
            {
                await c.ExecuteAsync(m.Sql);
                await c.ExecuteAsync("INSERT INTO schema_version (version) VALUES (@v)", new { v = m.Version });
            }
            var id = await c.ExecuteScalarAsync<long>(
                "INSERT INTO documents (name, content_sha256, text, ingested_at) VALUES (@Name, @ContentSha256, @Text, now()) RETURNING id", old);
            foreach (var r in old.Facts.Select(FactRecord.Of))
            {
                await c.ExecuteAsync(
                    """
                    INSERT INTO facts (document_id, document_sha256, type, key, reporter, partner, flow, period_from, period_to, amount, currency, qualifier, quote, quote_start, quote_end, fact_json)
                    VALUES (@id, @sha, @Type, @Key, @Reporter, @Partner, @Flow, @PeriodFrom, @PeriodTo, @Amount, @Currency, @Qualifier, @Quote, @QuoteStart, @QuoteEnd, @FactJson)
                    """,
                    new { id, sha = old.ContentSha256, r.Type, r.Key, r.Reporter, r.Partner, r.Flow, r.PeriodFrom, r.PeriodTo, r.Amount, r.Currency, r.Qualifier, r.Quote, r.QuoteStart, r.QuoteEnd, r.FactJson });
            }
        }

        await InitializeAsync();

        Assert.Equal(PostgresSchema.LatestVersion, ((PostgresFactStore)Store).SchemaVersion);
        await using (var c = new NpgsqlConnection(_db.ConnectionString))
        {
            await c.OpenAsync(Cancel);
            Assert.Contains("facts_quote_trgm", await c.QueryAsync<string>("SELECT indexname FROM pg_indexes WHERE tablename = 'facts' AND schemaname = current_schema()"));
            // With sequential scans priced out, the planner can still answer ILIKE: through the trigram index.
            await using var tx = await c.BeginTransactionAsync(Cancel);
            await c.ExecuteAsync("SET LOCAL enable_seqscan = off", transaction: tx);
            var plan = string.Join("\n", await c.QueryAsync<string>("EXPLAIN SELECT id FROM facts WHERE quote ILIKE '%трактор%'", transaction: tx));
            Assert.Contains("facts_quote_trgm", plan);
        }
        Assert.Equal([Quotes[1], Quotes[7]], await SearchAsync("трактор"));
        Assert.Equal(IngestStatus.Unchanged, Assert.Single(await Store.WriteBatchAsync([old], Cancel)).Status);
    }
}
