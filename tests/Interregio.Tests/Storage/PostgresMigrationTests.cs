using Dapper;
using Interregio.Domain;
using Interregio.Storage;
using Interregio.Storage.Postgres;
using Npgsql;
using static Interregio.Tests.Storage.Fixtures.StoredFacts;

namespace Interregio.Tests.Storage;

/// <summary>
/// A PostgreSQL database written by an older Interregio (schema version 1, before stories) is brought to the latest
/// version on open, by exactly one of the processes opening it at once, and keeps every document and fact.
/// </summary>
public sealed class PostgresMigrationTests : IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private PostgresTestDatabase _db = null!;

    public async ValueTask InitializeAsync() => _db = await PostgresTestDatabase.CreateAsync();

    public async ValueTask DisposeAsync() => await _db.DisposeAsync();

    /// <summary>What version 1 wrote: its tables, its version row, and one document with two facts in them.</summary>
    private async Task<DocumentRecord> CreateVersionOneAsync()
    {
        var old = Document("old.txt", Trade("old.txt", 152), Trade("old.txt", 40, Samara));
        await using var c = new NpgsqlConnection(_db.ConnectionString);
        await c.OpenAsync(Cancel);
        await c.ExecuteAsync("CREATE TABLE schema_version (version integer NOT NULL)");
        await c.ExecuteAsync(PostgresSchema.Migrations.Single(m => m.Version == 1).Sql);
        await c.ExecuteAsync("INSERT INTO schema_version (version) VALUES (1)");
        var id = await c.ExecuteScalarAsync<long>(
            "INSERT INTO documents (name, content_sha256, text, ingested_at) VALUES (@Name, @ContentSha256, @Text, now()) RETURNING id", old);
        foreach (var fact in old.Facts)
        {
            var r = FactRecord.Of(fact);
            await c.ExecuteAsync(
                """
                INSERT INTO facts (document_id, document_sha256, type, key, reporter, partner, flow, period_from, period_to, amount, currency, qualifier, quote, quote_start, quote_end, fact_json)
                VALUES (@id, @sha, @Type, @Key, @Reporter, @Partner, @Flow, @PeriodFrom, @PeriodTo, @Amount, @Currency, @Qualifier, @Quote, @QuoteStart, @QuoteEnd, @FactJson)
                """,
                new { id, sha = old.ContentSha256, r.Type, r.Key, r.Reporter, r.Partner, r.Flow, r.PeriodFrom, r.PeriodTo, r.Amount, r.Currency, r.Qualifier, r.Quote, r.QuoteStart, r.QuoteEnd, r.FactJson });
        }
        return old;
    }

    [Fact]
    public async Task A_version_one_database_migrates_once_and_keeps_its_documents_and_facts()
    {
        Assert.True(PostgresSchema.LatestVersion > 1, "there is no later version to migrate to");
        var old = await CreateVersionOneAsync();

        // Three processes find the old database at once: one migrates, the others wait on the lock and find it done.
        var opened = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostgresFactStore.OpenAsync(_db.ConnectionString, cancellationToken: Cancel)));
        Assert.All(opened, s => Assert.Equal(PostgresSchema.LatestVersion, s.SchemaVersion));
        foreach (var s in opened.Skip(1))
            await s.DisposeAsync();
        await using var store = opened[0];
        await using (var c = new NpgsqlConnection(_db.ConnectionString))
        {
            var versions = (await c.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")).ToList();
            Assert.Equal(PostgresSchema.Migrations.Select(m => m.Version), versions);
        }

        // What version 1 stored reads back whole.
        var facts = new List<Fact>();
        await foreach (var f in store.QueryFactsAsync(FactQuery.All, Cancel))
            facts.Add(f);
        Assert.Equal(2, facts.Count);
        Assert.Contains(facts, f => f is TradeFact t && t.Partner == Samara && t.Value.Amount == 40_000_000m);
        var info = Assert.Single(await store.ListDocumentsAsync(Cancel));
        Assert.Equal(("old.txt", 2), (info.Name, info.Facts));

        // And the migrated database takes writes as a new one does: the old content is stored already, a new
        // document is new, and a correction replaces the old document (which was in no story).
        Assert.Equal(IngestStatus.Unchanged, Assert.Single(await store.WriteBatchAsync([old], Cancel)).Status);
        var corrected = Document("old.txt", Trade("old.txt", 163));
        var outcomes = await store.WriteBatchAsync([Document("new.txt", Trade("new.txt", 90)), corrected], Cancel);
        Assert.Equal([IngestStatus.New, IngestStatus.Replaced], outcomes.Select(o => o.Status));
        var summary = await store.SummarizeAsync(Cancel);
        Assert.Equal(2, summary.Documents);
        Assert.Equal(2, summary.FactsOf(FactType.Trade));
    }
    [Fact]
    public async Task A_version_two_database_gets_the_partner_indexes_in_id_order_and_keeps_its_facts()
    {
        var old = await CreateVersionOneAsync();
        await using (var c = new NpgsqlConnection(_db.ConnectionString))
        {
            await c.OpenAsync(Cancel);
            await c.ExecuteAsync(PostgresSchema.Migrations.Single(m => m.Version == 2).Sql);
            await c.ExecuteAsync("INSERT INTO schema_version (version) VALUES (2)");
        }

        await using var store = await PostgresFactStore.OpenAsync(_db.ConnectionString, cancellationToken: Cancel);

        Assert.Equal(PostgresSchema.LatestVersion, store.SchemaVersion);
        await using (var raw = new NpgsqlConnection(_db.ConnectionString))
        {
            await raw.OpenAsync(Cancel);
            var indexes = (await raw.QueryAsync<string>("SELECT indexname FROM pg_indexes WHERE tablename = 'facts'")).ToHashSet();
            Assert.Contains("facts_partner_id", indexes);
            Assert.Contains("facts_partner_type_id", indexes);
            Assert.DoesNotContain("facts_partner_type", indexes);
            Assert.Equal(PostgresSchema.Migrations.Select(m => m.Version), await raw.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version"));
        }
        // The facts stored before read back through the new indexes: a partner's page and a partner's facts.
        var page = await store.PageAsync(new FactPageQuery { Partner = Samara, Type = FactType.Trade }, Cancel);
        Assert.Equal(40_000_000m, Assert.IsType<TradeFact>(Assert.Single(page.Items).Fact).Value.Amount);
        var facts = new List<Fact>();
        await foreach (var f in store.QueryFactsAsync(new FactQuery { Partner = Samara }, Cancel))
            facts.Add(f);
        Assert.Equal("old.txt", Assert.Single(facts).Doc);
        Assert.Equal(2, (await store.SummarizeAsync(Cancel)).Facts);
        Assert.Equal(IngestStatus.Unchanged, Assert.Single(await store.WriteBatchAsync([old], Cancel)).Status);
    }

    /// <summary>Version 5 stores a fact's time: the migration's SQL and the writer must store the same for the same facts.</summary>
    [Fact]
    public async Task A_version_four_database_gets_each_facts_time_as_the_writer_would_store_it()
    {
        var (text, facts) = EveryType("four.txt");
        var old = Document("four.txt", text, facts);
        await using (var c = new NpgsqlConnection(_db.ConnectionString))
        {
            await c.OpenAsync(Cancel);
            await c.ExecuteAsync("CREATE TABLE schema_version (version integer NOT NULL)");
            foreach (var m in PostgresSchema.Migrations.Where(m => m.Version <= 4))
            {
                await c.ExecuteAsync(m.Sql);
                await c.ExecuteAsync("INSERT INTO schema_version (version) VALUES (@Version)", new { m.Version });
            }
            var id = await c.ExecuteScalarAsync<long>(
                "INSERT INTO documents (name, content_sha256, reference_date, text, ingested_at) VALUES (@Name, @ContentSha256, DATE '2024-03-14', @Text, now()) RETURNING id", old);
            foreach (var r in old.Facts.Select(FactRecord.Of))
            {
                await c.ExecuteAsync(
                    """
                    INSERT INTO facts (document_id, document_sha256, type, key, partner, period_from, period_to, date, quote, quote_start, quote_end, fact_json)
                    VALUES (@id, @sha, @Type, @Key, @Partner, @PeriodFrom, @PeriodTo, @Date, @Quote, @QuoteStart, @QuoteEnd, @FactJson)
                    """,
                    new { id, sha = old.ContentSha256, r.Type, r.Key, r.Partner, r.PeriodFrom, r.PeriodTo, r.Date, r.Quote, r.QuoteStart, r.QuoteEnd, r.FactJson });
            }
        }

        await using var store = await PostgresFactStore.OpenAsync(_db.ConnectionString, cancellationToken: Cancel);
        Assert.Equal(PostgresSchema.LatestVersion, store.SchemaVersion);
        const string Times = "SELECT key || ' ' || COALESCE(time_from, '-') || ' ' || COALESCE(time_to, '-') FROM facts WHERE document_sha256 = @sha ORDER BY key";
        await using var raw = new NpgsqlConnection(_db.ConnectionString);
        await raw.OpenAsync(Cancel);
        var migrated = (await raw.QueryAsync<string>(Times, new { sha = old.ContentSha256 })).ToList();
        Assert.Contains("facts_partner_time", await raw.QueryAsync<string>("SELECT indexname FROM pg_indexes WHERE tablename = 'facts'"));

        // The same facts written by the store under another content (a changed file replaces the old one).
        var again = Document("four.txt", text + "\n", facts);
        Assert.Equal(IngestStatus.Replaced, Assert.Single(await store.WriteBatchAsync([again], Cancel)).Status);
        var written = (await raw.QueryAsync<string>(Times, new { sha = again.ContentSha256 })).ToList();
        Assert.Equal(facts.Length, migrated.Count);
        Assert.Equal(written, migrated);
        Assert.Contains(migrated, m => m.EndsWith(" 2023-11 2023-11", StringComparison.Ordinal));
        Assert.Equal(facts.Length - 3, migrated.Count(m => m.EndsWith(" 2024-03 2024-03", StringComparison.Ordinal)));

        var page = await store.PageAsync(new FactPageQuery { Partner = Penza, FromMonth = "2023-11", ToMonth = "2023-12" }, Cancel);
        Assert.Equal(2, page.Items.Count);
    }
}
