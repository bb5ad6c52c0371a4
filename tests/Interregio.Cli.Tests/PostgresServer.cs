using System.Globalization;
using System.Text;
using Interregio.Storage;
using Npgsql;

namespace Interregio.Cli.Tests;

/// <summary>
/// A throwaway database on the test server for one test: created through the admin connection INTERREGIO_TEST_PG
/// names (.ci/run starts a cluster on 127.0.0.1 and sets it) and dropped afterwards, connections and all. Without the
/// variable a test skips, saying why; under CI=true it fails.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string Variable = "INTERREGIO_TEST_PG";

    private readonly string _admin;

    private PostgresServer(string admin, string database)
    {
        _admin = admin;
        Database = database;
        var b = new NpgsqlConnectionStringBuilder(admin) { Database = database };
        ConnectionString = b.ConnectionString;
        var user = Uri.EscapeDataString(b.Username ?? "postgres") + (b.Password is { Length: > 0 } p ? ":" + Uri.EscapeDataString(p) : "");
        Url = $"postgres://{user}@{b.Host}:{b.Port.ToString(CultureInfo.InvariantCulture)}/{database}";
    }

    public string Database { get; }

    /// <summary>The database as an Npgsql connection string, one form --db accepts.</summary>
    public string ConnectionString { get; }

    /// <summary>The database as a postgres:// URL, the other form --db accepts.</summary>
    public string Url { get; }

    public static async Task<PostgresServer> CreateDatabaseAsync()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            var reason = $"PostgreSQL is not available: set {Variable} to an Npgsql connection string of a user who may create databases";
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail(reason + "; CI=true requires it");
            Assert.Skip(reason);
        }
        var name = "interregio_cli_" + Guid.NewGuid().ToString("N")[..12];
        await using var c = new NpgsqlConnection(admin);
        await c.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE {name}", c))
            await create.ExecuteNonQueryAsync();
        return new PostgresServer(admin!, name);
    }

    /// <summary>One scalar from the test database.</summary>
    public async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var c = new NpgsqlConnection(ConnectionString);
        await c.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, c);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Every stored fact row (its document's name and its contract line), sorted, and the documents with their fact
    /// counts. Rows, not `facts` output: that lists a fact once per story, and which copies form a story depends on
    /// the order documents arrive in, which is exactly what differs between concurrent workers.
    /// </summary>
    public async Task<(List<string> Facts, Dictionary<string, int> Documents)> ContentAsync(CancellationToken cancellationToken)
    {
        await using var c = new NpgsqlConnection(ConnectionString);
        await c.OpenAsync(cancellationToken);
        var lines = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT d.name, f.fact_json FROM facts f JOIN documents d ON d.id = f.document_id", c))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                lines.Add(reader.GetString(0) + "\t" + reader.GetString(1));
        }
        lines.Sort(StringComparer.Ordinal);
        await using var store = await FactDatabase.OpenAsync(ConnectionString, cancellationToken: cancellationToken);
        var documents = (await store.ListDocumentsAsync(cancellationToken)).ToDictionary(d => d.Name, d => d.Facts);
        return (lines, documents);
    }

    /// <summary>How many documents are committed; 0 while the first process has not created the schema yet.</summary>
    public async Task<long> CommittedDocumentsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ScalarAsync("SELECT COUNT(*) FROM documents", cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(_admin);
        await c.OpenAsync();
        // FORCE: a killed worker's backend may still be closing.
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", c);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>Articles generated for the multi-process tests: each with its own figures, so each its own content.</summary>
public static class GeneratedArticles
{
    private static readonly string[] Regions = ["Penza Oblast", "Samara Oblast", "Kaluga Oblast", "Smolensk Oblast", "Bryansk Oblast", "Tula Oblast"];

    /// <summary>Writes articles <paramref name="from"/> up to (not including) <paramref name="to"/> into the folder.</summary>
    public static string Write(string folder, int from, int to)
    {
        Directory.CreateDirectory(folder);
        for (var i = from; i < to; i++)
        {
            var region = Regions[i % Regions.Length];
            var text = string.Create(CultureInfo.InvariantCulture, $"""
                MINSK, {1 + i % 28} May 2024 (BelTA) – Trade between Belarus and {region} reached ${200 + i} million in 2023, up {1 + i % 17}% year-on-year.
                Belarusian exports to the region came to ${120 + i} million, the embassy said.

                """);
            File.WriteAllText(Path.Combine(folder, $"gen_{i:D5}.txt"), text, new UTF8Encoding(false));
        }
        return folder;
    }
}
