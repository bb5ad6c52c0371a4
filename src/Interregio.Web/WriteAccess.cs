using System.Security.Cryptography;
using System.Text;

namespace Interregio.Web;

/// <summary>
/// Guards the endpoints that write: a server started without a token refuses every write (403), and one with a
/// token requires <c>Authorization: Bearer TOKEN</c> (401 otherwise). The token is compared in constant time.
/// </summary>
public sealed class WriteAccessFilter(WebOptions options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!options.WritesEnabled)
            return Problems.Forbidden($"this server was started without a write token: start it with --token or {WebOptions.TokenVariable} to accept documents");
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || !Matches(header[scheme.Length..].Trim(), options.Token!))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer realm=\"interregio\"";
            return Problems.Unauthorized("send the server's write token as 'Authorization: Bearer TOKEN'");
        }
        return await next(context);
    }

    private static bool Matches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
