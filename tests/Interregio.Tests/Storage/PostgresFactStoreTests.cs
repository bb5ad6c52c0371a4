using Dapper;
using Interregio.Domain;
using Interregio.Storage;
using Interregio.Storage.Postgres;
using Npgsql;
using static Interregio.Tests.Storage.Fixtures.StoredFacts;

namespace Interregio.Tests.Storage;

/// <summary>
/// Where the tests find PostgreSQL: INTERREGIO_TEST_PG, an Npgsql connection string (.ci/services.sh starts a
/// throwaway cluster on 127.0.0.1 and sets it). Without it the tests skip, saying why; under CI=true they fail.
/// Each test class instance works in a schema of its own, dropped afterwards.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string Variable = "INTERREGIO_TEST_PG";

    private PostgresTestDatabase(string admin, string schema)
    {
        Admin = admin;
        Schema = schema;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema, Pooling = true }.ConnectionString;
    }

    public string Admin { get; }
    public string Schema { get; }
    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            var reason = $"PostgreSQL is not available: set {Variable} to an Npgsql connection string (.ci/services.sh does in CI)";
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail(reason + "; CI=true requires it");
            Assert.Skip(reason);
        }
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using var c = new NpgsqlConnection(admin);
        await c.OpenAsync();
        await c.ExecuteAsync($"CREATE SCHEMA {schema}");
        return new PostgresTestDatabase(admin!, schema);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(Admin);
        await c.OpenAsync();
        await c.ExecuteAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE");
    }
}

/// <summary>The store contract on PostgreSQL, and what only a shared server has: several writers at once.</summary>
public sealed class PostgresFactStoreTests : FactStoreContract
{
    private PostgresTestDatabase? _db;

