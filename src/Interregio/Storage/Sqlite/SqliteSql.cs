namespace Interregio.Storage.Sqlite;

/// <summary>
/// Every statement the SQLite store runs, as constants with parameters: Dapper caches per SQL text, and no value is
/// ever spliced into SQL. A PostgreSQL store has its own copy (json_each becomes = ANY(@hashes)).
/// </summary>
internal static class SqliteSql
{
    /// <summary>
    /// f2 states the same fact as f: the same key and the same value. Copies of one story may state different figures
    /// for one key (templated reports), and a copy is a source only of the figure it states, so the contract line is
    /// compared without what is the copy's own: its document, quote, offsets, and the extra sources and sectors. A
    /// meeting's participants are compared as a set: a rewrite that names the governor first reports the same meeting.
    /// </summary>
    public const string SameValue = """
        json_remove(f2.fact_json, '$.doc', '$.quote', '$.start', '$.end', '$.sources', '$.sectors', '$.participants')
            = json_remove(f.fact_json, '$.doc', '$.quote', '$.start', '$.end', '$.sources', '$.sectors', '$.participants')
        AND (SELECT json_group_array(value) FROM (SELECT value FROM json_each(f2.fact_json, '$.participants') ORDER BY value))
            = (SELECT json_group_array(value) FROM (SELECT value FROM json_each(f.fact_json, '$.participants') ORDER BY value))
        """;

    /// <summary>
    /// d's story holds another document. Most documents are a story of their own: for them the sources and the
    /// "earlier copy states it" subqueries, which compare JSON per row (1.5 ms CPU a page of 100 at a million facts,
    /// 0.13 ms without), are skipped. A document's own facts never repeat a key, so d2.id &lt;&gt; d.id changes no answer.
    /// </summary>
    public const string StoryHasCopies = "EXISTS (SELECT 1 FROM documents o WHERE o.story_id = d.story_id AND o.id <> d.id)";

    public const string DocumentIdByContent = "SELECT id FROM documents WHERE content_sha256 = @sha";

    public const string DocumentIdByName = "SELECT id FROM documents WHERE name = @name";

    /// <summary>Facts go with it (ON DELETE CASCADE).</summary>
    public const string DeleteDocument = "DELETE FROM documents WHERE id = @id";

    public const string InsertDocument = """
        INSERT INTO documents (name, content_sha256, reference_date, source_path, language, title, text, ingested_at)
        VALUES (@name, @sha, @reference_date, @source_path, @language, @title, @text, @ingested_at)
        RETURNING id
        """;

    /// <summary>@time_from and @time_to: <see cref="FactRecord.TimeFrom"/> and <see cref="FactRecord.TimeTo"/> (schema version 5).</summary>
    public const string InsertFact = """
        INSERT INTO facts (
            document_id, document_sha256, type, key,
            reporter, partner, flow, period_from, period_to, amount, currency, qualifier, growth_pct,
            name, country, canonical_id, hs, count, kind, owner, topic, status, date, place,
            quote, quote_start, quote_end, fact_json, time_from, time_to)
        VALUES (
            @document_id, @document_sha256, @type, @key,
            @reporter, @partner, @flow, @period_from, @period_to, @amount, @currency, @qualifier, @growth_pct,
            @name, @country, @canonical_id, @hs, @count, @kind, @owner, @topic, @status, @date, @place,
            @quote, @quote_start, @quote_end, @fact_json, @time_from, @time_to)
        ON CONFLICT (document_sha256, key) DO NOTHING
        """;

    /// <summary>
    /// The quotes of the documents a batch stored, into the text index (schema version 4), in one statement per batch:
    /// FTS5 writes its pending terms to disk at every statement, so one per fact cost 2.7 times the whole insert.
    /// @documents is a JSON array of document ids.
    /// </summary>
    public const string IndexQuotes = """
        INSERT INTO facts_quote (rowid, quote)
        SELECT id, quote FROM facts WHERE document_id IN (SELECT value FROM json_each(@documents))
        """;

    /// <summary>@hashes is a JSON array of hex strings, so one constant statement takes any number of them.</summary>
    public const string StoredContent = """
        SELECT content_sha256 FROM documents
        WHERE content_sha256 IN (SELECT value FROM json_each(@hashes))
        """;

