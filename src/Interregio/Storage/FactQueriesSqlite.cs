using System.Globalization;
using System.Text;
using Dapper;
using Interregio.Analytics;
using Interregio.Domain;
using Interregio.Output;
using Microsoft.Data.Sqlite;

namespace Interregio.Storage;

/// <summary>
/// <see cref="IFactQueries"/> over the SQLite schema of Storage/Sqlite/SqliteSchema.cs. Opens its own pooled
/// connections: in WAL mode readers never wait for the writer.
/// </summary>
public sealed class FactQueriesSqlite(string databasePath) : IFactQueries
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public async Task<FactPage> PageAsync(FactPageQuery query, CancellationToken cancellationToken = default) =>
        (await PageRowsAsync(query, cancellationToken)).ToPage();

    public async Task<FactJsonPage> PageJsonAsync(FactPageQuery query, CancellationToken cancellationToken = default) =>
        (await PageRowsAsync(query, cancellationToken)).ToJsonPage();

    private async Task<StoredFactRows> PageRowsAsync(FactPageQuery query, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(query.Limit, 1, FactPageQuery.MaxLimit);
        await using var connection = await OpenAsync(cancellationToken);
        var text = string.IsNullOrWhiteSpace(query.Text) ? null : query.Text.Trim();
        var match = text is null ? null : TextMatch(text);
        var rows = (await connection.QueryAsync<(long Id, string FactJson, string? Sources)>(new CommandDefinition(Sql.PageFor(query.Type is not null, query.Partner is not null, match is not null), new
        {
            after = query.After ?? 0,
            type = query.Type is { } t ? t.ToContract() : null,
            partner = query.Partner?.Code,
            from = query.FromMonth,
            to = query.ToMonth,
            text = text is null || match is not null ? null : LikePattern(text),
            match,
            limit = limit + 1,
        }, cancellationToken: cancellationToken))).AsList();
        var more = rows.Count > limit;
        if (more)
            rows.RemoveAt(rows.Count - 1);
        return new StoredFactRows(rows.Select(r => (r.Id, r.FactJson, StorySources.FromJson(r.Sources))).ToList(), more);
    }

    public async Task<IReadOnlyList<PartnerFactCount>> CountByPartnerAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Partner, string Type, long Count)>(
            new CommandDefinition(Sql.CountByPartner, cancellationToken: cancellationToken));
        return rows.Select(r => new PartnerFactCount(r.Partner, FactTypes.Parse(r.Type), (int)r.Count)).ToList();
    }

    public async Task<IReadOnlyList<TradeReport>> TradeReportsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var reports = new List<TradeReport>();
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(Sql.TradeReports, cancellationToken: cancellationToken));
        while (await reader.ReadAsync(cancellationToken))
        {
            var published = reader.IsDBNull(0) ? (DateOnly?)null
                : DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (StorySources.With(FactJsonReader.Read(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetString(2)) is TradeFact trade)
                reports.Add(new TradeReport(trade, published));
        }
        return reports;
    }

    public async Task<DataVersion> VersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<DataVersion>(new CommandDefinition(Sql.Version, cancellationToken: cancellationToken));
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        // Set once per physical connection: setting it again on a pooled one remaps the file and faults every page in anew.
        await using (var mmap = connection.CreateCommand())
        {
            mmap.CommandText = Sql.MemoryMapSize;
            if (await mmap.ExecuteScalarAsync(cancellationToken) is 0L)
            {
                mmap.CommandText = Sql.MemoryMap;
                await mmap.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        return connection;
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

        public const string MemoryMapSize = "PRAGMA mmap_size";

        public const string Version = """
            SELECT COALESCE((SELECT MAX(id) FROM documents), 0) AS MaxDocumentId,
                   COALESCE((SELECT MAX(id) FROM facts), 0) AS MaxFactId,
                   (SELECT COUNT(*) FROM documents) AS Documents
            """;
    }
}
