using System.Runtime.CompilerServices;

namespace Interregio.Tests.Storage.Fixtures;

/// <summary>The repository the tests were built from, for samples/ and other checked-in data.</summary>
public static class Repository
{
    /// <summary>
    /// The folder holding Interregio.slnx: above the test binaries (a normal build), else above this source file (a
    /// build with --artifacts-path outside the repository).
    /// </summary>
    public static string Root => LazyRoot.Value;

    private static readonly Lazy<string> LazyRoot = new(() =>
        FindAbove(AppContext.BaseDirectory) ?? FindAbove(Environment.CurrentDirectory) ?? FindAbove(SourceFolder())
        ?? throw new DirectoryNotFoundException($"no Interregio.slnx above {AppContext.BaseDirectory} or this source file"));

    private static string? FindAbove(string? start)
    {
        for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Interregio.slnx")))
                return dir.FullName;
        }
        return null;
    }

    private static string? SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path);
}
