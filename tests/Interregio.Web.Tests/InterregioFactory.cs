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

/// <summary>One seeded database and two apps over it: writes off (no token) and writes on.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string Token = "test-token-5f2c";

    public SeededDatabase Database { get; private set; } = null!;

    public InterregioFactory ReadOnly { get; private set; } = null!;

    public InterregioFactory Writable { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Database = await SeededDatabase.CreateAsync();
        ReadOnly = new InterregioFactory(Database.Path, token: null);
        Writable = new InterregioFactory(Database.Path, Token);
    }

    public async ValueTask DisposeAsync()
    {
        await ReadOnly.DisposeAsync();
        await Writable.DisposeAsync();
        await Database.DisposeAsync();
    }
}
