using System.Runtime.CompilerServices;
using System.Text;
using Dapper;
using Interregio.Analytics;
using Interregio.Domain;
using Interregio.Output;
using Interregio.Storage.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Interregio.Storage.Postgres;

/// <summary>
/// <see cref="IFactStore"/> and <see cref="IFactQueries"/> over PostgreSQL (Npgsql): the shared-server backend, for
/// several readers and several ingest workers at once, on several machines. One <see cref="NpgsqlDataSource"/> per
/// process hands out pooled connections. A batch is one transaction: documents are claimed by their unique content
/// hash (INSERT ... ON CONFLICT DO NOTHING), facts go in by binary COPY into a staging table and on to the facts table
/// with ON CONFLICT DO NOTHING on the natural key, so workers given the same or overlapping inputs store each
/// document and fact once, and a worker killed mid-batch loses only its open transaction.
/// </summary>
public sealed class PostgresFactStore : IFactStore, IFactQueries
{
    /// <summary>Deadlock (40P01) and serialization failure (40001): two workers crossing on the same documents; retried.</summary>
    private static readonly HashSet<string> Retryable = ["40P01", "40001"];

    private const int Attempts = 4;

    /// <summary>
    /// The session default of every connection this store opens (a startup option, so the reset a pooled connection
    /// gets keeps it, where a SET was undone after the connection's first use). The story subqueries make the planner
    /// price our queries above jit_above_cost although they read a few thousand rows; JIT then spent 0.15-2 s
    /// compiling a query that runs in 5-400 ms (a region's facts, the partner counts at a million facts).
    /// </summary>
    private const string JitOff = "-c jit=off";

    private readonly NpgsqlDataSource _source;
    private readonly TimeProvider _time;

    private PostgresFactStore(NpgsqlDataSource source, string display, TimeProvider time, int version)
    {
        _source = source;
        Display = display;
        _time = time;
        SchemaVersion = version;
    }

    /// <summary>Host, port and database, without credentials: what messages name.</summary>
    public string Display { get; }

    public int SchemaVersion { get; }

    /// <summary>Connects, applies missing migrations (safe when several processes start at once) and returns the store.</summary>
    public static async Task<PostgresFactStore> OpenAsync(string connection, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var cs = PostgresConnection.ToConnectionString(connection);
        var builder = new NpgsqlConnectionStringBuilder(cs);
        var display = $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
        var sourceBuilder = new NpgsqlDataSourceBuilder(cs);
        // Statements run again and again are prepared on each connection: planning our facts queries (the story
        // subqueries) took 7-12 ms, three times their execution, on every request.
        var settings = sourceBuilder.ConnectionStringBuilder;
        if (settings.MaxAutoPrepare == 0)
            settings.MaxAutoPrepare = 64;
        settings.Options = string.IsNullOrWhiteSpace(settings.Options) ? JitOff : settings.Options + " " + JitOff;
        // The store leaves no session state behind (no SET, temporary table, LISTEN or advisory lock outlives its
        // command), so a connection going back to the pool needs no reset: that was one more round trip and statement
        // at the start of every request.
        settings.NoResetOnClose = true;
        var source = sourceBuilder.Build();
        try
        {
            var version = await MigrateAsync(source, display, cancellationToken);
            return new PostgresFactStore(source, display, time ?? TimeProvider.System, version);
        }
        catch (Exception e) when (e is NpgsqlException or PostgresException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            await source.DisposeAsync();
            throw new FactStoreException($"{display}: cannot open the database: {e.Message}", e);
        }
    }

    private static async Task<int> MigrateAsync(NpgsqlDataSource source, string display, CancellationToken cancellationToken)
    {
        await using var connection = await source.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(PostgresSql.Lock, new { key = PostgresSchema.MigrationLock }, tx);
        await connection.ExecuteAsync(PostgresSql.CreateVersionTable, transaction: tx);
        var version = await connection.ExecuteScalarAsync<int>(PostgresSql.CurrentVersion, transaction: tx);
        if (version > PostgresSchema.LatestVersion)
            throw new FactStoreException($"{display}: the database is at schema version {version}, newer than this Interregio knows ({PostgresSchema.LatestVersion}); use a newer build");
        foreach (var migration in PostgresSchema.Migrations.Where(m => m.Version > version))
        {
            await connection.ExecuteAsync(migration.Sql, transaction: tx);
            await connection.ExecuteAsync(PostgresSql.RecordVersion, new { version = migration.Version }, tx);
            version = migration.Version;
        }
        await tx.CommitAsync(cancellationToken);
        return version;
    }

