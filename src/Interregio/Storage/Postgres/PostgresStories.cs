using Interregio.Stories;
using Npgsql;
using NpgsqlTypes;

namespace Interregio.Storage.Postgres;

/// <summary>
/// Story membership inside one write transaction of <see cref="PostgresFactStore"/> (schema version 2), the same
/// rules as the SQLite store: each new document joins the story of its most similar stored copy
/// (<see cref="StoryMatching"/>) or starts one; a story whose last document was replaced away is deleted.
/// </summary>
/// <remarks>
/// Several ingest processes write at once, and two of them may hold copies of one story: each would look up the
/// other's copy, not see it (it is not committed yet) and start a story of its own, splitting the story for good.
/// So assignment runs under one transaction-scoped advisory lock (<see cref="PostgresSchema.StoryLock"/>), taken as
/// the last step before commit and released by it: the second writer waits, then sees the first one's committed
/// copies and band keys. One lock rather than one per band key: a batch has up to 64 keys per document, thousands
/// of locks would overflow the lock table, and taking them in a fixed order would still serialise overlapping
/// batches. Deleting an empty story happens under the same lock, so no writer can join a story as it disappears.
/// Only this short step is serialised; extraction, the document inserts and the fact COPY run in parallel.
/// </remarks>
internal static class PostgresStories
{
    private const string LockSql = "SELECT pg_advisory_xact_lock(@key)";

    /// <summary>
    /// The documents sharing the most band keys with @keys, reading at most @per_key under each key (see
    /// <see cref="StoryMatching.MaxPerBandKey"/>: a key of template furniture holds hundreds), in one round trip.
    /// </summary>
    private const string CandidatesSql = """
        SELECT d.story_id, d.story_signature
        FROM (
            SELECT c.document_id, COUNT(*) AS shared
            FROM unnest(@keys) AS k(hash)
            CROSS JOIN LATERAL (
                SELECT b.document_id FROM story_bands b
                WHERE b.hash = k.hash AND b.document_id <> @id
                LIMIT @per_key) c
            GROUP BY c.document_id
            ORDER BY shared DESC, c.document_id
            LIMIT @limit) s
        JOIN documents d ON d.id = s.document_id
        WHERE d.story_id IS NOT NULL AND d.story_signature IS NOT NULL
        """;

    /// <summary>
    /// Files a document in one round trip: starts a story when @story is null (no copy matched), sets the
    /// document's story and signature, and inserts its band keys (none for an empty @keys). Three statements, one
    /// each, made ingest wait on the server three times per document.
    /// </summary>
    private const string AssignSql = """
        WITH new_story AS (INSERT INTO stories SELECT WHERE @story::bigint IS NULL RETURNING id),
        filed AS (
            UPDATE documents SET story_id = COALESCE(@story, (SELECT id FROM new_story)), story_signature = @signature
            WHERE id = @id)
        INSERT INTO story_bands (hash, document_id) SELECT DISTINCT k, @id FROM unnest(@keys) AS k
        """;

    private const string DeleteIfEmptySql = "DELETE FROM stories WHERE id = @story AND NOT EXISTS (SELECT 1 FROM documents WHERE story_id = @story)";

    /// <summary>
    /// Assigns the stories of the documents this transaction inserted, then deletes the stories left empty by the
    /// documents it replaced. Call last, just before commit: the lock is held until then.
    /// </summary>
    public static async Task AssignAsync(
        NpgsqlConnection connection, NpgsqlTransaction tx,
        IReadOnlyList<(long DocumentId, StorySignature Signature)> inserted, IReadOnlyCollection<long> leftStories,
        CancellationToken cancellationToken)
    {
        if (inserted.Count == 0 && leftStories.Count == 0)
            return;
        await using (var lockCommand = new NpgsqlCommand(LockSql, connection, tx))
        {
            lockCommand.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Bigint) { Value = PostgresSchema.StoryLock });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var candidates = Command(connection, tx, CandidatesSql, ("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint), ("id", NpgsqlDbType.Bigint), ("per_key", NpgsqlDbType.Integer), ("limit", NpgsqlDbType.Integer));
        await using var assign = Command(connection, tx, AssignSql,
            ("story", NpgsqlDbType.Bigint), ("signature", NpgsqlDbType.Bytea), ("id", NpgsqlDbType.Bigint), ("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint));
        await using var deleteIfEmpty = Command(connection, tx, DeleteIfEmptySql, ("story", NpgsqlDbType.Bigint));

        foreach (var (documentId, signature) in inserted)
        {
            var keys = signature.BandKeys();
            long? story = null;
            if (keys.Length > 0)
            {
                candidates.Parameters[0].Value = keys;
                candidates.Parameters[1].Value = documentId;
                candidates.Parameters[2].Value = StoryMatching.MaxPerBandKey;
                candidates.Parameters[3].Value = StoryMatching.MaxCandidates;
                var found = new List<StoryCandidate>();
                await using (var reader = await candidates.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                        found.Add(new StoryCandidate(reader.GetInt64(0), StorySignature.FromBytes(reader.GetFieldValue<byte[]>(1))));
                }
                story = StoryMatching.BestStory(signature, found);
            }
            assign.Parameters[0].Value = story is { } s ? s : DBNull.Value;
            assign.Parameters[1].Value = keys.Length > 0 ? signature.ToBytes() : DBNull.Value;
            assign.Parameters[2].Value = documentId;
            assign.Parameters[3].Value = keys;
            await assign.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var story in leftStories)
        {
            deleteIfEmpty.Parameters[0].Value = story;
            await deleteIfEmpty.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, params (string Name, NpgsqlDbType Type)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, tx);
        foreach (var (name, type) in parameters)
            command.Parameters.Add(new NpgsqlParameter(name, type) { Value = DBNull.Value });
        return command;
    }
}
