// Runs the API on its own: `dotnet run --project src/Interregio.Web -- --db interregio.db`. The CLI's
// `interregio serve` hosts the same app through InterregioWebApp.Build.
using Interregio.Web;

var options = new WebOptions
{
    Database = ArgValue(args, "--db") ?? Environment.GetEnvironmentVariable("INTERREGIO_DB") ?? "interregio.db",
    Urls = ArgValue(args, "--urls") is { } urls ? urls.Split(';', StringSplitOptions.RemoveEmptyEntries) : [WebOptions.DefaultUrl],
    Token = WebOptions.ResolveToken(ArgValue(args, "--token")),
    AllowRemote = args.Contains("--allow-remote"),
};
var app = InterregioWebApp.Build(options);
await app.RunAsync();

static string? ArgValue(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

/// <summary>The entry point WebApplicationFactory looks for.</summary>
public partial class Program;
