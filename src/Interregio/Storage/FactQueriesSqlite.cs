using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Interregio.Analytics;
using Interregio.Domain;
using Interregio.Output;
using Microsoft.Data.Sqlite;

namespace Interregio.Storage;

/// <summary>
/// <see cref="IFactQueries"/> over the SQLite schema of Storage/Sqlite/SqliteSchema.cs. Keeps a few open connections
/// of its own (<see cref="QueryConnection"/>), each with its statements prepared once: in WAL mode readers never wait
/// for the writer, and each statement reads the data committed when it starts, also by another process.
/// </summary>
/// <remarks>
/// Per request, a pooled Microsoft.Data.Sqlite connection cost an open (a pragma), a pragma query for the memory map
/// and a fresh parse and plan of the page statement, and with one connection per concurrent request (50) each had
/// its own cold page cache and they contended on SQLite's mutexes. More connections than cores buys nothing on a
/// read-only workload, so requests beyond <see cref="Connections"/> wait for one.
/// </remarks>
public sealed class FactQueriesSqlite(string databasePath) : IFactQueries, IDisposable
{
    /// <summary>Open query connections at most: two per core, so one waiting on the disk leaves the core busy.</summary>
    public static readonly int Connections = Math.Max(4, Environment.ProcessorCount * 2);

    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWrite,
        // This class pools its own open connections, with their prepared statements.
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString();

    private readonly SemaphoreSlim _available = new(Connections, Connections);
    private readonly ConcurrentBag<QueryConnection> _idle = [];
    private volatile bool _disposed;

    public async Task<FactPage> PageAsync(FactPageQuery query, CancellationToken cancellationToken = default) =>
        (await PageRowsAsync(query, cancellationToken)).ToPage();

    public async Task<FactJsonPage> PageJsonAsync(FactPageQuery query, CancellationToken cancellationToken = default) =>
        (await PageRowsAsync(query, cancellationToken)).ToJsonPage();

