namespace Interregio.Storage.Postgres;

/// <summary>Every statement the PostgreSQL store runs, as constants with parameters (Dapper caches per SQL text).</summary>
internal static class PostgresSql
{
    public const string Lock = "SELECT pg_advisory_xact_lock(@key)";

    public const string CreateVersionTable = "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)";

    public const string CurrentVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_version";

    public const string RecordVersion = "INSERT INTO schema_version (version) VALUES (@version)";

    /// <summary>
    /// In one round trip: the stored copy of this content (then the document is unchanged), and the stored document
    /// it replaces: same name, other content. The content test matters when several processes ingest the same file:
    /// one can commit it between our look-up and the insert, and a bare name match would then delete its copy and
    /// count ours as "replaced"; with the test we go on to the insert, whose ON CONFLICT makes it "unchanged".
    /// </summary>
    public const string DocumentIdsByContentAndName = """
        SELECT (SELECT id FROM documents WHERE content_sha256 = @sha) AS same,
               (SELECT id FROM documents WHERE name = @name AND content_sha256 <> @sha) AS previous
        """;

    /// <summary>The stored documents with any of these contents or names (for a batch's claim in one round trip).</summary>
    public const string StoredByContentOrName = """
        SELECT content_sha256, name FROM documents WHERE content_sha256 = ANY(@hashes) OR name = ANY(@names)
        """;

    /// <summary>
    /// <see cref="InsertDocument"/> for a whole batch, inserted in batch order (so ids follow it as one by one), with
    /// ON CONFLICT DO NOTHING: only the documents this call claimed come back.
    /// </summary>
    public const string InsertDocuments = """
        INSERT INTO documents (name, content_sha256, reference_date, source_path, language, title, text, ingested_at)
        SELECT n, h, d::date, p, l, t, x, @ingested_at
        FROM unnest(@names, @hashes, @dates, @paths, @languages, @titles, @texts) WITH ORDINALITY AS b(n, h, d, p, l, t, x, ord)
        ORDER BY ord
        ON CONFLICT DO NOTHING
        RETURNING id, content_sha256
        """;

    /// <summary>Facts and band keys go with it (ON DELETE CASCADE); returns the story it was in, which may be left empty.</summary>
    public const string DeleteDocument = "DELETE FROM documents WHERE id = @id RETURNING story_id";

    /// <summary>
    /// The claim: the unique content hash decides which worker stores a document. A second worker holding the same
    /// document waits here for the first one's transaction and then gets no row: its copy is unchanged.
    /// </summary>
    public const string InsertDocument = """
        INSERT INTO documents (name, content_sha256, reference_date, source_path, language, title, text, ingested_at)
        VALUES (@name, @sha, @reference_date, @source_path, @language, @title, @text, @ingested_at)
        ON CONFLICT DO NOTHING
        RETURNING id
        """;

    public const string CreateStaging = """
        CREATE TEMP TABLE facts_in (
            ord bigint, document_id bigint, document_sha256 text, type text, key text,
            reporter text, partner text, flow text, period_from text, period_to text, amount numeric(20, 2),
            currency text, qualifier text, growth_pct numeric(12, 2), name text, country text, canonical_id text,
            hs text, count integer, kind text, owner text, topic text, status text, date text, place text,
            quote text, quote_start integer, quote_end integer, fact_json text
        ) ON COMMIT DROP
        """;

    public const string CopyStaging = """
        COPY facts_in (ord, document_id, document_sha256, type, key, reporter, partner, flow, period_from, period_to,
            amount, currency, qualifier, growth_pct, name, country, canonical_id, hs, count, kind, owner, topic, status,
            date, place, quote, quote_start, quote_end, fact_json) FROM STDIN (FORMAT BINARY)
        """;

