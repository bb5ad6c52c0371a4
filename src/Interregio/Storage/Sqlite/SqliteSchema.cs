namespace Interregio.Storage.Sqlite;

/// <summary>A schema change: the SQL that takes a database from <c>Version - 1</c> to <c>Version</c>.</summary>
public sealed record SchemaMigration(int Version, string Description, string Sql);

/// <summary>
/// The SQLite schema as numbered migrations. <c>PRAGMA user_version</c> holds the version a database is at (0 for a
/// new file); opening a store applies the missing migrations in order, each in its own transaction together with
/// the version bump, so a crash leaves the database at one version or the next, never between.
/// </summary>
/// <remarks>
/// A PostgreSQL store keeps the same tables, columns and constraints (bigint identity keys, text, numeric(18,2),
/// date for reference_date, timestamptz for ingested_at) in its own migrations. Append a migration here to change
/// the schema; never edit one that has shipped.
/// </remarks>
public static class SqliteSchema
{
    public static readonly IReadOnlyList<SchemaMigration> Migrations =
    [
        new(1, "documents and facts", """
            -- One row per distinct document content. name is the document's name as facts' "doc" gives it (the file
            -- name, or a corpus record's id); a changed file under the same name replaces its row.
            CREATE TABLE documents (
                id             INTEGER PRIMARY KEY,
                name           TEXT NOT NULL,
                content_sha256 TEXT NOT NULL,
                reference_date TEXT,           -- YYYY-MM-DD: the article's date, from which "last year" was read
                source_path    TEXT,
                language       TEXT,           -- en, ru
                title          TEXT,
                text           TEXT NOT NULL,  -- the text that facts' quote_start/quote_end refer to
                ingested_at    TEXT NOT NULL,  -- ISO 8601, UTC
                CONSTRAINT documents_content_sha256_key UNIQUE (content_sha256),
                CONSTRAINT documents_name_key UNIQUE (name)
            );

            -- One row per fact. The typed columns are for filtering; fact_json (the contract line) is what reads rebuild
            -- facts from. (document_sha256, key) is the natural key: re-ingesting a document adds nothing.
            CREATE TABLE facts (
                id              INTEGER PRIMARY KEY,
                document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                document_sha256 TEXT NOT NULL,
                type            TEXT NOT NULL CHECK (type IN ('trade', 'meeting', 'enterprise', 'product', 'outlets', 'proposal', 'sector', 'target')),
                key             TEXT NOT NULL,
                reporter        TEXT,
                partner         TEXT,
                flow            TEXT,
                period_from     TEXT,          -- YYYY-MM
                period_to       TEXT,          -- YYYY-MM, inclusive
                amount          NUMERIC,       -- units, not millions
                currency        TEXT,
                qualifier       TEXT,
                growth_pct      NUMERIC,
                name            TEXT,
                country         TEXT,
                canonical_id    TEXT,
                hs              TEXT,          -- first HS heading; fact_json has them all
                count           INTEGER,
                kind            TEXT,
                owner           TEXT,
                topic           TEXT,
                status          TEXT,
                date            TEXT,          -- YYYY-MM-DD
                place           TEXT,
                quote           TEXT NOT NULL,
                quote_start     INTEGER NOT NULL,
                quote_end       INTEGER NOT NULL,
                fact_json       TEXT NOT NULL,
                CONSTRAINT facts_natural_key UNIQUE (document_sha256, key)
            );

            -- Deleting a replaced document cascades to its facts: without this index every delete scans facts.
            CREATE INDEX facts_document_id ON facts (document_id);
            CREATE INDEX facts_partner_type ON facts (partner, type);
            CREATE INDEX facts_type ON facts (type);

            PRAGMA user_version = 1;
            """),
        new(2, "stories: copies of one report in several outlets", """
            -- A story is the documents that are copies or light rewrites of one report (Stories/StoryMatching.cs): a
            -- fact several of them state is listed once, with each of them as a source. A story with no document left
            -- is deleted by the write that removed its last one.
            CREATE TABLE stories (
                id INTEGER PRIMARY KEY
            );

            -- story_signature: the MinHash signature of the kept text, 128 little-endian 64-bit values; null for a
            -- text too short to have one (a story of its own) and for documents stored before this version.
            ALTER TABLE documents ADD COLUMN story_id INTEGER REFERENCES stories (id);
            ALTER TABLE documents ADD COLUMN story_signature BLOB;
            CREATE INDEX documents_story_id ON documents (story_id);

            -- One row per band of a document's signature; the key mixes in the band's number, so one column holds all
            -- 64 bands. Documents sharing a key are candidates for the same story, checked on the whole signature.
            CREATE TABLE story_bands (
                hash        INTEGER NOT NULL,
                document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                PRIMARY KEY (hash, document_id)
            ) WITHOUT ROWID;
            CREATE INDEX story_bands_document_id ON story_bands (document_id);

            PRAGMA user_version = 2;
            """),
        new(3, "a partner's facts in id order", """
            -- A page of one partner's facts (optionally of one type) walks these from the cursor in id order and stops
            -- when full; with (partner, type) alone PostgreSQL read and sorted all of a partner's facts (12,000 at a
            -- million). (partner, type, id) does all that (partner, type) did. SQLite's indexes end in the rowid
            -- anyway; the same indexes keep the two schemas alike.
            CREATE INDEX facts_partner_id ON facts (partner, id);
            CREATE INDEX facts_partner_type_id ON facts (partner, type, id);
            DROP INDEX facts_partner_type;

            PRAGMA user_version = 3;
            """),
        new(4, "text search of quotes through a trigram index", """
            -- q= is a case-insensitive substring of the quote. LIKE '%x%' read every fact in id order until a page
            -- filled (5,751 rows for "tractors" at a million facts). A phrase of trigrams is a substring: MATCH on this
            -- index finds it without a scan, for 3 characters or more (FactQueriesSqlite.TextMatch), folding case
            -- in every script, where LIKE folds ASCII only. External content: the quotes are stored once, in facts.
            -- The triggers keep the index in step with every delete (a replaced document's facts go by ON DELETE
            -- CASCADE, which fires them) and update. New facts are indexed by the store once per written batch
            -- (SqliteSql.IndexQuotes), not by an insert trigger: FTS5 writes its pending terms to disk at each
            -- statement a trigger runs in, and a trigger on the one-row fact inserts cut SQLite's write rate from
            -- 16,000 to 5,800 facts/s.
            CREATE VIRTUAL TABLE facts_quote USING fts5 (quote, content = 'facts', content_rowid = 'id', tokenize = 'trigram');

            CREATE TRIGGER facts_quote_delete AFTER DELETE ON facts BEGIN
                INSERT INTO facts_quote (facts_quote, rowid, quote) VALUES ('delete', old.id, old.quote);
            END;
            CREATE TRIGGER facts_quote_update AFTER UPDATE OF id, quote ON facts BEGIN
                INSERT INTO facts_quote (facts_quote, rowid, quote) VALUES ('delete', old.id, old.quote);
                INSERT INTO facts_quote (rowid, quote) VALUES (new.id, new.quote);
            END;

            -- The facts stored before this version.
            INSERT INTO facts_quote (facts_quote) VALUES ('rebuild');

            PRAGMA user_version = 4;
            """),
        new(5, "a fact's time as stored columns, and a partner's facts in id order with their times", """
            -- A fact's time: its period (trade), its date (meeting), or else its report's date, as first and last
            -- month (YYYY-MM). The from/to filters compare these. Computed per row from the document's date, they made
            -- a partner's page in a period read every row of the partner and its document until 100 matched (309 ms
            -- p99 at a million facts); stored, and in an index after the partner and id, the page finds its ids in
            -- the index alone. The writer fills them (SqliteSql.InsertFact); the rows stored before, this UPDATE.
            ALTER TABLE facts ADD COLUMN time_from TEXT;
            ALTER TABLE facts ADD COLUMN time_to TEXT;
            UPDATE facts SET
                time_from = COALESCE(period_from, substr(date, 1, 7), (SELECT substr(d.reference_date, 1, 7) FROM documents d WHERE d.id = facts.document_id)),
                time_to = COALESCE(period_to, substr(date, 1, 7), (SELECT substr(d.reference_date, 1, 7) FROM documents d WHERE d.id = facts.document_id));
            CREATE INDEX facts_partner_time ON facts (partner, id, time_from, time_to);

            PRAGMA user_version = 5;
            """),
    ];

    public static int LatestVersion => Migrations[^1].Version;
}