    /// <summary>
    /// Each fact once per story: a fact (same key and value) that several documents of one story state is read from the first
    /// stored of them, with Sources naming every one of them in storing order (a JSON array). Documents without a
    /// story (stored before schema version 2) stand alone. @document keeps the facts that document states.
    /// </summary>
    public const string QueryFacts = $"""
        SELECT f.id AS Id, d.name AS Document, f.fact_json AS FactJson,
               CASE WHEN NOT {StoryHasCopies} THEN NULL ELSE (
                   SELECT json_group_array(name) FROM (
                       SELECT d2.name AS name
                       FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
                       WHERE d2.story_id = d.story_id AND f2.key = f.key AND {SameValue}
                       ORDER BY f2.id)) END AS Sources
        FROM facts f
        JOIN documents d ON d.id = f.document_id
        WHERE (@type IS NULL OR f.type = @type)
          AND (@partner IS NULL OR f.partner = @partner)
          AND NOT EXISTS (
              SELECT 1 FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
              WHERE d2.story_id = d.story_id AND d2.id <> d.id AND f2.key = f.key AND {SameValue} AND f2.id < f.id)
          AND (@document IS NULL OR d.name = @document OR EXISTS (
              SELECT 1 FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
              WHERE d2.name = @document AND d2.story_id = d.story_id AND f2.key = f.key AND {SameValue}))
        ORDER BY d.name, f.id
        """;

    /// <summary>
    /// <see cref="QueryFacts"/> for one document (@document set): the same rows, but only the documents of its story are
    /// read, through the name and story_id indexes. QueryFacts' "@document IS NULL OR ..." cannot use an index, so
    /// there every fact of the base was visited with a correlated subquery (0.8 s at 100,000 facts).
    /// </summary>
    public const string QueryFactsOfDocument = $"""
        SELECT f.id AS Id, d.name AS Document, f.fact_json AS FactJson,
               CASE WHEN NOT {StoryHasCopies} THEN NULL ELSE (
                   SELECT json_group_array(name) FROM (
                       SELECT d2.name AS name
                       FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
                       WHERE d2.story_id = d.story_id AND f2.key = f.key AND {SameValue}
                       ORDER BY f2.id)) END AS Sources
        FROM facts f
        JOIN documents d ON d.id = f.document_id
        WHERE d.id IN (
                SELECT id FROM documents WHERE name = @document
                UNION
                SELECT s.id FROM documents t JOIN documents s ON s.story_id = t.story_id WHERE t.name = @document)
          AND (@type IS NULL OR f.type = @type)
          AND (@partner IS NULL OR f.partner = @partner)
          AND NOT EXISTS (
              SELECT 1 FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
              WHERE d2.story_id = d.story_id AND d2.id <> d.id AND f2.key = f.key AND {SameValue} AND f2.id < f.id)
          AND (d.name = @document OR EXISTS (
              SELECT 1 FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
              WHERE d2.name = @document AND d2.story_id = d.story_id AND f2.key = f.key AND {SameValue}))
        ORDER BY d.name, f.id
        """;

    /// <summary>
    /// <see cref="QueryFacts"/> or <see cref="QueryFactsOfDocument"/> with the type and partner conditions written only
    /// when given: "(@partner IS NULL OR f.partner = @partner)" cannot use the (partner, type) index, so a region's facts
    /// were found by visiting every fact of the base with its story subquery (minutes at a million facts).
    /// </summary>
    public static string QueryFactsFor(bool document, bool type, bool partner) =>
        QueryFactsVariants[(document ? 4 : 0) + (partner ? 2 : 0) + (type ? 1 : 0)];

    private static readonly string[] QueryFactsVariants =
    [
        .. from document in new[] { false, true }
           from partner in new[] { false, true }
           from type in new[] { false, true }
           select (document ? QueryFactsOfDocument : QueryFacts)
               .Replace("(@type IS NULL OR f.type = @type)", type ? "f.type = @type" : "1", StringComparison.Ordinal)
               .Replace("(@partner IS NULL OR f.partner = @partner)", partner ? "f.partner = @partner" : "1", StringComparison.Ordinal),
    ];

    private const string DocumentColumns = """
        d.id AS Id, d.name AS Name, d.content_sha256 AS ContentSha256, d.reference_date AS ReferenceDate,
        d.source_path AS SourcePath, d.language AS Language, d.title AS Title, d.ingested_at AS IngestedAt,
        (SELECT COUNT(*) FROM facts f WHERE f.document_id = d.id) AS Facts
        """;

    public const string ListDocuments = "SELECT " + DocumentColumns + " FROM documents d ORDER BY d.name";

    public const string FindDocument = "SELECT " + DocumentColumns + ", d.text AS Text FROM documents d WHERE d.name = @name";

    public const string CountDocuments = "SELECT COUNT(*) FROM documents";

    public const string CountFactsByType = "SELECT type AS Type, COUNT(*) AS Count FROM facts GROUP BY type";

    public const string UserVersion = "PRAGMA user_version";

    /// <summary>WAL: readers (the dashboard) never block the writer, and a killed writer loses only its open transaction.</summary>
    public const string JournalModeWal = "PRAGMA journal_mode = WAL";
}