    public async Task<IReadOnlyList<DocumentOutcome>> WriteBatchAsync(IReadOnlyList<DocumentRecord> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var rows = new List<FactRecord>[batch.Count];
        for (var i = 0; i < batch.Count; i++)
            rows[i] = Validate(batch[i]);
        if (batch.Count == 0)
            return [];
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteOnceAsync(batch, rows, cancellationToken);
            }
            catch (PostgresException e) when (Retryable.Contains(e.SqlState) && attempt < Attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt * attempt), cancellationToken);
            }
        }
    }

    private async Task<IReadOnlyList<DocumentOutcome>> WriteOnceAsync(IReadOnlyList<DocumentRecord> batch, List<FactRecord>[] rows, CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var ingestedAt = _time.GetUtcNow();
        var statuses = new IngestStatus[batch.Count];
        var documentIds = new long[batch.Count];
        var replacedInBatch = new Dictionary<int, Dictionary<FactType, int>>();
        var leftStories = new HashSet<long>();

        if (!await InsertNewDocumentsAsync(connection, tx, batch, ingestedAt, statuses, documentIds, cancellationToken))
            await InsertDocumentsOneByOneAsync(connection, tx, batch, rows, ingestedAt, statuses, documentIds, replacedInBatch, leftStories, cancellationToken);

        var added = new Dictionary<long, Dictionary<FactType, int>>();
        if (rows.Where((_, i) => documentIds[i] != 0).Any(r => r.Count > 0))
        {
            await using (var create = new NpgsqlCommand(PostgresSql.CreateStaging, connection, tx))
                await create.ExecuteNonQueryAsync(cancellationToken);
            await using (var importer = await connection.BeginBinaryImportAsync(PostgresSql.CopyStaging, cancellationToken))
            {
                long ord = 0;
                for (var i = 0; i < batch.Count; i++)
                {
                    if (documentIds[i] == 0)
                        continue;
                    foreach (var r in rows[i])
                        await WriteRowAsync(importer, ord++, documentIds[i], batch[i].ContentSha256, r, cancellationToken);
                }
                await importer.CompleteAsync(cancellationToken);
            }
            await using var move = new NpgsqlCommand(PostgresSql.MoveStaging, connection, tx);
            await using var reader = await move.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var documentId = reader.GetInt64(0);
                var type = FactTypes.Parse(reader.GetString(1));
                if (!added.TryGetValue(documentId, out var byType))
                    added[documentId] = byType = [];
                byType[type] = byType.GetValueOrDefault(type) + 1;
            }
        }
        var inserted = Enumerable.Range(0, batch.Count).Where(i => documentIds[i] != 0)
            .Select(i => (documentIds[i], batch[i].StorySignatureOrText())).ToList();
        await PostgresStories.AssignAsync(connection, tx, inserted, leftStories, cancellationToken);
        await tx.CommitAsync(cancellationToken);

        var outcomes = new List<DocumentOutcome>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            if (statuses[i] == IngestStatus.Unchanged)
            {
                outcomes.Add(DocumentOutcome.Unchanged(batch[i].Name));
                continue;
            }
            var byType = replacedInBatch.GetValueOrDefault(i) ?? added.GetValueOrDefault(documentIds[i]) ?? [];
            outcomes.Add(new DocumentOutcome(batch[i].Name, statuses[i], byType.Values.Sum(), byType));
        }
        return outcomes;
    }

    /// <summary>
    /// The general case, document by document in batch order: a document may replace one stored under its name, or
    /// one earlier in this very batch.
    /// </summary>
    private static async Task InsertDocumentsOneByOneAsync(
        NpgsqlConnection connection, NpgsqlTransaction tx, IReadOnlyList<DocumentRecord> batch, List<FactRecord>[] rows, DateTimeOffset ingestedAt,
        IngestStatus[] statuses, long[] documentIds, Dictionary<int, Dictionary<FactType, int>> replacedInBatch, HashSet<long> leftStories,
        CancellationToken cancellationToken)
    {
        await using (var lookup = Command(connection, tx, PostgresSql.DocumentIdsByContentAndName, ("sha", NpgsqlDbType.Text), ("name", NpgsqlDbType.Text)))
        await using (var delete = Command(connection, tx, PostgresSql.DeleteDocument, ("id", NpgsqlDbType.Bigint)))
        await using (var insert = Command(connection, tx, PostgresSql.InsertDocument,
            ("name", NpgsqlDbType.Text), ("sha", NpgsqlDbType.Text), ("reference_date", NpgsqlDbType.Date), ("source_path", NpgsqlDbType.Text),
            ("language", NpgsqlDbType.Text), ("title", NpgsqlDbType.Text), ("text", NpgsqlDbType.Text), ("ingested_at", NpgsqlDbType.TimestampTz)))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var doc = batch[i];
                lookup.Parameters[0].Value = doc.ContentSha256;
                lookup.Parameters[1].Value = doc.Name;
                long? same, replaces;
                await using (var found = await lookup.ExecuteReaderAsync(cancellationToken))
                {
                    await found.ReadAsync(cancellationToken);
                    same = found.IsDBNull(0) ? null : found.GetInt64(0);
                    replaces = found.IsDBNull(1) ? null : found.GetInt64(1);
                }
                if (same is not null)
                {
                    statuses[i] = IngestStatus.Unchanged;
                    continue;
                }
                statuses[i] = IngestStatus.New;
                if (replaces is long previous)
                {
                    delete.Parameters[0].Value = previous;
                    if (await delete.ExecuteScalarAsync(cancellationToken) is long leftStory)
                        leftStories.Add(leftStory);
                    statuses[i] = IngestStatus.Replaced;
                    // The name came earlier in this very batch: that document is gone before its facts are copied
                    // in. Its outcome still counts the facts it added, as SQLite's (which inserts them at once) does.
                    var earlier = Array.IndexOf(documentIds, previous, 0, i);
                    if (earlier >= 0)
                    {
                        documentIds[earlier] = 0;
                        replacedInBatch[earlier] = rows[earlier].DistinctBy(r => r.Key).CountBy(r => FactTypes.Parse(r.Type)).ToDictionary();
                    }
                }
                var p = insert.Parameters;
                p[0].Value = doc.Name;
                p[1].Value = doc.ContentSha256;
                p[2].Value = doc.ReferenceDate is { } d ? d : DBNull.Value;
                p[3].Value = (object?)doc.SourcePath ?? DBNull.Value;
                p[4].Value = (object?)doc.Language ?? DBNull.Value;
                p[5].Value = (object?)doc.Title ?? DBNull.Value;
                p[6].Value = doc.Text;
                p[7].Value = ingestedAt;
                if (await insert.ExecuteScalarAsync(cancellationToken) is long id)
                    documentIds[i] = id;
                else
                    statuses[i] = IngestStatus.Unchanged; // another worker stored the same content first
            }
        }
    }

    /// <summary>
    /// The usual case in one round trip each: no two documents of the batch share a name or a content, and none
    /// replaces a stored document. One look-up finds which contents are stored already, and one multi-row insert
    /// claims the rest in batch order (ON CONFLICT DO NOTHING: a document another process stored meanwhile is
    /// unchanged, as in the one-by-one claim). Returns false, having written nothing, when the batch is not that case.
    /// </summary>
    private static async Task<bool> InsertNewDocumentsAsync(
        NpgsqlConnection connection, NpgsqlTransaction tx, IReadOnlyList<DocumentRecord> batch, DateTimeOffset ingestedAt,
        IngestStatus[] statuses, long[] documentIds, CancellationToken cancellationToken)
    {
        var names = batch.Select(d => d.Name).ToArray();
        var hashes = batch.Select(d => d.ContentSha256).ToArray();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Length || hashes.Distinct(StringComparer.Ordinal).Count() != hashes.Length)
            return false;
        var storedContent = new HashSet<string>(StringComparer.Ordinal);
        await using (var lookup = Command(connection, tx, PostgresSql.StoredByContentOrName, ("hashes", NpgsqlDbType.Array | NpgsqlDbType.Text), ("names", NpgsqlDbType.Array | NpgsqlDbType.Text)))
        {
            lookup.Parameters[0].Value = hashes;
            lookup.Parameters[1].Value = names;
            var storedNames = new Dictionary<string, string>(StringComparer.Ordinal);
            await using var reader = await lookup.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                storedContent.Add(reader.GetString(0));
                storedNames[reader.GetString(1)] = reader.GetString(0);
            }
            // A document whose name is stored with other content replaces it: the one-by-one path does that.
            for (var i = 0; i < batch.Count; i++)
            {
                if (!storedContent.Contains(hashes[i]) && storedNames.TryGetValue(names[i], out var other) && other != hashes[i])
                    return false;
            }
        }
        var fresh = Enumerable.Range(0, batch.Count).Where(i => !storedContent.Contains(hashes[i])).ToList();
        foreach (var i in Enumerable.Range(0, batch.Count))
            statuses[i] = IngestStatus.Unchanged;
        if (fresh.Count == 0)
            return true;
        await using var insert = Command(connection, tx, PostgresSql.InsertDocuments,
            ("names", NpgsqlDbType.Array | NpgsqlDbType.Text), ("hashes", NpgsqlDbType.Array | NpgsqlDbType.Text), ("dates", NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("paths", NpgsqlDbType.Array | NpgsqlDbType.Text), ("languages", NpgsqlDbType.Array | NpgsqlDbType.Text), ("titles", NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("texts", NpgsqlDbType.Array | NpgsqlDbType.Text), ("ingested_at", NpgsqlDbType.TimestampTz));
        insert.Parameters[0].Value = fresh.Select(i => names[i]).ToArray();
        insert.Parameters[1].Value = fresh.Select(i => hashes[i]).ToArray();
        insert.Parameters[2].Value = fresh.Select(i => batch[i].ReferenceDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        insert.Parameters[3].Value = fresh.Select(i => batch[i].SourcePath).ToArray();
        insert.Parameters[4].Value = fresh.Select(i => batch[i].Language).ToArray();
        insert.Parameters[5].Value = fresh.Select(i => batch[i].Title).ToArray();
        insert.Parameters[6].Value = fresh.Select(i => batch[i].Text).ToArray();
        insert.Parameters[7].Value = ingestedAt;
        var index = fresh.ToDictionary(i => hashes[i], StringComparer.Ordinal);
        await using (var reader = await insert.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var i = index[reader.GetString(1)];
                documentIds[i] = reader.GetInt64(0);
                statuses[i] = IngestStatus.New;
            }
        }
        return true;
    }

    private static async Task WriteRowAsync(NpgsqlBinaryImporter w, long ord, long documentId, string sha, FactRecord r, CancellationToken ct)
    {
        await w.StartRowAsync(ct);
        await w.WriteAsync(ord, NpgsqlDbType.Bigint, ct);
        await w.WriteAsync(documentId, NpgsqlDbType.Bigint, ct);
        await w.WriteAsync(sha, NpgsqlDbType.Text, ct);
        await w.WriteAsync(r.Type, NpgsqlDbType.Text, ct);
        await w.WriteAsync(r.Key, NpgsqlDbType.Text, ct);
        await Text(w, r.Reporter, ct);
        await Text(w, r.Partner, ct);
        await Text(w, r.Flow, ct);
        await Text(w, r.PeriodFrom, ct);
        await Text(w, r.PeriodTo, ct);
        await Numeric(w, r.Amount, ct);
        await Text(w, r.Currency, ct);
        await Text(w, r.Qualifier, ct);
        await Numeric(w, r.GrowthPct, ct);
        await Text(w, r.Name, ct);
        await Text(w, r.Country, ct);
        await Text(w, r.CanonicalId, ct);
        await Text(w, r.Hs, ct);
        if (r.Count is { } c)
            await w.WriteAsync(c, NpgsqlDbType.Integer, ct);
        else
            await w.WriteNullAsync(ct);
        await Text(w, r.Kind, ct);
        await Text(w, r.Owner, ct);
        await Text(w, r.Topic, ct);
        await Text(w, r.Status, ct);
        await Text(w, r.Date, ct);
        await Text(w, r.Place, ct);
        await w.WriteAsync(r.Quote, NpgsqlDbType.Text, ct);
        await w.WriteAsync(r.QuoteStart, NpgsqlDbType.Integer, ct);
        await w.WriteAsync(r.QuoteEnd, NpgsqlDbType.Integer, ct);
        await w.WriteAsync(r.FactJson, NpgsqlDbType.Text, ct);
    }

    private static Task Text(NpgsqlBinaryImporter w, string? value, CancellationToken ct) =>
        value is null ? w.WriteNullAsync(ct) : w.WriteAsync(value, NpgsqlDbType.Text, ct);

    private static Task Numeric(NpgsqlBinaryImporter w, decimal? value, CancellationToken ct) =>
        value is { } v ? w.WriteAsync(v, NpgsqlDbType.Numeric, ct) : w.WriteNullAsync(ct);

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, params (string Name, NpgsqlDbType Type)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, tx);
        foreach (var (name, type) in parameters)
            command.Parameters.Add(new NpgsqlParameter(name, type) { Value = DBNull.Value });
        return command;
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

    public async Task<IReadOnlySet<string>> FindStoredContentAsync(IReadOnlyCollection<string> contentSha256, CancellationToken cancellationToken = default)
    {
        if (contentSha256.Count == 0)
            return new HashSet<string>();
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        var found = await connection.QueryAsync<string>(new CommandDefinition(PostgresSql.StoredContent, new { hashes = contentSha256.ToArray() }, cancellationToken: cancellationToken));
        return found.ToHashSet(StringComparer.Ordinal);
    }

    public async IAsyncEnumerable<Fact> QueryFactsAsync(FactQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(PostgresSql.QueryFactsFor(query.Document is not null, query.Type is not null, query.Partner is not null), connection);
        if (query.Type is { } t)
            command.Parameters.Add(new NpgsqlParameter("type", NpgsqlDbType.Text) { Value = t.ToContract() });
        if (query.Partner is { } partner)
            command.Parameters.Add(new NpgsqlParameter("partner", NpgsqlDbType.Text) { Value = partner.Code });
        if (query.Document is { } document)
            command.Parameters.Add(new NpgsqlParameter("document", NpgsqlDbType.Text) { Value = document });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var json = reader.GetString(2);
            yield return FactJsonReader.TryRead(json, out var fact, out var problem)
                ? StorySources.With(fact, reader.IsDBNull(3) ? null : reader.GetFieldValue<string[]>(3))
                : throw new FactStoreException($"{Display}: fact {reader.GetInt64(0)} of {reader.GetString(1)} cannot be read back: {problem}");
        }
    }

    public async Task<IReadOnlyList<DocumentInfo>> ListDocumentsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(PostgresSql.ListDocuments, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<DocumentInfo>();
        while (await reader.ReadAsync(cancellationToken))
            list.Add(ReadInfo(reader));
        return list;
    }

    public async Task<StoredDocument?> FindDocumentAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(PostgresSql.FindDocument, connection);
        command.Parameters.Add(new NpgsqlParameter("name", NpgsqlDbType.Text) { Value = name });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredDocument(ReadInfo(reader), reader.GetString(9)) : null;
    }

    private static DocumentInfo ReadInfo(NpgsqlDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetString(2),
        r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3),
        r.IsDBNull(4) ? null : r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5),
        r.IsDBNull(6) ? null : r.GetString(6),
        r.GetFieldValue<DateTimeOffset>(7),
        (int)r.GetInt64(8));

    public async Task<StoreSummary> SummarizeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        var documents = await connection.ExecuteScalarAsync<long>(new CommandDefinition(PostgresSql.CountDocuments, cancellationToken: cancellationToken));
        var counts = await connection.QueryAsync<(string Type, long Count)>(new CommandDefinition(PostgresSql.CountFactsByType, cancellationToken: cancellationToken));
        return new StoreSummary((int)documents, counts.ToDictionary(c => FactTypes.Parse(c.Type), c => (int)c.Count));
    }

    public async Task<FactPage> PageAsync(FactPageQuery query, CancellationToken cancellationToken = default) =>
        (await PageRowsAsync(query, cancellationToken)).ToPage();

    public async Task<FactJsonPage> PageJsonAsync(FactPageQuery query, CancellationToken cancellationToken = default) =>
        (await PageRowsAsync(query, cancellationToken)).ToJsonPage();

    private async Task<StoredFactRows> PageRowsAsync(FactPageQuery query, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(query.Limit, 1, FactPageQuery.MaxLimit);
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        var text = string.IsNullOrWhiteSpace(query.Text) ? null : FactQueriesSqlite.LikePattern(query.Text.Trim());
        await using var command = new NpgsqlCommand(PostgresSql.PageFor(
            query.Type is not null, query.Partner is not null, query.FromMonth is not null, query.ToMonth is not null, text is not null), connection);
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Bigint) { Value = query.After ?? 0 });
        if (query.Type is { } t)
            command.Parameters.Add(new NpgsqlParameter("type", NpgsqlDbType.Text) { Value = t.ToContract() });
        if (query.Partner is { } partner)
            command.Parameters.Add(new NpgsqlParameter("partner", NpgsqlDbType.Text) { Value = partner.Code });
        if (query.FromMonth is { } from)
            command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Text) { Value = from });
        if (query.ToMonth is { } to)
            command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Text) { Value = to });
        if (text is not null)
            command.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = text });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = limit + 1 });
        var rows = new List<(long Id, string FactJson, IReadOnlyList<string>? Sources)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<string[]>(2)));
        }
        var more = rows.Count > limit;
        if (more)
            rows.RemoveAt(rows.Count - 1);
        return new StoredFactRows(rows, more);
    }

    public async Task<IReadOnlyList<PartnerFactCount>> CountByPartnerAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Partner, string Type, long Count)>(new CommandDefinition(PostgresSql.CountByPartner, cancellationToken: cancellationToken));
        return rows.Select(r => new PartnerFactCount(r.Partner, FactTypes.Parse(r.Type), (int)r.Count)).ToList();
    }

    public async Task<IReadOnlyList<TradeReport>> TradeReportsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(PostgresSql.TradeReports, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var reports = new List<TradeReport>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var published = reader.IsDBNull(0) ? (DateOnly?)null : reader.GetFieldValue<DateOnly>(0);
            if (StorySources.With(FactJsonReader.Read(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetFieldValue<string[]>(2)) is TradeFact trade)
                reports.Add(new TradeReport(trade, published));
        }
        return reports;
    }

    public async Task<DataVersion> VersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        var (maxDoc, maxFact, docs) = await connection.QuerySingleAsync<(long, long, long)>(new CommandDefinition(PostgresSql.Version, cancellationToken: cancellationToken));
        return new DataVersion(maxDoc, maxFact, docs);
    }

    /// <summary>A run-time setting as this store's connections see it (tests: the session defaults survive pooling).</summary>
    internal async Task<string?> SettingAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT current_setting(@name)", connection);
        command.Parameters.Add(new NpgsqlParameter("name", NpgsqlDbType.Text) { Value = name });
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}