    private async Task<StoredFactRows> PageRowsAsync(FactPageQuery query, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(query.Limit, 1, FactPageQuery.MaxLimit);
        var text = string.IsNullOrWhiteSpace(query.Text) ? null : query.Text.Trim();
        var match = text is null ? null : TextMatch(text);
        var rows = new List<(long Id, string FactJson, IReadOnlyList<string>? Sources)>(limit + 1);
        await UseAsync(Sql.PageFor(query.Type is not null, query.Partner is not null, match is not null), PageParameters, command =>
        {
            var p = command.Parameters;
            p[0].Value = query.After ?? 0;
            p[1].Value = Db(query.Type is { } t ? t.ToContract() : null);
            p[2].Value = Db(query.Partner?.Code);
            p[3].Value = Db(query.FromMonth);
            p[4].Value = Db(query.ToMonth);
            p[5].Value = Db(text is null || match is not null ? null : LikePattern(text));
            p[6].Value = Db(match);
            p[7].Value = limit + 1;
            using var reader = command.ExecuteReader();
            while (reader.Read())
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : StorySources.FromJson(reader.GetString(2))));
        }, cancellationToken);
        var more = rows.Count > limit;
        if (more)
            rows.RemoveAt(rows.Count - 1);
        return new StoredFactRows(rows, more);
    }

    private static readonly string[] PageParameters = ["@after", "@type", "@partner", "@from", "@to", "@text", "@match", "@limit"];

    /// <summary>
    /// The document's row and its facts' stored lines, on one query connection (the store's read opened two pooled
    /// connections and decoded every fact for the response to encode it again). Only a fact that several documents of
    /// its story state is decoded, to add its sources, as on the facts pages.
    /// </summary>
    public async Task<DocumentJson?> DocumentJsonAsync(string name, IFactStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        StoredDocument? document = null;
        var facts = new List<byte[]>();
        await UseAsync(Sqlite.SqliteSql.FindDocument, ["@name"], command =>
        {
            command.Parameters[0].Value = name;
            using var reader = command.ExecuteReader();
            if (!reader.Read())
                return;
            // The columns of SqliteSql.DocumentColumns, then the text.
            document = new StoredDocument(new DocumentInfo(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                (int)reader.GetInt64(8)),
                reader.IsDBNull(9) ? "" : reader.GetString(9));
        }, cancellationToken);
        if (document is null)
            return null;
        await UseAsync(Sqlite.SqliteSql.QueryFactsFor(document: true, type: false, partner: false), ["@document"], command =>
        {
            command.Parameters[0].Value = name;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var json = reader.GetString(2);
                var sources = reader.IsDBNull(3) ? null : StorySources.FromJson(reader.GetString(3));
                facts.Add(sources is { Count: > 1 }
                    ? FactJsonItem.Encode(StorySources.With(FactJsonReader.Read(json), sources))
                    : Encoding.UTF8.GetBytes(json));
            }
        }, cancellationToken);
        return new DocumentJson(document, facts);
    }

    public async Task<IReadOnlyList<PartnerFactCount>> CountByPartnerAsync(CancellationToken cancellationToken = default)
    {
        var counts = new List<PartnerFactCount>();
        await UseAsync(Sql.CountByPartner, [], command =>
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
                counts.Add(new PartnerFactCount(reader.GetString(0), FactTypes.Parse(reader.GetString(1)), (int)reader.GetInt64(2)));
        }, cancellationToken);
        return counts;
    }

    public async Task<IReadOnlyList<TradeReport>> TradeReportsAsync(CancellationToken cancellationToken = default)
    {
        var reports = new List<TradeReport>();
        await UseAsync(Sql.TradeReports, [], command =>
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var published = reader.IsDBNull(0) ? (DateOnly?)null
                    : DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (StorySources.With(FactJsonReader.Read(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetString(2)) is TradeFact trade)
                    reports.Add(new TradeReport(trade, published));
            }
        }, cancellationToken);
        return reports;
    }

    public async Task<DataVersion> VersionAsync(CancellationToken cancellationToken = default)
    {
        DataVersion version = default;
        await UseAsync(Sql.Version, [], command =>
        {
            using var reader = command.ExecuteReader();
            reader.Read();
            version = new DataVersion(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }, cancellationToken);
        return version;
    }

    /// <summary>
    /// Runs <paramref name="read"/> with the prepared command of <paramref name="sql"/> on an idle query connection,
    /// opening one when none is idle and fewer than <see cref="Connections"/> are open. The reader must be disposed
    /// inside: that ends the statement's read transaction, so the next use sees what was committed since.
    /// </summary>
    private async Task UseAsync(string sql, string[] parameters, Action<SqliteCommand> read, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _available.WaitAsync(cancellationToken);
        QueryConnection? connection = null;
        try
        {
            if (!_idle.TryTake(out connection))
                connection = QueryConnection.Open(_connectionString);
            read(connection.Command(sql, parameters));
            if (_disposed)
                connection.Dispose();
            else
                _idle.Add(connection);
            connection = null;
        }
        finally
        {
            // A connection whose statement failed is not reused: it may be in a state the next request cannot use.
            connection?.Dispose();
            _available.Release();
        }
    }

    private static object Db(string? value) => value is null ? DBNull.Value : value;

    /// <summary>Closes the idle connections; one in use closes when its request ends.</summary>
    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
            connection.Dispose();
    }

    /// <summary>
    /// An open connection and its commands, prepared once per SQL text and reused with new parameter values. Used by
    /// one request at a time (<see cref="UseAsync"/>).
    /// </summary>
    private sealed class QueryConnection : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        private QueryConnection(SqliteConnection connection) => _connection = connection;

        public static QueryConnection Open(string connectionString)
        {
            var connection = new SqliteConnection(connectionString);
            try
            {
                connection.Open();
                using var mmap = connection.CreateCommand();
                mmap.CommandText = Sql.MemoryMap;
                mmap.ExecuteNonQuery();
                return new QueryConnection(connection);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        public SqliteCommand Command(string sql, string[] parameters)
        {
            if (_commands.TryGetValue(sql, out var command))
                return command;
            command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
                command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            command.Prepare();
            _commands.Add(sql, command);
            return command;
        }

        public void Dispose()
        {
            foreach (var command in _commands.Values)
                command.Dispose();
            _connection.Dispose();
        }
    }

    /// <summary>
    /// The words as an FTS5 query of the trigram index (schema version 4) matching them anywhere in a quote: one
    /// quoted phrase, its own quotes doubled, so no character of it is an operator or a wildcard. Null for fewer than
    /// three characters, which have no trigram: those keep the LIKE scan.
    /// </summary>
    internal static string? TextMatch(string text) =>
        text.EnumerateRunes().Count() < 3 ? null : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The words as a LIKE pattern matching anywhere, with the pattern characters themselves escaped.</summary>
    internal static string LikePattern(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private static class Sql
    {
        /// <summary>A fact of a story is merged only with copies stating the same value.</summary>
        private const string SameValue = Sqlite.SqliteSql.SameValue;

        private const string StoryHasCopies = Sqlite.SqliteSql.StoryHasCopies;

        /// <summary>
        /// Keyset paging on the fact id: every page costs the same however deep it is. A fact's time is its period
        /// (trade), its date (meeting) or its report's date (everything else), compared as YYYY-MM text, stored in
        /// time_from and time_to (schema version 5, <see cref="FactRecord.TimeFrom"/>). A fact that
        /// several copies of one story state is listed once, at its first stored row, with all of them as Sources.
        /// </summary>
        public const string Page = $"""
            SELECT f.id AS Id, f.fact_json AS FactJson,
                   CASE WHEN NOT {StoryHasCopies} THEN NULL ELSE (
                       SELECT json_group_array(name) FROM (
                           SELECT d2.name AS name
                           FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
                           WHERE d2.story_id = d.story_id AND f2.key = f.key AND {SameValue}
                           ORDER BY f2.id)) END AS Sources
            FROM facts f
            JOIN documents d ON d.id = f.document_id
            WHERE f.id > @after
              AND NOT EXISTS (
                  SELECT 1 FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
                  WHERE d2.story_id = d.story_id AND d2.id <> d.id AND f2.key = f.key AND {SameValue} AND f2.id < f.id)
              AND (@type IS NULL OR f.type = @type)
              AND (@partner IS NULL OR f.partner = @partner)
              AND (@from IS NULL OR f.time_to >= @from)
              AND (@to IS NULL OR f.time_from <= @to)
              AND (@text IS NULL OR f.quote LIKE @text ESCAPE '\')
            ORDER BY f.id
            LIMIT @limit
            """;

        /// <summary>
        /// <see cref="Page"/> with the type and partner conditions written only when given: "(@partner IS NULL OR
        /// f.partner = @partner)" cannot use the (partner, type) index, so a filtered page scanned the facts in id order
        /// until it filled (every fact when the filter matched few).
        /// A partner's page walks the partner's index in id order (<see cref="PartnerPage"/>) and stops when the page
        /// is full. "f.partner = @partner" read every fact of the partner (12,000 rows spread over the table at a
        /// million facts) and sorted them before the limit, which a period filter made the slowest page of the API
        /// (4.9 s p99 under load).
        /// </summary>
        /// <remarks>
        /// A text of three characters or more is looked up in the trigram index (facts_quote), which gives its facts
        /// in id order from the cursor: the page walks those, checking the other conditions on each, and stops when
        /// full, where LIKE read every fact until a page filled.
        /// </remarks>
        public static string PageFor(bool type, bool partner, bool match) => PageVariants[(type ? 1 : 0) + (partner ? 2 : 0) + (match ? 4 : 0)];

        private static readonly string[] PageVariants =
        [
            .. from match in new[] { false, true }
               from partner in new[] { false, true }
               from type in new[] { false, true }
               select match ? TextPage(type, partner)
                   : partner ? PartnerPage(type)
                   : Page
                       .Replace("(@type IS NULL OR f.type = @type)", type ? "f.type = @type" : "1", StringComparison.Ordinal)
                       .Replace("(@partner IS NULL OR f.partner = @partner)", "1", StringComparison.Ordinal),
        ];

        /// <summary>
        /// A partner's page walks its index entries in id order from the cursor (p: (partner, id, time_from,
        /// time_to) of schema version 5, or (partner, type, id) with a type), joins each to its row and stops when
        /// the page is full. Without a type the period is checked in the index entry, so a fact outside it costs no
        /// row read. "f.id IN (the partner's ids in the period)" built the list of all of them first: 12,000 index
        /// entries to list 800 and use 100 (3.2 -> 0.4 ms of SQL a page at 1M facts). Before version 5 each of the
        /// partner's rows and its document were read to compute the time (309 ms p99 under 50 clients).
        /// </summary>
        private static string PartnerPage(bool type) => Page
            .Replace("FROM facts f\nJOIN documents d", "FROM facts p\nJOIN facts f ON f.id = p.id\nJOIN documents d", StringComparison.Ordinal)
            .Replace("WHERE f.id > @after", "WHERE p.partner = @partner AND p.id > @after", StringComparison.Ordinal)
            .Replace("(@type IS NULL OR f.type = @type)", type ? "p.type = @type" : "1", StringComparison.Ordinal)
            .Replace("(@partner IS NULL OR f.partner = @partner)", "1", StringComparison.Ordinal)
            .Replace("f.time_to >= @from", type ? "f.time_to >= @from" : "p.time_to >= @from", StringComparison.Ordinal)
            .Replace("f.time_from <= @to", type ? "f.time_from <= @to" : "p.time_from <= @to", StringComparison.Ordinal)
            .Replace("ORDER BY f.id\nLIMIT", "ORDER BY p.id\nLIMIT", StringComparison.Ordinal);

        private static string TextPage(bool type, bool partner) => Page
            .Replace("FROM facts f\nJOIN documents d", "FROM facts_quote\nJOIN facts f ON f.id = facts_quote.rowid\nJOIN documents d", StringComparison.Ordinal)
            .Replace("WHERE f.id > @after", "WHERE facts_quote MATCH @match AND facts_quote.rowid > @after", StringComparison.Ordinal)
            .Replace("(@type IS NULL OR f.type = @type)", type ? "f.type = @type" : "1", StringComparison.Ordinal)
            .Replace("(@partner IS NULL OR f.partner = @partner)", partner ? "f.partner = @partner" : "1", StringComparison.Ordinal)
            .Replace("(@text IS NULL OR f.quote LIKE @text ESCAPE '\\')", "1", StringComparison.Ordinal)
            .Replace("ORDER BY f.id\nLIMIT", "ORDER BY facts_quote.rowid\nLIMIT", StringComparison.Ordinal);

        /// <summary>A fact several copies of one story state counts once, as the facts pages list it.</summary>
        public const string CountByPartner = $"""
            SELECT f.partner AS Partner, f.type AS Type, COUNT(*) AS Count
            FROM facts f
            JOIN documents d ON d.id = f.document_id
            WHERE f.partner IS NOT NULL
              AND NOT EXISTS (
                  SELECT 1 FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
                  WHERE d2.story_id = d.story_id AND d2.id <> d.id AND f2.key = f.key AND {SameValue} AND f2.id < f.id)
            GROUP BY f.partner, f.type
            ORDER BY f.partner, f.type
            """;

        /// <summary>
        /// One report per story: copies of one story are one source, not several confirmations of a figure, so only
        /// the first stored copy's figure is a report, with every copy that states it as its Sources.
        /// </summary>
        public const string TradeReports = $"""
            SELECT d.reference_date, f.fact_json,
                   CASE WHEN NOT {StoryHasCopies} THEN NULL ELSE (
                       SELECT json_group_array(name) FROM (
                           SELECT d2.name AS name
                           FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
                           WHERE d2.story_id = d.story_id AND f2.key = f.key AND {SameValue}
                           ORDER BY f2.id)) END AS Sources
            FROM facts f
            JOIN documents d ON d.id = f.document_id
            WHERE f.type = 'trade'
              AND NOT EXISTS (
                  SELECT 1 FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
                  WHERE d2.story_id = d.story_id AND d2.id <> d.id AND f2.key = f.key AND {SameValue} AND f2.id < f.id)
            ORDER BY f.id
            """;

        /// <summary>
        /// Reads pages through a memory map of the file instead of a read() into each connection's 2 MB page cache: a
        /// page that scans (a text search, a partner's facts in a period) touches thousands of rows spread over a 1 GB
        /// file, and copying them cost more than reading them (q=tractors at 1M facts: 3.6 -> 1.6 ms CPU). The map is
        /// the OS page cache, shared by every pooled connection; SQLite caps the size at its compiled maximum.
        /// </summary>
        public const string MemoryMap = "PRAGMA mmap_size = 2147418112";

        public const string Version = """
            SELECT COALESCE((SELECT MAX(id) FROM documents), 0) AS MaxDocumentId,
                   COALESCE((SELECT MAX(id) FROM facts), 0) AS MaxFactId,
                   (SELECT COUNT(*) FROM documents) AS Documents
            """;
    }
}
