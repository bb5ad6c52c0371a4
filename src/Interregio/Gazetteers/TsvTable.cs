using System.Reflection;

namespace Interregio.Gazetteers;

/// <summary>A data file is malformed: the message names the file and the line.</summary>
public sealed class DataFileException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
}

/// <summary>One row of a TSV data file, with the line it came from for error messages.</summary>
public sealed class TsvRow(TsvTable table, string[] cells, int line)
{
    public int Line { get; } = line;

    public string this[string column] => cells[table.IndexOf(column)];

    public string? Optional(string column) => table.HasColumn(column) && cells[table.IndexOf(column)] is { Length: > 0 } v ? v : null;

    /// <summary>A multi-valued cell, split on '|', trimmed, empties dropped.</summary>
    public string[] List(string column) =>
        table.HasColumn(column)
            ? cells[table.IndexOf(column)].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];

    public DataFileException Error(string problem) => new(table.Name, Line, problem);
}

/// <summary>
/// Reads the project's data files: UTF-8, tab-separated, '#' comment lines, one header row, '|' inside a cell for
/// several values. A row with the wrong number of cells fails loudly, naming the file and line.
/// </summary>
public sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string name, string[] header, List<TsvRow> rows, List<string> comments)
    {
        Name = name;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
        Rows = rows;
        Comments = comments;
        Header = header;
    }

    public string Name { get; }
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<TsvRow> Rows { get; private set; }
    public IReadOnlyList<string> Comments { get; }

    public bool HasColumn(string column) => _columns.ContainsKey(column);

    public int IndexOf(string column) =>
        _columns.TryGetValue(column, out var i) ? i : throw new DataFileException(Name, 1, $"no column '{column}' in the header");

    public static TsvTable Parse(string name, TextReader reader, params string[] requiredColumns)
    {
        string[]? header = null;
        var rows = new List<TsvRow>();
        var comments = new List<string>();
        TsvTable? table = null;
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                if (line.StartsWith('#'))
                    comments.Add(line.TrimStart('#').Trim());
                continue;
            }
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                table = new TsvTable(name, header, rows, comments);
                foreach (var c in requiredColumns)
                {
                    if (!table.HasColumn(c))
                        throw new DataFileException(name, n, $"the header lacks the column '{c}'");
                }
                continue;
            }
            if (cells.Length != header.Length)
                throw new DataFileException(name, n, $"{cells.Length} cells where the header has {header.Length}");
            rows.Add(new TsvRow(table!, cells, n));
        }
        if (table is null)
            throw new DataFileException(name, n, "no header row");
        return table;
    }

    /// <summary>Loads an embedded data file (src/Interregio/Data/NAME).</summary>
    public static TsvTable LoadEmbedded(string fileName, params string[] requiredColumns)
    {
        var asm = typeof(TsvTable).Assembly;
        using var stream = asm.GetManifestResourceStream("Interregio.Data." + fileName)
            ?? throw new DataFileException(fileName, 0, "not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return Parse(fileName, reader, requiredColumns);
    }

    public static IEnumerable<string> EmbeddedFiles() =>
        typeof(TsvTable).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Interregio.Data.", StringComparison.Ordinal))
            .Select(n => n["Interregio.Data.".Length..]);

    public static bool IsEmbedded(string fileName) =>
        typeof(TsvTable).Assembly.GetManifestResourceInfo("Interregio.Data." + fileName) is not null;
}