/// <summary>Reads the --db value of a PostgreSQL database: a postgres:// URL or an Npgsql connection string.</summary>
public static class PostgresConnection
{
    /// <summary>Whether a --db value names PostgreSQL rather than an SQLite file.</summary>
    public static bool IsPostgres(string db) =>
        IsUrl(db)
        || (db.Contains('=') && db.Split(';').Any(p => p.TrimStart().StartsWith("host", StringComparison.OrdinalIgnoreCase) && p.Contains('=')));

    private static bool IsUrl(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Host, port and database of a --db value, never its user or password: what messages print. A value that
    /// cannot be read is named only as such, since it may hold a password.
    /// </summary>
    public static string Describe(string db)
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(ToConnectionString(db));
            return $"postgres://{b.Host}:{b.Port}/{b.Database}";
        }
        catch (FactStoreException)
        {
            return "the PostgreSQL --db value";
        }
    }

    /// <summary>
    /// postgres://user:password@host:port/database?sslmode=disable becomes an Npgsql connection string; a value that
    /// is neither a URL nor a connection string throws <see cref="FactStoreException"/> without echoing it (it may
    /// hold a password).
    /// </summary>
    public static string ToConnectionString(string db)
    {
        if (!IsUrl(db))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(db).ConnectionString;
            }
            catch (ArgumentException e)
            {
                throw new FactStoreException($"the PostgreSQL connection string is not valid: {e.Message}", e);
            }
        }
        if (!Uri.TryCreate(db, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new FactStoreException("the --db value is not a postgres://user@host:port/database URL");
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1)
                b.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2 && kv[0].Equals("sslmode", StringComparison.OrdinalIgnoreCase) && Enum.TryParse<SslMode>(kv[1], true, out var mode))
                b.SslMode = mode;
        }
        return b.ConnectionString;
    }
}
