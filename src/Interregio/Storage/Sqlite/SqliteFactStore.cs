using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Dapper;
using Interregio.Domain;
using Interregio.Output;
using Microsoft.Data.Sqlite;

namespace Interregio.Storage.Sqlite;

/// <summary>The database could not be opened or read: one line naming the file and the problem.</summary>
public sealed class FactStoreException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// <see cref="IFactStore"/> over one SQLite file (Microsoft.Data.Sqlite). Each call takes a pooled connection with
/// foreign keys on, so one store serves every thread; the file is in WAL mode, so readers do not wait for a writer.
/// A batch is one IMMEDIATE transaction with one prepared command per statement, reused for every row.
/// </summary>
public sealed class SqliteFactStore : IFactStore
{
    private readonly string _connectionString;

    /// <summary>
    /// The same file without the foreign_keys pragma, for reads: Microsoft.Data.Sqlite runs the pragma at every open of
    /// a pooled connection when ForeignKeys is set, and only writes need it. Its own pool.
    /// </summary>
    private readonly string _readConnectionString;
    private readonly TimeProvider _time;

    private SqliteFactStore(string path, string connectionString, TimeProvider time, int schemaVersion)
    {
        Path = path;
        _connectionString = connectionString;
        _readConnectionString = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = null }.ToString();
        _time = time;
        SchemaVersion = schemaVersion;
    }

    public string Path { get; }

    /// <summary>The schema version the database is at after opening (<see cref="SqliteSchema.LatestVersion"/>).</summary>
    public int SchemaVersion { get; }

    /// <summary>
    /// Opens (creating if <paramref name="create"/>) the database and brings its schema to the latest version.
    /// Throws <see cref="FactStoreException"/> when the file is not an SQLite database, is missing and may not be
    /// created, or has a schema newer than this build knows.
    /// </summary>
    public static async Task<SqliteFactStore> OpenAsync(string path, bool create = true, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!create && !File.Exists(path))
            throw new FactStoreException($"{path}: no such database (run 'interregio ingest' to create one)");
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            ForeignKeys = true,
            Pooling = true,
            // Seconds a statement waits for another writer's lock (an ingest running beside the dashboard).
            DefaultTimeout = 30,
        }.ToString();
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(SqliteSql.JournalModeWal);
            var version = await MigrateAsync(connection, path, cancellationToken);
            return new SqliteFactStore(path, connectionString, time ?? TimeProvider.System, version);
        }
        catch (SqliteException e)
        {
            SqliteConnection.ClearPool(new SqliteConnection(connectionString));
            throw new FactStoreException($"{path}: cannot open the database: {e.Message}", e);
        }
    }

    /// <summary>Applies the migrations above the file's user_version, each with its version bump in one transaction.</summary>
    private static async Task<int> MigrateAsync(SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        var version = await connection.ExecuteScalarAsync<int>(SqliteSql.UserVersion);
        if (version > SqliteSchema.LatestVersion)
            throw new FactStoreException($"{path}: the database is at schema version {version}, newer than this Interregio knows ({SqliteSchema.LatestVersion}); use a newer build");
        foreach (var migration in SqliteSchema.Migrations.Where(m => m.Version > version))
        {
            await using var tx = connection.BeginTransaction(deferred: false);
            await connection.ExecuteAsync(migration.Sql, transaction: tx);
            await tx.CommitAsync(cancellationToken);
            version = migration.Version;
        }
        return version;
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken, bool write = false)
    {
        var connection = new SqliteConnection(write ? _connectionString : _readConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public async Task<IReadOnlyList<DocumentOutcome>> WriteBatchAsync(IReadOnlyList<DocumentRecord> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        // Check every fact of the batch before writing any: a refused fact leaves the database as it was.
        var rows = new List<FactRecord>[batch.Count];
        for (var i = 0; i < batch.Count; i++)
            rows[i] = Validate(batch[i]);
        if (batch.Count == 0)
            return [];

        await using var connection = await OpenConnectionAsync(cancellationToken, write: true);
        // IMMEDIATE: take the write lock up front, so two writers queue instead of failing to upgrade a read lock.
        await using var tx = connection.BeginTransaction(deferred: false);
        using var byContent = Prepare(connection, tx, SqliteSql.DocumentIdByContent, "@sha");
        using var byName = Prepare(connection, tx, SqliteSql.DocumentIdByName, "@name");
        using var delete = Prepare(connection, tx, SqliteSql.DeleteDocument, "@id");
        using var insertDocument = Prepare(connection, tx, SqliteSql.InsertDocument,
            "@name", "@sha", "@reference_date", "@source_path", "@language", "@title", "@text", "@ingested_at");
        using var insertFact = Prepare(connection, tx, SqliteSql.InsertFact, FactParameters);
        using var stories = new SqliteStories(connection, tx);

        var ingestedAt = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var outcomes = new List<DocumentOutcome>(batch.Count);
        using var index = Prepare(connection, tx, SqliteSql.IndexQuotes, "@documents");
        // Documents whose facts are not in the text index yet: indexed together, before the commit or before a
        // delete, whose trigger takes the deleted quotes out of the index (a quote it never held corrupts it).
        var unindexed = new List<long>(batch.Count);
        void IndexQuotes()
        {
            if (unindexed.Count == 0)
                return;
            index.Parameters[0].Value = JsonSerializer.Serialize(unindexed);
            index.ExecuteNonQuery();
            unindexed.Clear();
        }
        for (var i = 0; i < batch.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var doc = batch[i];
            byContent.Parameters[0].Value = doc.ContentSha256;
            if (byContent.ExecuteScalar() is not null)
            {
                outcomes.Add(DocumentOutcome.Unchanged(doc.Name));
                continue;
            }
            var status = IngestStatus.New;
            long? previousStory = null;
            byName.Parameters[0].Value = doc.Name;
            if (byName.ExecuteScalar() is long previous)
            {
                previousStory = stories.StoryOf(previous);
                IndexQuotes();
                delete.Parameters[0].Value = previous;
                delete.ExecuteNonQuery();
                status = IngestStatus.Replaced;
            }
            var p = insertDocument.Parameters;
            p[0].Value = doc.Name;
            p[1].Value = doc.ContentSha256;
            p[2].Value = Db(doc.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            p[3].Value = Db(doc.SourcePath);
            p[4].Value = Db(doc.Language);
            p[5].Value = Db(doc.Title);
            p[6].Value = doc.Text;
            p[7].Value = ingestedAt;
            var documentId = (long)insertDocument.ExecuteScalar()!;
            unindexed.Add(documentId);
            var story = stories.Assign(documentId, doc.StorySignatureOrText());
            // The new content may have joined the story the old one was in; if not, that story may be empty now.
            if (previousStory is { } left && left != story)
                stories.DeleteIfEmpty(left);

            var byType = new Dictionary<FactType, int>();
            var added = 0;
            foreach (var row in rows[i])
            {
                Bind(insertFact.Parameters, documentId, doc.ContentSha256, doc.ReferenceDate, row);
                if (insertFact.ExecuteNonQuery() == 1)
                {
                    added++;
                    var type = FactTypes.Parse(row.Type);
                    byType[type] = byType.GetValueOrDefault(type) + 1;
                }
            }
            outcomes.Add(new DocumentOutcome(doc.Name, status, added, byType));
        }
        IndexQuotes();
        await tx.CommitAsync(cancellationToken);
        return outcomes;
    }

    private static List<FactRecord> Validate(DocumentRecord doc)
    {
        if (string.IsNullOrEmpty(doc.Name) || string.IsNullOrEmpty(doc.ContentSha256))
            throw new ArgumentException("a document needs a name and a content hash", nameof(doc));
        var rows = new List<FactRecord>(doc.Facts.Count);
        foreach (var fact in doc.Facts)
        {
            if (!string.Equals(fact.Doc, doc.Name, StringComparison.Ordinal))
                throw new FactRejectedException(fact, $"the fact names document '{fact.Doc}' but is stored with '{doc.Name}'");
            rows.Add(FactRecord.Of(fact));
        }
        return rows;
    }

    private static readonly string[] FactParameters =
    [
        "@document_id", "@document_sha256", "@type", "@key",
        "@reporter", "@partner", "@flow", "@period_from", "@period_to", "@amount", "@currency", "@qualifier", "@growth_pct",
        "@name", "@country", "@canonical_id", "@hs", "@count", "@kind", "@owner", "@topic", "@status", "@date", "@place",
        "@quote", "@quote_start", "@quote_end", "@fact_json", "@time_from", "@time_to",
    ];

    /// <summary>Binds in the order of <see cref="FactParameters"/>.</summary>
    private static void Bind(SqliteParameterCollection p, long documentId, string documentSha256, DateOnly? referenceDate, FactRecord r)
    {
        p[0].Value = documentId;
        p[1].Value = documentSha256;
        p[2].Value = r.Type;
        p[3].Value = r.Key;
        p[4].Value = Db(r.Reporter);
        p[5].Value = Db(r.Partner);
        p[6].Value = Db(r.Flow);
        p[7].Value = Db(r.PeriodFrom);
        p[8].Value = Db(r.PeriodTo);
        p[9].Value = Number(r.Amount);
        p[10].Value = Db(r.Currency);
        p[11].Value = Db(r.Qualifier);
        p[12].Value = Number(r.GrowthPct);
        p[13].Value = Db(r.Name);
        p[14].Value = Db(r.Country);
        p[15].Value = Db(r.CanonicalId);
        p[16].Value = Db(r.Hs);
        p[17].Value = r.Count is { } c ? c : DBNull.Value;
        p[18].Value = Db(r.Kind);
        p[19].Value = Db(r.Owner);
        p[20].Value = Db(r.Topic);
        p[21].Value = Db(r.Status);
        p[22].Value = Db(r.Date);
        p[23].Value = Db(r.Place);
        p[24].Value = r.Quote;
        p[25].Value = r.QuoteStart;
        p[26].Value = r.QuoteEnd;
        p[27].Value = r.FactJson;
        p[28].Value = Db(r.TimeFrom(referenceDate));
        p[29].Value = Db(r.TimeTo(referenceDate));
    }

    private static object Db(string? value) => value is null ? DBNull.Value : value;

    /// <summary>
    /// Whole amounts as 64-bit integers, so SQL sums and comparisons are exact; others (a growth of 12.5%) as REAL.
    /// Microsoft.Data.Sqlite would bind a decimal as TEXT. The exact value is always in fact_json.
    /// </summary>
    private static object Number(decimal? value) => value switch
    {
        null => DBNull.Value,
        { } v when v == decimal.Truncate(v) && Math.Abs(v) < long.MaxValue => (long)v,
        { } v => (double)v,
    };

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        command.Prepare();
        return command;
    }

    public async Task<IReadOnlySet<string>> FindStoredContentAsync(IReadOnlyCollection<string> contentSha256, CancellationToken cancellationToken = default)
    {
        if (contentSha256.Count == 0)
            return new HashSet<string>();
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var found = await connection.QueryAsync<string>(new CommandDefinition(
            SqliteSql.StoredContent, new { hashes = JsonSerializer.Serialize(contentSha256) }, cancellationToken: cancellationToken));
        return found.ToHashSet(StringComparer.Ordinal);
    }

    public async IAsyncEnumerable<Fact> QueryFactsAsync(FactQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var parameters = new
        {
            type = query.Type is { } t ? t.ToContract() : null,
            partner = query.Partner?.Code,
            document = query.Document,
        };
        var sql = SqliteSql.QueryFactsFor(query.Document is not null, query.Type is not null, query.Partner is not null);
        await foreach (var row in connection.QueryUnbufferedAsync<FactJsonRow>(sql, parameters).WithCancellation(cancellationToken))
        {
            yield return FactJsonReader.TryRead(row.FactJson, out var fact, out var problem)
                ? StorySources.With(fact, row.Sources)
                : throw new FactStoreException($"{Path}: fact {row.Id} of {row.Document} cannot be read back: {problem}");
        }
    }

    public async Task<IReadOnlyList<DocumentInfo>> ListDocumentsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<DocumentRow>(new CommandDefinition(SqliteSql.ListDocuments, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToInfo()).ToList();
    }

    public async Task<StoredDocument?> FindDocumentAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DocumentRow>(new CommandDefinition(SqliteSql.FindDocument, new { name }, cancellationToken: cancellationToken));
        return row is null ? null : new StoredDocument(row.ToInfo(), row.Text ?? "");
    }

    public async Task<StoreSummary> SummarizeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var documents = await connection.ExecuteScalarAsync<int>(new CommandDefinition(SqliteSql.CountDocuments, cancellationToken: cancellationToken));
        var counts = await connection.QueryAsync<TypeCountRow>(new CommandDefinition(SqliteSql.CountFactsByType, cancellationToken: cancellationToken));
        return new StoreSummary(documents, counts.ToDictionary(c => FactTypes.Parse(c.Type), c => (int)c.Count));
    }

    /// <summary>Returns the pooled connections, so the file can be moved or deleted once the store is disposed.</summary>
    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        SqliteConnection.ClearPool(new SqliteConnection(_readConnectionString));
        return ValueTask.CompletedTask;
    }

    // Dapper materialises these; the public records are built from them.
    private sealed class FactJsonRow
    {
        public long Id { get; set; }
        public string Document { get; set; } = "";
        public string FactJson { get; set; } = "";
        public string? Sources { get; set; }
    }

    private sealed class TypeCountRow
    {
        public string Type { get; set; } = "";
        public long Count { get; set; }
    }

    private sealed class DocumentRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string ContentSha256 { get; set; } = "";
        public string? ReferenceDate { get; set; }
        public string? SourcePath { get; set; }
        public string? Language { get; set; }
        public string? Title { get; set; }
        public string IngestedAt { get; set; } = "";
        public long Facts { get; set; }
        public string? Text { get; set; }

        public DocumentInfo ToInfo() => new(
            Id,
            Name,
            ContentSha256,
            ReferenceDate is null ? null : DateOnly.ParseExact(ReferenceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            SourcePath,
            Language,
            Title,
            DateTimeOffset.Parse(IngestedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            (int)Facts);
    }
}