    /// <summary>
    /// COPY cannot skip conflicts, so facts land in a staging table and move on with ON CONFLICT DO NOTHING. A fact's
    /// time (schema version 5) is its period, its date, or its document's date, as FactRecord.TimeFrom and TimeTo.
    /// </summary>
    public const string MoveStaging = """
        INSERT INTO facts (document_id, document_sha256, type, key, reporter, partner, flow, period_from, period_to,
            amount, currency, qualifier, growth_pct, name, country, canonical_id, hs, count, kind, owner, topic, status,
            date, place, quote, quote_start, quote_end, fact_json, time_from, time_to)
        SELECT document_id, document_sha256, type, key, reporter, partner, flow, period_from, period_to,
            amount, currency, qualifier, growth_pct, name, country, canonical_id, hs, count, kind, owner, topic, status,
            date, place, quote, quote_start, quote_end, fact_json,
            COALESCE(period_from, substr(date, 1, 7), (SELECT to_char(d.reference_date, 'YYYY-MM') FROM documents d WHERE d.id = facts_in.document_id)),
            COALESCE(period_to, substr(date, 1, 7), (SELECT to_char(d.reference_date, 'YYYY-MM') FROM documents d WHERE d.id = facts_in.document_id))
        FROM facts_in ORDER BY ord
        ON CONFLICT (document_sha256, key) DO NOTHING
        RETURNING document_id, type
        """;

    public const string StoredContent = "SELECT content_sha256 FROM documents WHERE content_sha256 = ANY(@hashes)";

    /// <summary>f2 states the same fact as f: the same key and the same value, participants as a set (as SqliteSql.SameValue).</summary>
    public const string SameValue = """
        (f2.fact_json::jsonb - ARRAY['doc', 'quote', 'start', 'end', 'sources', 'sectors', 'participants'])
            = (f.fact_json::jsonb - ARRAY['doc', 'quote', 'start', 'end', 'sources', 'sectors', 'participants'])
        AND (SELECT COALESCE(jsonb_agg(p ORDER BY p::text), '[]'::jsonb) FROM jsonb_array_elements(COALESCE(f2.fact_json::jsonb -> 'participants', '[]'::jsonb)) AS p)
            = (SELECT COALESCE(jsonb_agg(p ORDER BY p::text), '[]'::jsonb) FROM jsonb_array_elements(COALESCE(f.fact_json::jsonb -> 'participants', '[]'::jsonb)) AS p)
        """;

    /// <summary>
    /// d's story has no other document, so each of its facts is its own and only source: the story subqueries below
    /// can only find the fact itself. One probe of the story_id index, where those subqueries read every fact of the
    /// story's documents and compare their JSON (most documents are in a story of their own).
    /// </summary>
    private const string Sole = "NOT EXISTS (SELECT 1 FROM documents o WHERE o.story_id = d.story_id AND o.id <> d.id)";

    /// <summary>
    /// f2 is d2's fact of f's key. The content hash names d2's facts as the natural key's unique index does, so the
    /// look-up is one index probe instead of reading every fact of d2 (which also made the planner price each row
    /// so high that it read a partner's facts whole and sorted them rather than walk them in id order).
    /// </summary>
    private const string CopyOfKey = "f2.document_sha256 = d2.content_sha256 AND f2.key = f.key AND f2.document_id = d2.id";

    /// <summary>
    /// The document of each fact, read by primary key fact by fact ("OFFSET 0" keeps the planner from turning it into
    /// a hash join): a filtered query reads a few thousand facts at most, and a hash join read the whole documents
    /// table (45 MB at 25,000 documents) for them, and for a page it gave up the id order that lets LIMIT stop early.
    /// </summary>
    private const string DocumentOfFact = """
        CROSS JOIN LATERAL (
            SELECT d.id, d.name, d.story_id, d.reference_date FROM documents d WHERE d.id = f.document_id OFFSET 0) d
        """;

    /// <summary>Every document of f's story that states f's value, in storing order; null outside any story (schema version 1).</summary>
    private const string SourcesColumn = $"""
        CASE WHEN d.story_id IS NULL THEN NULL
             WHEN {Sole} THEN ARRAY[d.name]
             ELSE (
                 SELECT array_agg(d2.name ORDER BY f2.id)
                 FROM documents d2 JOIN facts f2 ON {CopyOfKey}
                 WHERE d2.story_id = d.story_id AND {SameValue}) END
        """;

