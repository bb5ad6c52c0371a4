using Interregio.Domain;
using Interregio.Storage;
using Interregio.Storage.Postgres;
using Interregio.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Interregio.Web.Tests;

/// <summary>
/// The seeded documents copied, in their order, into a PostgreSQL schema of their own, and the apps opened over it by
/// connection string: the API then answers from PostgreSQL (FactDatabase picks the store by the --db value).
/// INTERREGIO_TEST_PG names the server; without it <see cref="SkipReason"/> says why and the tests skip.
/// </summary>
public sealed class PostgresApiFixture : ApiFixture
{
    public const string Variable = "INTERREGIO_TEST_PG";

    private string? _admin;
    private string? _schema;

    public string? SkipReason { get; private set; }

    protected override async Task<string> DatabaseFor(SeededDatabase seeded)
    {
        _admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_admin))
        {
            SkipReason = $"PostgreSQL is not available: set {Variable} to an Npgsql connection string (.ci/run does)";
            return seeded.Path;
        }
        _schema = "web_" + Guid.NewGuid().ToString("N")[..16];
        await using (var c = new NpgsqlConnection(_admin))
        {
            await c.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {_schema}", c);
            await create.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(_admin) { SearchPath = _schema }.ConnectionString;
        await using var from = await SqliteFactStore.OpenAsync(seeded.Path, create: false);
        await using var to = await FactDatabase.OpenAsync(connection);
        var batch = new List<DocumentRecord>();
        // In the order they were seeded (id), so fact ids and paging run in the same order as on SQLite.
        foreach (var info in (await from.ListDocumentsAsync()).OrderBy(d => d.Id))
        {
            var text = (await from.FindDocumentAsync(info.Name))!.Text;
            var facts = new List<Fact>();
            await foreach (var f in from.QueryFactsAsync(new FactQuery { Document = info.Name }))
                facts.Add(f with { Sources = [] });
            batch.Add(new DocumentRecord(info.Name, info.ContentSha256, text, facts)
            {
                ReferenceDate = info.ReferenceDate,
                SourcePath = info.SourcePath,
                Language = info.Language,
                Title = info.Title,
            });
        }
        await to.WriteBatchAsync(batch);
        return connection;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_schema is null)
            return;
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(_admin);
        await c.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", c);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>Every API test of <see cref="ApiTests"/>, answered from PostgreSQL.</summary>
public sealed class PostgresApiTests : ApiTests, IClassFixture<PostgresApiFixture>
{
    public PostgresApiTests(PostgresApiFixture fixture)
        : base(fixture)
    {
        if (fixture.SkipReason is { } reason)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail(reason + "; CI=true requires it");
            Assert.Skip(reason);
        }
        _fixture = fixture;
    }

    private readonly PostgresApiFixture _fixture;

    [Fact]
    public void The_app_answers_from_the_postgres_store()
    {
        var store = _fixture.ReadOnly.Services.GetRequiredService<IFactStore>();
        Assert.IsType<PostgresFactStore>(store);
        Assert.Same(store, _fixture.ReadOnly.Services.GetRequiredService<IFactQueries>());
    }
}
