using Interregio.Storage.Postgres;
using Interregio.Storage.Sqlite;

namespace Interregio.Storage;

/// <summary>
/// Opens the fact base a --db value names: a postgres:// URL or an Npgsql connection string is PostgreSQL (the
/// shared server, for several ingest workers), anything else is an SQLite file (the embedded default).
/// </summary>
public static class FactDatabase
{
    public static bool IsPostgres(string db) => PostgresConnection.IsPostgres(db);

    /// <summary>Opens the store and brings its schema to the latest version; throws <see cref="FactStoreException"/> with one line.</summary>
    public static async Task<IFactStore> OpenAsync(string db, bool create = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(db);
        return IsPostgres(db)
            ? await PostgresFactStore.OpenAsync(db, cancellationToken: cancellationToken)
            : await SqliteFactStore.OpenAsync(db, create, cancellationToken: cancellationToken);
    }

    /// <summary>The read queries of the web API for a store opened from <paramref name="db"/>.</summary>
    public static IFactQueries QueriesFor(IFactStore store, string db) =>
        store as IFactQueries ?? new FactQueriesSqlite(db);

    /// <summary>What messages name: the file path, or the server without credentials.</summary>
    public static string Describe(IFactStore store, string db) => store switch
    {
        PostgresFactStore pg => pg.Display,
        _ => db,
    };

    /// <summary>What messages name before (or without) opening: the file path, or host, port and database only.</summary>
    public static string Describe(string db) => IsPostgres(db) ? PostgresConnection.Describe(db) : db;
}
