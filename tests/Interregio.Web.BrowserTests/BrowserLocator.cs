namespace Interregio.Web.BrowserTests;

/// <summary>
/// Finds the Chromium the tests drive. Playwright never downloads a browser here: CI installs Debian's chromium
/// and exports INTERREGIO_CHROMIUM; a developer machine may have /usr/bin/chromium.
/// </summary>
public static class BrowserLocator
{
    public static readonly string[] LaunchArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    public static string? FindChromium()
    {
        var fromEnv = Environment.GetEnvironmentVariable("INTERREGIO_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(fromEnv))
            return File.Exists(fromEnv) ? fromEnv : null;
        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }

    public static bool RequiredByCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string MissingReason
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("INTERREGIO_CHROMIUM");
            return string.IsNullOrWhiteSpace(fromEnv)
                ? "no Chromium found: set INTERREGIO_CHROMIUM or install Debian's chromium (/usr/bin/chromium)"
                : $"INTERREGIO_CHROMIUM points at {fromEnv}, which does not exist";
        }
    }
}
