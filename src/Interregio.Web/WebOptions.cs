using System.Net;

namespace Interregio.Web;

/// <summary>How the web app runs: which database, which addresses, who may write.</summary>
public sealed record WebOptions
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The environment variable that sets the write token when --token is not given.</summary>
    public const string TokenVariable = "INTERREGIO_TOKEN";

    /// <summary>The SQLite database file; created with the schema when missing.</summary>
    public string Database { get; init; } = "interregio.db";

    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>The bearer token POST /api/documents requires. Without one, writes are off.</summary>
    public string? Token { get; init; }

    /// <summary>Binding an address other than loopback must be asked for explicitly.</summary>
    public bool AllowRemote { get; init; }

    /// <summary>The folder of the dashboard's static files; the wwwroot next to the assembly when null.</summary>
    public string? WebRoot { get; init; }

    public bool WritesEnabled => !string.IsNullOrEmpty(Token);

    /// <summary>The token from the option, else from <see cref="TokenVariable"/>; blank counts as none.</summary>
    public static string? ResolveToken(string? option, Func<string, string?>? environment = null)
    {
        var value = string.IsNullOrWhiteSpace(option) ? (environment ?? Environment.GetEnvironmentVariable)(TokenVariable) : option;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The URLs whose host is not a loopback address (localhost, 127.0.0.0/8, [::1]).</summary>
    public IReadOnlyList<string> NonLoopbackUrls() => Urls.Where(u => !IsLoopback(u)).ToList();

    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            return false;
        if (uri.IsLoopback)
            return true;
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }
}