    protected override async Task<IFactStore> OpenEmptyStoreAsync()
    {
        _db = await PostgresTestDatabase.CreateAsync();
        return await PostgresFactStore.OpenAsync(_db.ConnectionString, cancellationToken: Cancel);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_db is not null)
            await _db.DisposeAsync();
    }

    [Fact]
    public async Task Opening_an_empty_database_applies_every_migration_once_even_from_several_processes_at_once()
    {
        // Five stores opening together stand for five worker processes starting at once.
        var opened = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PostgresFactStore.OpenAsync(_db!.ConnectionString, cancellationToken: Cancel)));
        foreach (var s in opened)
        {
            Assert.Equal(PostgresSchema.LatestVersion, s.SchemaVersion);
            await s.DisposeAsync();
        }
        await using var c = new NpgsqlConnection(_db!.ConnectionString);
        Assert.Equal(PostgresSchema.Migrations.Count, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task Every_use_of_a_pooled_connection_runs_without_jit_and_with_the_callers_options_kept()
    {
        // JIT compiled our story subqueries for longer than they ran; a SET on a new connection was undone by the
        // reset after its first use, so JIT is off as a startup option, which outlives pooling.
        var options = new NpgsqlConnectionStringBuilder(_db!.ConnectionString) { Options = "-c statement_timeout=120000" }.ConnectionString;
        await using var store = await PostgresFactStore.OpenAsync(options, cancellationToken: Cancel);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal("off", await store.SettingAsync("jit", Cancel));
            Assert.Equal("2min", await store.SettingAsync("statement_timeout", Cancel));
        }
        await store.WriteBatchAsync([Document("a.txt", Trade("a.txt", 100))], Cancel);
        await foreach (var _ in store.QueryFactsAsync(new FactQuery(), Cancel))
        {
        }
        Assert.Equal("off", await store.SettingAsync("jit", Cancel));
    }

    [Fact]
    public async Task A_database_newer_than_this_build_is_refused_with_its_version()
    {
        await using (var c = new NpgsqlConnection(_db!.ConnectionString))
            await c.ExecuteAsync("INSERT INTO schema_version (version) VALUES (999)");
        var e = await Assert.ThrowsAsync<Interregio.Storage.Sqlite.FactStoreException>(() => PostgresFactStore.OpenAsync(_db.ConnectionString, cancellationToken: Cancel));
        Assert.Contains("schema version 999", e.Message);
    }

    [Fact]
    public async Task Three_writers_with_overlapping_documents_store_each_document_and_fact_exactly_once()
    {
        // 60 documents; worker k gets documents [20k, 20k + 40), so every document goes to two workers, in
        // different orders, in batches of 7 — the crossing that makes deadlocks and double inserts likely.
        var docs = Enumerable.Range(0, 60)
            .Select(i => Document($"d{i:D2}.txt", Trade($"d{i:D2}.txt", 100 + i), Trade($"d{i:D2}.txt", 50 + i, Samara)))
            .ToList();
        async Task Worker(int k)
        {
            await using var store = await PostgresFactStore.OpenAsync(_db!.ConnectionString, cancellationToken: Cancel);
            var mine = Enumerable.Range(20 * k, 40).Select(i => docs[i % 60]).ToList();
            if (k % 2 == 1)
                mine.Reverse();
            foreach (var batch in mine.Chunk(7))
                await store.WriteBatchAsync(batch, Cancel);
        }
        await Task.WhenAll(Worker(0), Worker(1), Worker(2));

        var summary = await Store.SummarizeAsync(Cancel);
        Assert.Equal(60, summary.Documents);
        Assert.Equal(120, summary.FactsOf(FactType.Trade));
        await using var c = new NpgsqlConnection(_db!.ConnectionString);
        Assert.Equal(0, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM (SELECT document_sha256, key FROM facts GROUP BY 1, 2 HAVING COUNT(*) > 1) d"));
    }

    [Fact]
    public async Task A_transaction_killed_mid_batch_leaves_nothing_and_a_rerun_completes_the_work()
    {
        var docs = Enumerable.Range(0, 10).Select(i => Document($"k{i}.txt", Trade($"k{i}.txt", 10 + i))).ToList();
        await Store.WriteBatchAsync(docs.Take(5).ToList(), Cancel);

        // A worker that dies mid-batch: its connection goes away with the transaction open.
        var dying = new NpgsqlConnection(_db!.ConnectionString);
        await dying.OpenAsync(Cancel);
        var tx = await dying.BeginTransactionAsync(Cancel);
        await dying.ExecuteAsync("INSERT INTO documents (name, content_sha256, text, ingested_at) VALUES ('k5.txt', 'half-written', 'x', now())", transaction: tx);
        var pid = await dying.ExecuteScalarAsync<int>("SELECT pg_backend_pid()", transaction: tx);
        await using (var killer = new NpgsqlConnection(_db.ConnectionString))
            await killer.ExecuteAsync("SELECT pg_terminate_backend(@pid)", new { pid });
        await Assert.ThrowsAnyAsync<Exception>(() => tx.CommitAsync(Cancel));
        await dying.DisposeAsync();

        var before = await Store.SummarizeAsync(Cancel);
        Assert.Equal(5, before.Documents);

        var rerun = await Store.WriteBatchAsync(docs, Cancel);
        Assert.Equal(5, rerun.Count(o => o.Status == IngestStatus.Unchanged));
        Assert.Equal(5, rerun.Count(o => o.Status == IngestStatus.New));
        var after = await Store.SummarizeAsync(Cancel);
        Assert.Equal(10, after.Documents);
        Assert.Equal(10, after.FactsOf(FactType.Trade));
    }

    [Fact]
    public async Task A_name_twice_in_one_batch_stores_the_later_content_as_sqlite_does()
    {
        // Two copies of one file name in one batch (two folders, one ingest): the second replaces the first before
        // the batch's facts are copied in, which must not copy facts for the document just deleted.
        var first = Document("same.txt", Trade("same.txt", 100), Trade("same.txt", 10, Samara));
        var second = Document("same.txt", Trade("same.txt", 120));

        var outcomes = await Store.WriteBatchAsync([first, second], Cancel);

        Assert.Equal([IngestStatus.New, IngestStatus.Replaced], outcomes.Select(o => o.Status));
        Assert.Equal([2, 1], outcomes.Select(o => o.FactsAdded));
        var stored = await ReadAsync();
        var trade = Assert.IsType<TradeFact>(Assert.Single(stored));
        Assert.Equal(120_000_000m, trade.Value.Amount);
        Assert.Equal(1, (await Store.SummarizeAsync(Cancel)).Documents);
    }

    [Fact]
    public async Task Paging_and_reports_read_the_same_as_on_sqlite()
    {
        var docs = Enumerable.Range(0, 12).Select(i => Document($"p{i:D2}.txt", Trade($"p{i:D2}.txt", 100 + i), Trade($"p{i:D2}.txt", 10 + i, Samara))).ToList();
        await Store.WriteBatchAsync(docs, Cancel);
        var queries = (IFactQueries)Store;
        var ids = new List<long>();
        long? after = null;
        do
        {
            var page = await queries.PageAsync(new FactPageQuery { After = after, Limit = 5 }, Cancel);
            ids.AddRange(page.Items.Select(i => i.Id));
            after = page.NextAfter;
        }
        while (after is not null);
        Assert.Equal(24, ids.Count);
        Assert.Equal(ids.Order(), ids);
        var samara = await queries.PageAsync(new FactPageQuery { Partner = Samara, Limit = 100 }, Cancel);
        Assert.Equal(12, samara.Items.Count);
        Assert.Equal(24, (await queries.TradeReportsAsync(Cancel)).Count);
        Assert.Contains(await queries.CountByPartnerAsync(Cancel), c => c.Partner == "RU-SAM" && c.Type == FactType.Trade && c.Count == 12);
        Assert.Equal(12, (await queries.VersionAsync(Cancel)).Documents);
    }
}

