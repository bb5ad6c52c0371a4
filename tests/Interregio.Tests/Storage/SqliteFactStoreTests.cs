using Dapper;
using Interregio.Storage;
using Interregio.Storage.Sqlite;
using Interregio.Tests.Storage.Fixtures;
using Microsoft.Data.Sqlite;
using static Interregio.Tests.Storage.Fixtures.StoredFacts;

namespace Interregio.Tests.Storage;

/// <summary>The store contract on SQLite, and what only SQLite has: the file, its migrations, WAL and pragmas.</summary>
public sealed class SqliteFactStoreTests : FactStoreContract
{
    private readonly TempFolder _folder = new("interregio-sqlite");

    private string DatabasePath => _folder["facts.db"];

    protected override async Task<IFactStore> OpenEmptyStoreAsync() => await SqliteFactStore.OpenAsync(DatabasePath, cancellationToken: Cancel);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>A plain connection to the file, as a SQL user would open it.</summary>
    private SqliteConnection Raw(string? path = null)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path ?? DatabasePath, Pooling = false }.ToString());
        c.Open();
        return c;
    }

    [Fact]
    public async Task A_version_0_database_is_migrated_to_the_latest_schema()
    {
        var path = _folder["old.db"];
        using (var c = Raw(path))
            Assert.Equal(0L, c.ExecuteScalar<long>("PRAGMA user_version"));

        await using (var store = await SqliteFactStore.OpenAsync(path, cancellationToken: Cancel))
        {
            Assert.Equal(SqliteSchema.LatestVersion, store.SchemaVersion);
            await store.WriteBatchAsync([Document("a.txt", Trade("a.txt", 152))], Cancel);
        }

        using var raw = Raw(path);
        Assert.Equal(SqliteSchema.LatestVersion, raw.ExecuteScalar<long>("PRAGMA user_version"));
        Assert.Equal("wal", raw.ExecuteScalar<string>("PRAGMA journal_mode"));
        // facts_quote is the text index (FTS5), facts_quote_* the tables FTS5 keeps it in.
        var tables = raw.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'facts\\_quote\\_%' ESCAPE '\\' ORDER BY name").ToList();
        Assert.Equal(["documents", "facts", "facts_quote", "stories", "story_bands"], tables);
        var columns = raw.Query<string>("SELECT name FROM pragma_table_info('facts')").ToHashSet();
        foreach (var c in new[] { "document_id", "type", "key", "reporter", "partner", "flow", "period_from", "period_to", "amount", "currency", "qualifier", "growth_pct",
                     "name", "country", "canonical_id", "hs", "count", "kind", "owner", "topic", "status", "date", "place", "quote", "quote_start", "quote_end", "fact_json" })
            Assert.Contains(c, columns);
    }

    [Fact]
    public async Task A_version_2_database_gets_the_partner_indexes_in_id_order_and_keeps_its_facts()
    {
        var path = _folder["two.db"];
        var old = Document("two.txt", Trade("two.txt", 152), Trade("two.txt", 40, Samara));
        using (var c = Raw(path))
        {
            foreach (var m in SqliteSchema.Migrations.Where(m => m.Version <= 2))
                c.Execute(m.Sql);
            var id = c.ExecuteScalar<long>(
                "INSERT INTO documents (name, content_sha256, text, ingested_at) VALUES (@Name, @ContentSha256, @Text, '2024-01-01T00:00:00Z') RETURNING id", old);
            foreach (var r in old.Facts.Select(Interregio.Storage.FactRecord.Of))
            {
                c.Execute(
                    """
                    INSERT INTO facts (document_id, document_sha256, type, key, reporter, partner, flow, period_from, period_to, amount, currency, qualifier, quote, quote_start, quote_end, fact_json)
                    VALUES (@id, @sha, @Type, @Key, @Reporter, @Partner, @Flow, @PeriodFrom, @PeriodTo, @Amount, @Currency, @Qualifier, @Quote, @QuoteStart, @QuoteEnd, @FactJson)
                    """,
                    new { id, sha = old.ContentSha256, r.Type, r.Key, r.Reporter, r.Partner, r.Flow, r.PeriodFrom, r.PeriodTo, r.Amount, r.Currency, r.Qualifier, r.Quote, r.QuoteStart, r.QuoteEnd, r.FactJson });
            }
            Assert.Equal(2L, c.ExecuteScalar<long>("PRAGMA user_version"));
        }

        await using (var store = await SqliteFactStore.OpenAsync(path, create: false, cancellationToken: Cancel))
        {
            Assert.Equal(SqliteSchema.LatestVersion, store.SchemaVersion);
            var facts = new List<Interregio.Domain.Fact>();
            await foreach (var f in store.QueryFactsAsync(new FactQuery { Partner = Samara }, Cancel))
                facts.Add(f);
            Assert.Equal("two.txt", Assert.Single(facts).Doc);
            Assert.Equal(IngestStatus.Unchanged, Assert.Single(await store.WriteBatchAsync([old], Cancel)).Status);
        }

        using (var raw = Raw(path))
        {
            Assert.Equal(SqliteSchema.LatestVersion, raw.ExecuteScalar<long>("PRAGMA user_version"));
            var indexes = raw.Query<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facts'").ToHashSet();
            Assert.Contains("facts_partner_id", indexes);
            Assert.Contains("facts_partner_type_id", indexes);
            Assert.DoesNotContain("facts_partner_type", indexes);
        }
        var page = await new FactQueriesSqlite(path).PageAsync(new FactPageQuery { Partner = Samara, Type = Interregio.Domain.FactType.Trade }, Cancel);
        Assert.Equal(40_000_000m, Assert.IsType<Interregio.Domain.TradeFact>(Assert.Single(page.Items).Fact).Value.Amount);
    }

    /// <summary>
    /// Version 5 stores a fact's time (period, date, or its report's date): the migration computes it in SQL for the
    /// facts stored before, the writer in C# for new ones, and both must mean the same.
    /// </summary>
    [Fact]
    public async Task A_version_4_database_gets_each_facts_time_as_the_writer_would_store_it()
    {
        var path = _folder["four.db"];
        var (text, facts) = EveryType("four.txt");
        var old = Document("four.txt", text, facts);
        using (var c = Raw(path))
        {
            foreach (var m in SqliteSchema.Migrations.Where(m => m.Version <= 4))
                c.Execute(m.Sql);
            var id = c.ExecuteScalar<long>(
                "INSERT INTO documents (name, content_sha256, reference_date, text, ingested_at) VALUES (@Name, @ContentSha256, '2024-03-14', @Text, '2024-01-01T00:00:00Z') RETURNING id", old);
            foreach (var r in old.Facts.Select(Interregio.Storage.FactRecord.Of))
            {
                c.Execute(
                    """
                    INSERT INTO facts (document_id, document_sha256, type, key, partner, period_from, period_to, date, quote, quote_start, quote_end, fact_json)
                    VALUES (@id, @sha, @Type, @Key, @Partner, @PeriodFrom, @PeriodTo, @Date, @Quote, @QuoteStart, @QuoteEnd, @FactJson)
                    """,
                    new { id, sha = old.ContentSha256, r.Type, r.Key, r.Partner, r.PeriodFrom, r.PeriodTo, r.Date, r.Quote, r.QuoteStart, r.QuoteEnd, r.FactJson });
            }
            Assert.Equal(4L, c.ExecuteScalar<long>("PRAGMA user_version"));
        }
        await using (var store = await SqliteFactStore.OpenAsync(path, create: false, cancellationToken: Cancel))
            Assert.Equal(SqliteSchema.LatestVersion, store.SchemaVersion);
        await using (var fresh = await SqliteFactStore.OpenAsync(DatabasePath, cancellationToken: Cancel))
            await fresh.WriteBatchAsync([old], Cancel);

        const string Times = "SELECT key || ' ' || COALESCE(time_from, '-') || ' ' || COALESCE(time_to, '-') FROM facts ORDER BY key";
        List<string> migrated, written;
        using (var raw = Raw(path))
        {
            migrated = raw.Query<string>(Times).ToList();
            Assert.Contains("facts_partner_time", raw.Query<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facts'"));
        }
        using (var raw = Raw())
            written = raw.Query<string>(Times).ToList();
        Assert.Equal(facts.Length, migrated.Count);
        Assert.Equal(written, migrated);
        // A trade figure's period, a meeting's date, and the report's date (2024-03-14) for a product.
        var times = facts.Zip(facts.Select(f => Interregio.Storage.FactRecord.Of(f)))
            .ToDictionary(p => p.First, p => migrated.Single(m => m.StartsWith(p.Second.Key + " ", StringComparison.Ordinal))[(p.Second.Key.Length + 1)..]);
        Assert.Equal("2023-01 2023-12", times[facts.OfType<Interregio.Domain.TradeFact>().First()]);
        Assert.Equal("2023-11 2023-11", times[facts.OfType<Interregio.Domain.MeetingFact>().Last()]);
        Assert.Equal("2024-03 2024-03", times[facts.OfType<Interregio.Domain.ProductFact>().Single()]);

        var page = await new FactQueriesSqlite(path).PageAsync(new FactPageQuery { Partner = Penza, FromMonth = "2023-11", ToMonth = "2023-12" }, Cancel);
        Assert.Equal(2, page.Items.Count);
        Assert.Contains(page.Items, i => i.Fact is Interregio.Domain.MeetingFact);
        Assert.Contains(page.Items, i => i.Fact is Interregio.Domain.TradeFact);
    }

    /// <summary>
    /// The API's queries keep their connections open with statements prepared once: a statement reused after another
    /// connection (here the store's, as an ingest in another process would) committed must read the new data.
    /// </summary>
    [Fact]
    public async Task Prepared_query_statements_see_what_another_connection_wrote_since()
    {
        await Store.WriteBatchAsync([Document("a.txt", Trade("a.txt", 152))], Cancel);
        using var queries = new FactQueriesSqlite(DatabasePath);
        var query = new FactPageQuery { Partner = Penza, Type = Interregio.Domain.FactType.Trade, FromMonth = "2023-01" };
        Assert.Single((await queries.PageAsync(query, Cancel)).Items);
        var before = await queries.VersionAsync(Cancel);

        await Store.WriteBatchAsync([Document("b.txt", Trade("b.txt", 160)), Document("c.txt", Trade("c.txt", 170, Samara))], Cancel);

        // More requests at once than the queries keep connections, so every connection runs its statements again.
        var pages = await Task.WhenAll(Enumerable.Range(0, FactQueriesSqlite.Connections * 3).Select(_ => queries.PageAsync(query, Cancel)));
        Assert.All(pages, p => Assert.Equal(["a.txt", "b.txt"], p.Items.Select(i => i.Fact.Doc)));
        var after = await queries.VersionAsync(Cancel);
        Assert.Equal(before.Documents + 2, after.Documents);
        Assert.True(after.MaxFactId > before.MaxFactId);
        Assert.Equal(2, (await queries.CountByPartnerAsync(Cancel)).Single(c => c.Partner == Penza.Code).Count);

        // A replaced document's facts are gone from the next page.
        await Store.WriteBatchAsync([Document("a.txt", Trade("a.txt", 999, Samara))], Cancel);
        Assert.Equal(["b.txt"], (await queries.PageAsync(query, Cancel)).Items.Select(i => i.Fact.Doc));
    }

    [Fact]
    public async Task Opening_a_current_database_again_changes_nothing()
    {
        await Store.WriteBatchAsync([Document("a.txt", Trade("a.txt", 152))], Cancel);

        await using var again = await SqliteFactStore.OpenAsync(DatabasePath, create: false, cancellationToken: Cancel);

        Assert.Equal(SqliteSchema.LatestVersion, again.SchemaVersion);
        Assert.Equal(1, (await again.SummarizeAsync(Cancel)).Facts);
    }

    [Fact]
    public async Task A_database_from_a_newer_build_is_refused_with_its_version()
    {
        var path = _folder["newer.db"];
        using (var c = Raw(path))
            c.Execute("PRAGMA user_version = 99");

        var e = await Assert.ThrowsAsync<FactStoreException>(() => SqliteFactStore.OpenAsync(path, cancellationToken: Cancel));

        Assert.Contains(path, e.Message);
        Assert.Contains("99", e.Message);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_in_one_line_naming_it()
    {
        var path = _folder["notes.txt"];
        await File.WriteAllTextAsync(path, "These are notes, not a database. They are long enough to fill a header page of SQLite.", Cancel);

        var e = await Assert.ThrowsAsync<FactStoreException>(() => SqliteFactStore.OpenAsync(path, cancellationToken: Cancel));

        Assert.StartsWith(path + ": ", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task A_missing_database_is_not_created_when_only_reading()
    {
        var path = _folder["missing.db"];

        var e = await Assert.ThrowsAsync<FactStoreException>(() => SqliteFactStore.OpenAsync(path, create: false, cancellationToken: Cancel));

        Assert.Contains(path, e.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Typed_columns_hold_whole_amounts_as_integers_and_months_as_text()
    {
        var (text, facts) = EveryType("every.txt");
        await Store.WriteBatchAsync([Document("every.txt", text, facts)], Cancel);

        using var raw = Raw();
        var rows = raw.Query<(string Partner, string From, string To, string AmountType, long? Whole, string Qualifier)>(
            "SELECT partner, period_from, period_to, typeof(amount), CASE typeof(amount) WHEN 'integer' THEN amount END, qualifier FROM facts WHERE type = 'trade' ORDER BY id").ToList();
        Assert.Equal(("RU-PNZ", "2023-01", "2023-12", "integer", 152_000_000L, "exact"), rows[0]);
        // 1 500 000 000.25 roubles has cents: stored as REAL, exact in fact_json.
        Assert.Equal(("RU-SAM", "2025-01", "2025-05", "real", null, "approx"), rows[1]);
        Assert.Equal("0401", raw.ExecuteScalar<string>("SELECT hs FROM facts WHERE type = 'product'"));
        Assert.Equal(0L, raw.ExecuteScalar<long>("SELECT COUNT(*) FROM facts WHERE type = 'enterprise' AND name = 'Bellegprom' AND (partner IS NOT NULL OR canonical_id IS NOT NULL)"));
    }

    [Fact]
    public async Task Replacing_a_document_leaves_no_fact_behind()
    {
        await Store.WriteBatchAsync([Document("a.txt", Trade("a.txt", 152), Trade("a.txt", 80, Samara))], Cancel);
        await Store.WriteBatchAsync([Document("a.txt", Trade("a.txt", 163))], Cancel);

        using var raw = Raw();
        Assert.Equal(0L, raw.ExecuteScalar<long>("SELECT COUNT(*) FROM facts WHERE document_id NOT IN (SELECT id FROM documents)"));
        Assert.Equal(1L, raw.ExecuteScalar<long>("SELECT COUNT(*) FROM facts"));
        // The natural key ties each fact to the content it was read from.
        Assert.Equal(1L, raw.ExecuteScalar<long>("SELECT COUNT(*) FROM facts f JOIN documents d ON d.id = f.document_id WHERE f.document_sha256 = d.content_sha256"));
    }

    [Fact]
    public async Task A_row_a_SQL_user_broke_is_reported_with_its_id_and_document()
    {
        await Store.WriteBatchAsync([Document("a.txt", Trade("a.txt", 152))], Cancel);
        using (var raw = Raw())
            raw.Execute("UPDATE facts SET fact_json = '{\"type\":\"trade\"}'");

        var e = await Assert.ThrowsAsync<FactStoreException>(() => ReadAsync());

        Assert.Contains("a.txt", e.Message);
        Assert.Contains("'doc'", e.Message);
    }
}
