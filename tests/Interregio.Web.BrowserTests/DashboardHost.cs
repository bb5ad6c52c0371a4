using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Interregio.Web.BrowserTests;

/// <summary>
/// The web app as `interregio serve` builds it (InterregioWebApp.Build), listening on a free loopback port: Chromium
/// needs a real socket, which WebApplicationFactory's in-memory server does not give. The pages are served from the
/// repository's wwwroot, so the tests see the files as they are in the tree.
/// </summary>
public sealed class DashboardHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DashboardHost(WebApplication app, string baseUrl) => (_app, BaseUrl) = (app, baseUrl);

    public string BaseUrl { get; }

    public static async Task<DashboardHost> StartAsync(string dbPath, string webRoot)
    {
        var baseUrl = $"http://127.0.0.1:{FreeLoopbackPort()}";
        // Only warnings and errors: a request log per page load would bury the test results.
        var app = InterregioWebApp.Build(new WebOptions { Database = dbPath, Urls = [baseUrl], WebRoot = webRoot },
            b => b.Logging.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync();
        return new DashboardHost(app, baseUrl);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