/// <summary>The --db value that names PostgreSQL; no server needed.</summary>
public sealed class PostgresConnectionTests
{
    [Theory]
    [InlineData("postgres://interregio@127.0.0.1:5433/facts", "127.0.0.1", 5433, "facts", "interregio")]
    [InlineData("postgresql://u:p%40ss@db.local/archive?sslmode=disable", "db.local", 5432, "archive", "u")]
    public void A_postgres_url_becomes_a_connection_string(string url, string host, int port, string database, string user)
    {
        var b = new NpgsqlConnectionStringBuilder(PostgresConnection.ToConnectionString(url));
        Assert.Equal((host, port, database, user), (b.Host, b.Port, b.Database, b.Username));
        Assert.True(PostgresConnection.IsPostgres(url));
        Assert.False(PostgresConnection.IsPostgres("interregio.db"));
        Assert.True(PostgresConnection.IsPostgres("Host=127.0.0.1;Database=facts"));
    }

    [Theory]
    [InlineData("postgres://u:s3cret@db.local:6543/archive", "postgres://db.local:6543/archive")]
    [InlineData("Host=db.local;Port=6543;Username=u;Password=s3cret;Database=archive", "postgres://db.local:6543/archive")]
    [InlineData("postgres://u:s3cret@/no-host", "the PostgreSQL --db value")]
    [InlineData("Host=db.local;Passwrd=s3cret", "the PostgreSQL --db value")]
    public void What_messages_name_never_holds_the_password(string db, string described)
    {
        Assert.Equal(described, FactDatabase.Describe(db));
        Assert.Equal("facts.db", FactDatabase.Describe("facts.db"));
    }

    [Theory]
    [InlineData("postgres://u:s3cret@/no-host")]
    [InlineData("Host=db.local;Passwrd=s3cret")]
    public void A_bad_postgres_value_is_refused_in_one_line_without_echoing_it(string db)
    {
        var e = Assert.Throws<Interregio.Storage.Sqlite.FactStoreException>(() => PostgresConnection.ToConnectionString(db));
        Assert.DoesNotContain("s3cret", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }
}