    /// <summary>f is the first stored copy of its value in its story: the row that lists it.</summary>
    private const string FirstCopy = $"""
        ({Sole} OR NOT EXISTS (
              SELECT 1 FROM documents d2 JOIN facts f2 ON {CopyOfKey}
              WHERE d2.story_id = d.story_id AND {SameValue} AND f2.id < f.id))
        """;

    /// <summary>
    /// Each fact once per story, with every document of the story that states it (as SqliteSql.QueryFacts). With a
    /// document, only the documents of its story are read (name and story_id indexes), and a fact is kept when that
    /// document states it.
    /// </summary>
    private static string QueryFactsSql(bool document, bool type, bool partner) => $"""
        SELECT f.id AS Id, d.name AS Document, f.fact_json AS FactJson, {SourcesColumn} AS Sources
        FROM facts f
        {(!document && (type || partner) ? DocumentOfFact : "JOIN documents d ON d.id = f.document_id")}
        WHERE {FirstCopy}
        {(document ? """
          AND d.id IN (
                SELECT id FROM documents WHERE name = @document
                UNION
                SELECT s.id FROM documents t JOIN documents s ON s.story_id = t.story_id WHERE t.name = @document)
        """ : "")}
        {(type ? "  AND f.type = @type" : "")}
        {(partner ? "  AND f.partner = @partner" : "")}
        {(document ? $"""
          AND (d.name = @document OR EXISTS (
              SELECT 1 FROM documents d2 JOIN facts f2 ON {CopyOfKey}
              WHERE d2.name = @document AND d2.story_id = d.story_id AND {SameValue}))
        """ : "")}
        ORDER BY d.name, f.id
        """;

    /// <summary>
    /// The facts query with each condition written only when its parameter is given: "(@partner IS NULL OR
    /// f.partner = @partner)" cannot use the partner index, and "(@document IS NULL OR ...)" visited every fact of
    /// the base with the story subqueries (30 s timeouts for a document or a region's details at 100,000 facts).
    /// </summary>
    public static string QueryFactsFor(bool document, bool type, bool partner) =>
        QueryFactsVariants[(document ? 4 : 0) + (partner ? 2 : 0) + (type ? 1 : 0)];

