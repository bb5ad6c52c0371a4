using Interregio.Storage;
using Interregio.Web.Endpoints;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;

namespace Interregio.Web;

/// <summary>
/// The web app as a library: <c>interregio serve</c>, the standalone Program and the tests all build it here.
/// Routes: /api/* (JSON, problem details on error), /openapi/v1.json, /scalar (the API reference), /health, and the
/// dashboard's static files from wwwroot when it is present.
/// </summary>
public static class InterregioWebApp
{
    public static WebApplication Build(WebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var remote = options.NonLoopbackUrls();
        if (remote.Count > 0 && !options.AllowRemote)
            throw new InvalidOperationException(
                $"{string.Join(", ", remote)} is not a loopback address; binding it needs the explicit option to allow remote clients");

        var webRoot = options.WebRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Directory.Exists(webRoot) ? webRoot : null,
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            // Room for a batch of articles; far below what could exhaust memory.
            k.Limits.MaxRequestBodySize = 32 * 1024 * 1024;
        });

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        // Resolved from the registered options (not the captured ones) so tests can point the app at their own database.
        // Database is an SQLite file or a PostgreSQL URL / connection string (FactDatabase chooses by its form).
        builder.Services.AddSingleton<IFactStore>(sp =>
            FactDatabase.OpenAsync(sp.GetRequiredService<WebOptions>().Database).GetAwaiter().GetResult());
        // The store creates the file (or migrates the server's schema) first; PostgreSQL's store is its own queries.
        builder.Services.AddSingleton<IFactQueries>(sp =>
            FactDatabase.QueriesFor(sp.GetRequiredService<IFactStore>(), sp.GetRequiredService<WebOptions>().Database));
        builder.Services.AddSingleton<AnalyticsCache>();
        builder.Services.ConfigureHttpJsonOptions(o => WebJson.Configure(o.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => OpenApiDocumentSetup.Configure(o));
        configure?.Invoke(builder);

        var app = builder.Build();
        // Open the store (and migrate it) before the first request, not inside it: dependency injection resolves the
        // singleton synchronously, so 50 requests arriving at once each blocked a thread-pool thread on the open and
        // a PostgreSQL server answered none of them for seconds while the pool grew.
        app.Services.GetRequiredService<IFactQueries>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.Use(static (context, next) =>
        {
            // Responses are what they say they are: a browser never sniffs JSON or a quote into HTML.
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
        if (app.Environment.WebRootPath is { } root && Directory.Exists(root))
        {
            var files = new PhysicalFileProvider(root);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("Interregio API"));
        app.MapRegionEndpoints();
        app.MapFactEndpoints();
        app.MapDocumentEndpoints();
        app.MapAnalyticsEndpoints();
        app.MapDashboardEndpoints();
        return app;
    }
}
