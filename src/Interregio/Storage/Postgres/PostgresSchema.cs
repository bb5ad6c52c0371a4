using Interregio.Storage.Sqlite;

namespace Interregio.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema: the same tables, columns, keys and indexes as <see cref="SqliteSchema"/>, in PostgreSQL's
/// types (bigint identity keys, numeric amounts, date and timestamptz), with the same version numbers. The version a
/// database is at lives in schema_version; migrations run under a transaction-scoped advisory lock, so two processes
/// starting at once apply each migration exactly once.
/// </summary>
public static class PostgresSchema
{
    /// <summary>Any fixed number: the advisory lock every Interregio process takes to migrate.</summary>
    public const long MigrationLock = 0x496E74657252; // "InterR"

    /// <summary>The advisory lock a write holds while it assigns stories (see PostgresStories).</summary>
    public const long StoryLock = 0x496E74657253; // "InterS"

    public static readonly IReadOnlyList<SchemaMigration> Migrations =
    [
        new(1, "documents and facts", """
            CREATE TABLE documents (
                id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                name           text NOT NULL,
                content_sha256 text NOT NULL,
                reference_date date,
                source_path    text,
                language       text,
                title          text,
                text           text NOT NULL,
                ingested_at    timestamptz NOT NULL,
                CONSTRAINT documents_content_sha256_key UNIQUE (content_sha256),
                CONSTRAINT documents_name_key UNIQUE (name)
            );

            CREATE TABLE facts (
                id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                document_id     bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                document_sha256 text NOT NULL,
                type            text NOT NULL CHECK (type IN ('trade', 'meeting', 'enterprise', 'product', 'outlets', 'proposal', 'sector', 'target')),
                key             text NOT NULL,
                reporter        text,
                partner         text,
                flow            text,
                period_from     text,
                period_to       text,
                amount          numeric(20, 2),
                currency        text,
                qualifier       text,
                growth_pct      numeric(12, 2),
                name            text,
                country         text,
                canonical_id    text,
                hs              text,
                count           integer,
                kind            text,
                owner           text,
                topic           text,
                status          text,
                date            text,
                place           text,
                quote           text NOT NULL,
                quote_start     integer NOT NULL,
                quote_end       integer NOT NULL,
                fact_json       text NOT NULL,
                CONSTRAINT facts_natural_key UNIQUE (document_sha256, key)
            );

            CREATE INDEX facts_document_id ON facts (document_id);
            CREATE INDEX facts_partner_type ON facts (partner, type);
            CREATE INDEX facts_type ON facts (type);
            """),
        new(2, "stories: copies of one report in several outlets", """
            CREATE TABLE stories (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
            );

            ALTER TABLE documents ADD COLUMN story_id bigint REFERENCES stories (id);
            ALTER TABLE documents ADD COLUMN story_signature bytea;
            CREATE INDEX documents_story_id ON documents (story_id);

            CREATE TABLE story_bands (
                hash        bigint NOT NULL,
                document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                PRIMARY KEY (hash, document_id)
            );
            CREATE INDEX story_bands_document_id ON story_bands (document_id);
            """),
        new(3, "a partner's facts in id order", """
            CREATE INDEX facts_partner_id ON facts (partner, id);
            CREATE INDEX facts_partner_type_id ON facts (partner, type, id);
            DROP INDEX facts_partner_type;
            """),
        new(4, "text search of quotes through a trigram index", """
            -- q= is "quote ILIKE '%x%'": with this index PostgreSQL looks the pattern's trigrams up (3 characters or
            -- more) and rechecks the candidates, where it read every fact. pg_trgm is a trusted extension (PostgreSQL
            -- 13 and later), so the database owner may create it without being a superuser. It goes in public, not in
            -- the first schema of the search path, which may be a store's own schema that is dropped with it; the
            -- index names the operator class in whichever schema the extension was found.
            CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
            DO $$
            BEGIN
                EXECUTE format('CREATE INDEX facts_quote_trgm ON facts USING gin (quote %I.gin_trgm_ops)',
                    (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'));
            END
            $$;
            """),
        new(5, "a fact's time as stored columns, and a partner's facts in id order with their times", """
            -- A fact's time (period, date, or its report's date; YYYY-MM), as SQLite's version 5: the from/to
            -- filters compare these instead of computing them per row from the document, and a partner's page in a
            -- period checks them in the (partner, id, time_from, time_to) index before reading a row. The writer
            -- fills them (PostgresSql.MoveStaging); the rows stored before, this UPDATE.
            ALTER TABLE facts ADD COLUMN time_from text, ADD COLUMN time_to text;
            UPDATE facts f SET
                time_from = COALESCE(f.period_from, substr(f.date, 1, 7), to_char(d.reference_date, 'YYYY-MM')),
                time_to = COALESCE(f.period_to, substr(f.date, 1, 7), to_char(d.reference_date, 'YYYY-MM'))
            FROM documents d WHERE d.id = f.document_id;
            CREATE INDEX facts_partner_time ON facts (partner, id, time_from, time_to);
            """),
    ];

    public static int LatestVersion => Migrations[^1].Version;
}