    private static readonly string[] QueryFactsVariants =
    [
        .. from document in new[] { false, true }
           from partner in new[] { false, true }
           from type in new[] { false, true }
           select QueryFactsSql(document, type, partner),
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

    /// <summary>
    /// Keyset paging on the fact id, each condition written only when given. A partner's page walks the
    /// (partner, id) or (partner, type, id) index (schema version 3) from @after in id order and stops when the page
    /// is full, where "(@partner IS NULL OR f.partner = @partner)" read every fact of the base, and the (partner,
    /// type) index every fact of the partner before sorting them (150 ms alone at a million facts). A period is
    /// compared with the stored time_from and time_to (schema version 5), which the (partner, id, time_from, time_to)
    /// index holds, so a partner's page in a period skips the facts outside it without reading their rows.
    /// </summary>
    private static string PageSql(bool type, bool partner, bool from, bool to, bool text) => $"""
        SELECT f.id AS Id, f.fact_json AS FactJson, {SourcesColumn} AS Sources
        FROM facts f
        {DocumentOfFact}
        WHERE f.id > @after
        {(type ? "  AND f.type = @type" : "")}
        {(partner ? "  AND f.partner = @partner" : "")}
        {(from ? "  AND f.time_to >= @from" : "")}
        {(to ? "  AND f.time_from <= @to" : "")}
        {(text ? "  AND f.quote ILIKE @text ESCAPE '\\'" : "")}
          AND {FirstCopy}
        ORDER BY f.id
        LIMIT @limit
        """;

    public static string PageFor(bool type, bool partner, bool from, bool to, bool text) =>
        PageVariants[(type ? 1 : 0) + (partner ? 2 : 0) + (from ? 4 : 0) + (to ? 8 : 0) + (text ? 16 : 0)];

    private static readonly string[] PageVariants =
    [
        .. from variant in Enumerable.Range(0, 32)
           select PageSql((variant & 1) != 0, (variant & 2) != 0, (variant & 4) != 0, (variant & 8) != 0, (variant & 16) != 0),
    ];

    /// <summary>
    /// The documents whose story has other documents too: only their facts can repeat one another (the natural key
    /// makes a key unique within one document), so the whole-base queries compare values among these alone.
    /// </summary>
    private const string Shared = """
        shared AS (
            SELECT d.id, d.story_id, d.name FROM documents d
            WHERE d.story_id IN (
                SELECT story_id FROM documents WHERE story_id IS NOT NULL GROUP BY story_id HAVING COUNT(*) > 1))
        """;

    /// <summary>A fact's value as SameValue compares it: the contract line without the copy's own fields, participants as a set.</summary>
    private const string ValueOfF = """
        ((f.fact_json::jsonb - ARRAY['doc', 'quote', 'start', 'end', 'sources', 'sectors', 'participants'])
            || jsonb_build_object('participants', (
                SELECT COALESCE(jsonb_agg(p ORDER BY p::text), '[]'::jsonb)
                FROM jsonb_array_elements(COALESCE(f.fact_json::jsonb -> 'participants', '[]'::jsonb)) AS p)))
        """;

    /// <summary>
    /// A fact several copies of one story state counts once, as the facts pages list it: every fact with a partner,
    /// less the later copies of a value within a story, numbered in one pass over the shared stories' facts. The
    /// correlated NOT EXISTS this replaces compared JSON for every fact of the base (38.9 s at a million facts).
    /// </summary>
    public const string CountByPartner = $"""
        WITH {Shared},
        repeats AS (
            SELECT partner, type, COUNT(*) AS n
            FROM (
                SELECT v.partner, v.type, row_number() OVER (PARTITION BY v.story_id, v.key, v.value ORDER BY v.id) AS copy
                FROM (
                    SELECT f.id, f.partner, f.type, f.key, s.story_id, {ValueOfF} AS value
                    FROM facts f JOIN shared s ON s.id = f.document_id
                    WHERE f.partner IS NOT NULL) v) numbered
            WHERE copy > 1
            GROUP BY partner, type)
        SELECT t.partner AS Partner, t.type AS Type, t.n - COALESCE(r.n, 0) AS Count
        FROM (SELECT partner, type, COUNT(*) AS n FROM facts WHERE partner IS NOT NULL GROUP BY partner, type) t
        LEFT JOIN repeats r ON r.partner = t.partner AND r.type = t.type
        ORDER BY t.partner, t.type
        """;

    /// <summary>
    /// One report per story: copies of one story are one source, not several confirmations of a figure, so only
    /// the first stored copy's figure is a report, with every copy that states it as its Sources. The copies of
    /// shared stories are numbered in one pass (row_number and array_agg over story, key and value); a document
    /// alone in its story is its facts' only source.
    /// </summary>
    public const string TradeReports = $"""
        WITH {Shared},
        copies AS (
            SELECT v.id,
                   row_number() OVER w AS copy,
                   array_agg(v.name) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS sources
            FROM (
                SELECT f.id, f.key, s.story_id, s.name, {ValueOfF} AS value
                FROM facts f JOIN shared s ON s.id = f.document_id
                WHERE f.type = 'trade') v
            WINDOW w AS (PARTITION BY v.story_id, v.key, v.value ORDER BY v.id))
        SELECT d.reference_date, f.fact_json,
               CASE WHEN d.story_id IS NULL THEN NULL ELSE COALESCE(c.sources, ARRAY[d.name]) END AS Sources
        FROM facts f
        JOIN documents d ON d.id = f.document_id
        LEFT JOIN copies c ON c.id = f.id
        WHERE f.type = 'trade' AND (c.copy IS NULL OR c.copy = 1)
        ORDER BY f.id
        """;

    public const string Version = """
        SELECT COALESCE((SELECT MAX(id) FROM documents), 0) AS MaxDocumentId,
               COALESCE((SELECT MAX(id) FROM facts), 0) AS MaxFactId,
               (SELECT COUNT(*) FROM documents) AS Documents
        """;
}
