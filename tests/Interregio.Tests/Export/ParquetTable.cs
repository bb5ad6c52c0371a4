using Parquet;
using Parquet.Data;
using Parquet.Schema;

namespace Interregio.Tests.Export;

/// <summary>
/// Reads a Parquet file column by column with Parquet.Net's low-level reader (not the serializer the export
/// writes with), rebuilding each row from definition and repetition levels, so the round-trip tests check the file
/// as any other reader would see it.
/// </summary>
internal sealed class ParquetTable
{
    public required ParquetSchema Schema { get; init; }

    public required int RowGroups { get; init; }

    /// <summary>Column path ("amount", "hs/list/element") to one value per row: a scalar, null, or a list.</summary>
    public required Dictionary<string, List<object?>> Columns { get; init; }

    public int RowCount => Columns.Values.First().Count;

    /// <summary>A value by column name; a list column answers to its own name ("hs" for "hs/list/element").</summary>
    public object? this[string column, int row] =>
        (Columns.TryGetValue(column, out var values) ? values : Columns[$"{column}/list/element"])[row];

    public static async Task<ParquetTable> ReadAsync(Stream stream)
    {
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        var columns = fields.ToDictionary(f => f.Path.ToString(), _ => new List<object?>());
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            foreach (var field in fields)
            {
                using var raw = await group.ReadRawColumnDataBaseAsync(field);
                columns[field.Path.ToString()].AddRange(Rows(field, raw, (int)group.RowCount));
            }
        }
        return new ParquetTable { Schema = reader.Schema, RowGroups = reader.RowGroupCount, Columns = columns };
    }

    private static List<object?> Rows(DataField field, RawColumnData raw, int rowCount)
    {
        var values = Values(raw);
        var rows = new List<object?>(rowCount);
        if (field.MaxRepetitionLevel == 0)
        {
            if (field.MaxDefinitionLevel == 0)
                return values;
            var next = 0;
            foreach (var d in raw.DefinitionLevels.ToArray())
                rows.Add(d == field.MaxDefinitionLevel ? values[next++] : null);
            return rows;
        }
        // A list: repetition level 0 starts a row; a definition level of 0 is a null list, 1 an empty list, and
        // the maximum a present element (for a struct member, the member is present).
        var defs = raw.DefinitionLevels.ToArray();
        var reps = raw.RepetitionLevels.ToArray();
        var v = 0;
        List<object?>? current = null;
        for (var i = 0; i < defs.Length; i++)
        {
            if (reps[i] == 0)
            {
                current = defs[i] == 0 ? null : [];
                rows.Add(current);
            }
            if (defs[i] == field.MaxDefinitionLevel)
                current!.Add(values[v++]);
            else if (defs[i] >= 2)
                current!.Add(null);
        }
        return rows;
    }

    private static List<object?> Values(RawColumnData raw) => raw switch
    {
        RawColumnData<ReadOnlyMemory<char>> s => [.. s.Values.ToArray().Select(m => (object?)m.ToString())],
        RawColumnData<decimal> d => [.. d.Values.ToArray().Select(x => (object?)x)],
        RawColumnData<DateTime> t => [.. t.Values.ToArray().Select(x => (object?)DateOnly.FromDateTime(x))],
        RawColumnData<DateOnly> t => [.. t.Values.ToArray().Select(x => (object?)x)],
        RawColumnData<int> n => [.. n.Values.ToArray().Select(x => (object?)x)],
        RawColumnData<long> n => [.. n.Values.ToArray().Select(x => (object?)x)],
        _ => throw new NotSupportedException(raw.GetType().ToString()),
    };
}
