using System.Text.Json;
using Interregio.Stories;
using Microsoft.Data.Sqlite;

namespace Interregio.Storage.Sqlite;

/// <summary>
/// Story membership inside one write transaction of <see cref="SqliteFactStore"/> (schema version 2): each new
/// document joins the story of its most similar stored copy (<see cref="StoryMatching"/>) or starts one, and a story
/// whose last document was replaced away is deleted. SQLite has one writer at a time, so nothing else can assign a
/// story between the lookup and the insert.
/// </summary>
internal sealed class SqliteStories : IDisposable
{
    /// <summary>
    /// The stored copies worth checking, in one statement: under each band key (in @keys) the first @per_key documents
    /// (see <see cref="StoryMatching.MaxPerBandKey"/>: a key of template furniture holds hundreds), counted per document,
    /// the @limit sharing the most keys first (<see cref="StoryMatching.MostShared"/>'s order), with their story and
    /// signature. One statement instead of 64 per document: the lookups were over half of the SQLite writer's time.
    /// </summary>
    private const string CandidatesSql = """
        SELECT d.story_id, d.story_signature
        FROM (
            SELECT j.value AS document_id, COUNT(*) AS shared
            FROM json_each(@keys) AS k,
                 json_each((SELECT json_group_array(b.document_id) FROM (
                     SELECT document_id FROM story_bands WHERE hash = k.value AND document_id <> @id LIMIT @per_key) AS b)) AS j
            GROUP BY j.value
            ORDER BY shared DESC, j.value
            LIMIT @limit) AS s
        JOIN documents d ON d.id = s.document_id
        WHERE d.story_id IS NOT NULL AND d.story_signature IS NOT NULL
        ORDER BY s.shared DESC, s.document_id
        """;

    private const string NewStorySql = "INSERT INTO stories DEFAULT VALUES RETURNING id";

    private const string SetStorySql = "UPDATE documents SET story_id = @story, story_signature = @signature WHERE id = @id";

    private const string InsertBandsSql = "INSERT INTO story_bands (hash, document_id) SELECT DISTINCT value, @id FROM json_each(@keys)";

    private const string StoryOfSql = "SELECT story_id FROM documents WHERE id = @id";

    private const string DeleteIfEmptySql = "DELETE FROM stories WHERE id = @story AND NOT EXISTS (SELECT 1 FROM documents WHERE story_id = @story)";

    private readonly SqliteCommand _candidates;
    private readonly SqliteCommand _newStory;
    private readonly SqliteCommand _setStory;
    private readonly SqliteCommand _insertBands;
    private readonly SqliteCommand _storyOf;
    private readonly SqliteCommand _deleteIfEmpty;

    public SqliteStories(SqliteConnection connection, SqliteTransaction tx)
    {
        _candidates = Prepare(connection, tx, CandidatesSql, "@keys", "@id", "@per_key", "@limit");
        _newStory = Prepare(connection, tx, NewStorySql);
        _setStory = Prepare(connection, tx, SetStorySql, "@story", "@signature", "@id");
        _insertBands = Prepare(connection, tx, InsertBandsSql, "@id", "@keys");
        _storyOf = Prepare(connection, tx, StoryOfSql, "@id");
        _deleteIfEmpty = Prepare(connection, tx, DeleteIfEmptySql, "@story");
    }

    /// <summary>The story a stored document is in (null before schema version 2): read before the document is deleted.</summary>
    public long? StoryOf(long documentId)
    {
        _storyOf.Parameters[0].Value = documentId;
        return _storyOf.ExecuteScalar() as long?;
    }

    /// <summary>Puts a just-inserted document into its story and files its band keys; returns the story.</summary>
    public long Assign(long documentId, StorySignature signature)
    {
        var keys = signature.BandKeys();
        var keysJson = JsonSerializer.Serialize(keys);
        long? story = null;
        if (keys.Length > 0)
        {
            _candidates.Parameters[0].Value = keysJson;
            _candidates.Parameters[1].Value = documentId;
            _candidates.Parameters[2].Value = StoryMatching.MaxPerBandKey;
            _candidates.Parameters[3].Value = StoryMatching.MaxCandidates;
            var candidates = new List<StoryCandidate>();
            using (var reader = _candidates.ExecuteReader())
            {
                while (reader.Read())
                    candidates.Add(new StoryCandidate(reader.GetInt64(0), StorySignature.FromBytes((byte[])reader.GetValue(1))));
            }
            story = StoryMatching.BestStory(signature, candidates);
        }
        story ??= (long)_newStory.ExecuteScalar()!;

        _setStory.Parameters[0].Value = story.Value;
        _setStory.Parameters[1].Value = keys.Length > 0 ? signature.ToBytes() : DBNull.Value;
        _setStory.Parameters[2].Value = documentId;
        _setStory.ExecuteNonQuery();
        if (keys.Length > 0)
        {
            _insertBands.Parameters[0].Value = documentId;
            _insertBands.Parameters[1].Value = keysJson;
            _insertBands.ExecuteNonQuery();
        }
        return story.Value;
    }

    /// <summary>Deletes the story if no document is left in it (its last copy was replaced by other content).</summary>
    public void DeleteIfEmpty(long storyId)
    {
        _deleteIfEmpty.Parameters[0].Value = storyId;
        _deleteIfEmpty.ExecuteNonQuery();
    }

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

    public void Dispose()
    {
        _candidates.Dispose();
        _newStory.Dispose();
        _setStory.Dispose();
        _insertBands.Dispose();
        _storyOf.Dispose();
        _deleteIfEmpty.Dispose();
    }
}
