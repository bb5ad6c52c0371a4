using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Interregio.Web.Tests;

/// <summary>The app over a seeded temporary database, with or without a write token.</summary>
public sealed class InterregioFactory(string database, string? token) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton(new WebOptions { Database = database, Token = token }));
}

/// <summary>
/// One seeded database and two apps over it: writes off (no token) and writes on. <see cref="DatabaseFor"/> names the
/// database the apps open (the SQLite file here; a subclass copies the seed into PostgreSQL, PostgresApiTests.cs).
/// </summary>
public class ApiFixture : IAsyncLifetime
{
    public const string Token = "test-token-5f2c";

    public SeededDatabase Database { get; private set; } = null!;

    public InterregioFactory ReadOnly { get; private set; } = null!;

    public InterregioFactory Writable { get; private set; } = null!;

    protected virtual Task<string> DatabaseFor(SeededDatabase seeded) => Task.FromResult(seeded.Path);

    public async ValueTask InitializeAsync()
    {
        Database = await SeededDatabase.CreateAsync();
        var database = await DatabaseFor(Database);
        ReadOnly = new InterregioFactory(database, token: null);
        Writable = new InterregioFactory(database, Token);
    }

    public virtual async ValueTask DisposeAsync()
    {
        await ReadOnly.DisposeAsync();
        await Writable.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
