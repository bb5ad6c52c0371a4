namespace Interregio.Storage.Postgres;

/// <summary>Every statement the PostgreSQL store runs, as constants with parameters (Dapper caches per SQL text).</summary>
internal static class PostgresSql
{
    public const string Lock = "SELECT pg_advisory_xact_lock(@key)";

    public const string CreateVersionTable = "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)";

    public const string CurrentVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_version";

    public const string RecordVersion = "INSERT INTO schema_version (version) VALUES (@version)";

    public const string DocumentIdByContent = "SELECT id FROM documents WHERE content_sha256 = @sha";

    /// <summary>
    /// The stored document this one replaces: same name, other content. The content test matters when several
    /// processes ingest the same file: one can commit it between our content look-up and this one, and a bare name
    /// match would then delete its copy and count ours as "replaced"; with the test we go on to the insert, whose
    /// ON CONFLICT makes it "unchanged".
    /// </summary>
    public const string DocumentIdByName = "SELECT id FROM documents WHERE name = @name AND content_sha256 <> @sha";

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

    /// <summary>COPY cannot skip conflicts, so facts land in a staging table and move on with ON CONFLICT DO NOTHING.</summary>
    public const string MoveStaging = """
        INSERT INTO facts (document_id, document_sha256, type, key, reporter, partner, flow, period_from, period_to,
            amount, currency, qualifier, growth_pct, name, country, canonical_id, hs, count, kind, owner, topic, status,
            date, place, quote, quote_start, quote_end, fact_json)
        SELECT document_id, document_sha256, type, key, reporter, partner, flow, period_from, period_to,
            amount, currency, qualifier, growth_pct, name, country, canonical_id, hs, count, kind, owner, topic, status,
            date, place, quote, quote_start, quote_end, fact_json
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

    /// <summary>Each fact once per story, with every document of the story that states it (as SqliteSql.QueryFacts).</summary>
    public const string QueryFacts = $"""
        SELECT f.id AS Id, d.name AS Document, f.fact_json AS FactJson,
               CASE WHEN d.story_id IS NULL THEN NULL ELSE (
                   SELECT array_agg(d2.name ORDER BY f2.id)
                   FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
                   WHERE d2.story_id = d.story_id AND f2.key = f.key AND {SameValue}) END AS Sources
        FROM facts f
        JOIN documents d ON d.id = f.document_id
        WHERE (@type::text IS NULL OR f.type = @type)
          AND (@partner::text IS NULL OR f.partner = @partner)
          AND NOT EXISTS (
              SELECT 1 FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
              WHERE d2.story_id = d.story_id AND f2.key = f.key AND {SameValue} AND f2.id < f.id)
          AND (@document::text IS NULL OR d.name = @document OR EXISTS (
              SELECT 1 FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
              WHERE d2.name = @document AND d2.story_id = d.story_id AND f2.key = f.key AND {SameValue}))
        ORDER BY d.name, f.id
        """;

    private const string DocumentColumns = """
        d.id AS Id, d.name AS Name, d.content_sha256 AS ContentSha256, d.reference_date AS ReferenceDate,
        d.source_path AS SourcePath, d.language AS Language, d.title AS Title, d.ingested_at AS IngestedAt,
        (SELECT COUNT(*) FROM facts f WHERE f.document_id = d.id) AS Facts
        """;

    public const string ListDocuments = "SELECT " + DocumentColumns + " FROM documents d ORDER BY d.name";

    public const string FindDocument = "SELECT " + DocumentColumns + ", d.text AS Text FROM documents d WHERE d.name = @name";

    public const string CountDocuments = "SELECT COUNT(*) FROM documents";

    public const string CountFactsByType = "SELECT type AS Type, COUNT(*) AS Count FROM facts GROUP BY type";

    public const string Page = $"""
        SELECT f.id AS Id, f.fact_json AS FactJson,
               CASE WHEN d.story_id IS NULL THEN NULL ELSE (
                   SELECT array_agg(d2.name ORDER BY f2.id)
                   FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
                   WHERE d2.story_id = d.story_id AND f2.key = f.key AND {SameValue}) END AS Sources
        FROM facts f
        JOIN documents d ON d.id = f.document_id
        WHERE f.id > @after
          AND NOT EXISTS (
              SELECT 1 FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
              WHERE d2.story_id = d.story_id AND f2.key = f.key AND {SameValue} AND f2.id < f.id)
          AND (@type::text IS NULL OR f.type = @type)
          AND (@partner::text IS NULL OR f.partner = @partner)
          AND (@from::text IS NULL OR COALESCE(f.period_to, substr(f.date, 1, 7), to_char(d.reference_date, 'YYYY-MM')) >= @from)
          AND (@to::text IS NULL OR COALESCE(f.period_from, substr(f.date, 1, 7), to_char(d.reference_date, 'YYYY-MM')) <= @to)
          AND (@text::text IS NULL OR f.quote ILIKE @text ESCAPE '\')
        ORDER BY f.id
        LIMIT @limit
        """;

    /// <summary>A fact several copies of one story state counts once, as the facts pages list it.</summary>
    public const string CountByPartner = $"""
        SELECT f.partner AS Partner, f.type AS Type, COUNT(*) AS Count
        FROM facts f
        JOIN documents d ON d.id = f.document_id
        WHERE f.partner IS NOT NULL
          AND NOT EXISTS (
              SELECT 1 FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
              WHERE d2.story_id = d.story_id AND f2.key = f.key AND {SameValue} AND f2.id < f.id)
        GROUP BY f.partner, f.type
        ORDER BY f.partner, f.type
        """;

    /// <summary>
    /// One report per story: copies of one story are one source, not several confirmations of a figure, so only
    /// the first stored copy's figure is a report, with every copy that states it as its Sources.
    /// </summary>
    public const string TradeReports = $"""
        SELECT d.reference_date, f.fact_json,
               CASE WHEN d.story_id IS NULL THEN NULL ELSE (
                   SELECT array_agg(d2.name ORDER BY f2.id)
                   FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
                   WHERE d2.story_id = d.story_id AND f2.key = f.key AND {SameValue}) END AS Sources
        FROM facts f
        JOIN documents d ON d.id = f.document_id
        WHERE f.type = 'trade'
          AND NOT EXISTS (
              SELECT 1 FROM documents d2 JOIN facts f2 ON f2.document_id = d2.id
              WHERE d2.story_id = d.story_id AND f2.key = f.key AND {SameValue} AND f2.id < f.id)
        ORDER BY f.id
        """;

    public const string Version = """
        SELECT COALESCE((SELECT MAX(id) FROM documents), 0) AS MaxDocumentId,
               COALESCE((SELECT MAX(id) FROM facts), 0) AS MaxFactId,
               (SELECT COUNT(*) FROM documents) AS Documents
        """;
}
