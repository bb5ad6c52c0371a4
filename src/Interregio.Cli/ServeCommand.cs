using System.CommandLine;
using Interregio.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Interregio.Cli;

/// <summary>
/// interregio serve [--db] [--urls] [--token] [--allow-remote]: the REST API and the dashboard over the database, on
/// http://127.0.0.1:5080 unless told otherwise. Another machine can reach it only when --allow-remote says so.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = CommandOptions.Database();
        var urls = Urls();
        var token = Token();
        var allowRemote = AllowRemote();
        var cmd = new Command("serve", "Serve the REST API and the dashboard over the database (http://127.0.0.1:5080 by default)")
        {
            db, urls, token, allowRemote,
        };
        cmd.SetAction(async (parse, cancellationToken) =>
        {
            var options = Options(parse.GetValue(db)!, parse.GetValue(urls), parse.GetValue(token), parse.GetValue(allowRemote));
            if (options is null)
                return ExitCodes.Usage;
            // A missing or foreign database is one line now, not a stack trace on the first request.
            var store = await CommandOptions.OpenExistingAsync(options.Database, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            await store.DisposeAsync();
            return await RunAsync(options, cancellationToken);
        });
        return cmd;
    }

    public static Option<string?> Urls() => new("--urls")
    {
        Description = $"the addresses to listen on, separated by ';' (default {WebOptions.DefaultUrl}); a port of 0 picks a free one",
    };

    public static Option<string?> Token() => new("--token")
    {
        Description = $"the bearer token POST /api/documents requires (default ${WebOptions.TokenVariable}); without one, writes are off",
    };

    public static Option<bool> AllowRemote() => new("--allow-remote")
    {
        Description = "allow listening on an address other than loopback, so other machines can reach the server",
    };

    /// <summary>The web options from the command line, or null after one line on stderr naming what is wrong.</summary>
    public static WebOptions? Options(string database, string? urls, string? token, bool allowRemote)
    {
        var list = string.IsNullOrWhiteSpace(urls)
            ? [WebOptions.DefaultUrl]
            : urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        foreach (var url in list)
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https"))
            {
                CommandOptions.UsageError($"--urls '{url}' is not an http:// or https:// address with a host and port");
                return null;
            }
        }
        var options = new WebOptions
        {
            Database = database,
            Urls = list,
            Token = WebOptions.ResolveToken(token),
            AllowRemote = allowRemote,
        };
        var remote = options.NonLoopbackUrls();
        if (remote.Count > 0 && !allowRemote)
        {
            CommandOptions.UsageError($"{string.Join(", ", remote)} is not a loopback address; add --allow-remote to let other machines connect");
            return null;
        }
        if (remote.Count > 0 && !options.WritesEnabled)
            Console.Error.WriteLine($"interregio: warning: listening on {string.Join(", ", remote)} without a token: anyone who can reach it reads the whole database (writes stay off)");
        return options;
    }

    /// <summary>Serves until Ctrl+C (or the token) asks it to stop; a clean stop is exit code 0.</summary>
    public static async Task<int> RunAsync(WebOptions options, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = InterregioWebApp.Build(options, b =>
            {
                // The command prints where it listens itself; per-request logs would drown the terminal.
                b.Logging.SetMinimumLevel(LogLevel.Warning);
                b.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
                // Open requests get a second to finish: System.CommandLine gives the command two after Ctrl+C.
                b.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
            });
        }
        catch (InvalidOperationException e)
        {
            return CommandOptions.UsageError(e.Message);
        }
        await using (app)
        {
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException e)
            {
                // Kestrel's "address already in use" and the like.
                return CommandOptions.UsageError($"cannot listen on {string.Join(", ", options.Urls)}: {e.Message}");
            }
            foreach (var url in app.Urls)
                Console.Out.WriteLine($"Interregio is serving {CommandOptions.Describe(options.Database)} at {url}");
            Console.Out.WriteLine(options.WritesEnabled ? "Writes (POST /api/documents) need the token. Press Ctrl+C to stop." : "Read-only (no token set). Press Ctrl+C to stop.");
            await Console.Out.FlushAsync(CancellationToken.None);
            // Ctrl+C (System.CommandLine cancels the token, the host hears SIGINT too) stops the host and returns here.
            await app.WaitForShutdownAsync(cancellationToken);
        }
        Console.Out.WriteLine("Stopped.");
        return ExitCodes.Success;
    }
}
