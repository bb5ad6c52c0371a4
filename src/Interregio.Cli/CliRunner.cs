using System.CommandLine;

namespace Interregio.Cli;

/// <summary>Exit codes: 0 success, 1 some inputs failed, 2 usage error.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int InputFailed = 1;
    public const int Usage = 2;
}

public static class CliRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            // One line, whatever the number of errors: scripts read stderr line by line.
            var messages = string.Join("; ", result.Errors.Select(e => string.Join(' ', e.Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
            Console.Error.WriteLine($"interregio: {messages} (run 'interregio --help' for usage)");
            return ExitCodes.Usage;
        }
        return await result.InvokeAsync();
    }
}
