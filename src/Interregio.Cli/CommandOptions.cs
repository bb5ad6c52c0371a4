using System.CommandLine;
using Interregio.Domain;
using Interregio.Storage;
using Interregio.Storage.Sqlite;
using Spectre.Console;

namespace Interregio.Cli;

/// <summary>Options and checks several commands share.</summary>
public static class CommandOptions
{
    public const string DatabaseVariable = "INTERREGIO_DB";
    public const string DefaultDatabase = "interregio.db";

    /// <summary>
    /// --db: an SQLite file, or PostgreSQL as a postgres://user@host:port/db URL or an Npgsql connection string; else
    /// $INTERREGIO_DB; else interregio.db in the current folder.
    /// </summary>
    public static Option<string> Database() => new("--db")
    {
        Description = $"the database: an SQLite file, or PostgreSQL as postgres://user@host:port/db or an Npgsql connection string (default: ${DatabaseVariable}, else {DefaultDatabase} in the current folder)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } fromEnv ? fromEnv : DefaultDatabase,
    };

    /// <summary>One line on stderr for a usage problem, in the form every command uses.</summary>
    public static int UsageError(string message)
    {
        Console.Error.WriteLine($"interregio: {message}");
        return ExitCodes.Usage;
    }

    /// <summary>
    /// Opens an existing database for reading commands (facts, trade, serve, export): a missing or foreign SQLite file,
    /// or a PostgreSQL server that cannot be reached, is one line on stderr and null.
    /// </summary>
    public static Task<IFactStore?> OpenExistingAsync(string db, CancellationToken cancellationToken) =>
        OpenAsync(db, create: false, cancellationToken);

    /// <summary>
    /// Opens the database a --db value names (an SQLite file is created when <paramref name="create"/>), bringing its
    /// schema up to date; on failure writes one line naming it without credentials and returns null.
    /// </summary>
    public static async Task<IFactStore?> OpenAsync(string db, bool create, CancellationToken cancellationToken)
    {
        try
        {
            return await FactDatabase.OpenAsync(db, create, cancellationToken);
        }
        catch (FactStoreException e)
        {
            UsageError(e.Message);
            return null;
        }
    }

    /// <summary>What messages call the database: the file path, or the server without its password.</summary>
    public static string Describe(string db) => FactDatabase.Describe(db);

    /// <summary>A region by ISO code or any name the gazetteer knows, for the error line to name the option.</summary>
    public static bool TryRegion(string text, out RegionCode code) => RegionLookup.TryResolve(text, out code);

    public static string RegionName(RegionCode code) =>
        Gazetteers.RegionGazetteer.Default.TryGetByCode(code.Code, out var region) ? $"{region.NameEn} ({code})" : code.Code;
}

/// <summary>Whether to draw (progress bars, tables) or print plain lines a script can read.</summary>
public static class Terminal
{
    /// <summary>True only when stdout is a terminal that can redraw: never when redirected, piped or TERM=dumb.</summary>
    public static bool IsInteractive =>
        !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive && AnsiConsole.Profile.Capabilities.Ansi;
}

/// <summary>Reports on the calling thread, at once; <see cref="Progress{T}"/> would post to the thread pool out of order.</summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
