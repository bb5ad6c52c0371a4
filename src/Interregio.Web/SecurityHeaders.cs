namespace Interregio.Web;

/// <summary>
/// The Content-Security-Policy of the dashboard: scripts, styles and data only from this server, no inline script or
/// style, no plug-ins, no framing. Document text is rendered as text by the pages; this policy is the second wall
/// should a page ever slip, since an injected inline script or handler attribute is refused by the browser.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            // The API reference page (/scalar) is a third-party page with its own inline bootstrap script; it shows
            // no document text, so it keeps the default headers rather than a policy that would break it.
            if (!context.Request.Path.StartsWithSegments("/scalar"))
                context.Response.Headers.ContentSecurityPolicy = Policy;
            context.Response.Headers.XFrameOptions = "DENY";
            return next(context);
        });
}
