using System.Globalization;
using CsvHelper;
using Interregio.Domain;
using Interregio.Output;
using Parquet;
using Parquet.Serialization;

namespace Interregio.Export;

public enum ExportFormat
{
    Unknown = 0,
    /// <summary>JSON Lines exactly as ../shared/contract/facts-v1.md (<see cref="FactJson"/>).</summary>
    JsonLines,
    /// <summary>RFC 4180 CSV with a header, one column per field (<see cref="FactColumns"/>).</summary>
    Csv,
    /// <summary>Apache Parquet with typed columns (<see cref="FactRow"/>).</summary>
    Parquet,
}

public static class ExportFormats
{
    public static ExportFormat Parse(string? name) => name?.ToLowerInvariant() switch
    {
        "jsonl" or "json-lines" or "ndjson" => ExportFormat.JsonLines,
        "csv" => ExportFormat.Csv,
        "parquet" => ExportFormat.Parquet,
        _ => ExportFormat.Unknown,
    };

    public static string MediaType(this ExportFormat f) => f switch
    {
        ExportFormat.JsonLines => "application/jsonl",
        ExportFormat.Csv => "text/csv",
        ExportFormat.Parquet => "application/vnd.apache.parquet",
        _ => "application/octet-stream",
    };
}

/// <summary>
/// Writes facts in one of the export formats. Every format streams: facts are read from the sequence as they are
/// written, so an export of a million facts holds one row (CSV, JSON Lines) or one row group (Parquet) in memory.
/// </summary>
public static class FactExporter
{
    /// <summary>Rows per Parquet row group: large enough for good compression and fast scans, small enough to bound memory.</summary>
    public const int ParquetRowGroupSize = 50_000;

    public static Task WriteAsync(
        IEnumerable<Fact> facts, ExportFormat format, Stream output,
        IReadOnlyCollection<FactType>? types = null, CancellationToken cancellationToken = default) =>
        WriteAsync(facts.ToAsyncEnumerable(), format, output, types, cancellationToken);

    /// <summary>Writes facts as they come from storage; nothing but the current row (or row group) is held.</summary>
    public static async Task WriteAsync(
        IAsyncEnumerable<Fact> facts, ExportFormat format, Stream output,
        IReadOnlyCollection<FactType>? types = null, CancellationToken cancellationToken = default)
    {
        switch (format)
        {
            case ExportFormat.JsonLines:
                await WriteJsonLinesAsync(facts, output, cancellationToken);
                break;
            case ExportFormat.Csv:
                await WriteCsvAsync(facts, output, types, cancellationToken);
                break;
            case ExportFormat.Parquet:
                await WriteParquetAsync(facts, output, cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "choose csv, jsonl or parquet");
        }
    }

    /// <summary>
    /// JSON Lines exactly as <see cref="FactJson"/> writes them, one line at a time through a buffer, so the output
    /// may be a stream that only takes asynchronous writes (an HTTP response).
    /// </summary>
    public static async Task WriteJsonLinesAsync(IAsyncEnumerable<Fact> facts, Stream output, CancellationToken cancellationToken = default)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        await using var json = new System.Text.Json.Utf8JsonWriter(buffer, FactJson.WriterOptions);
        await foreach (var fact in facts.WithCancellation(cancellationToken))
        {
            FactJson.Write(json, fact);
            json.Flush();
            System.Buffers.BuffersExtensions.Write(buffer, "\n"u8);
            if (buffer.WrittenCount >= 60_000)
            {
                await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
                buffer.ResetWrittenCount();
            }
            json.Reset(buffer);
        }
        if (buffer.WrittenCount > 0)
            await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// CSV with a header row and RFC 4180 quoting (CsvHelper quotes a field holding a comma, a quote or a line
    /// break, and doubles its quotes). The columns are those of <paramref name="types"/>, or all when none are given,
    /// so a trade-only export has no empty meeting columns.
    /// </summary>
    public static Task WriteCsvAsync(
        IEnumerable<Fact> facts, Stream output, IReadOnlyCollection<FactType>? types = null, CancellationToken cancellationToken = default) =>
        WriteCsvAsync(facts.ToAsyncEnumerable(), output, types, cancellationToken);

    public static async Task WriteCsvAsync(
        IAsyncEnumerable<Fact> facts, Stream output, IReadOnlyCollection<FactType>? types = null, CancellationToken cancellationToken = default)
    {
        var columns = FactColumns.For(types);
        await using var csv = CsvWriter.Create(output, CsvOptions, leaveOpen: true);
        foreach (var c in columns)
            csv.WriteField(c.Name);
        await csv.EndRecordAsync(cancellationToken);
        await foreach (var fact in facts.WithCancellation(cancellationToken))
        {
            var row = FactRow.From(fact);
            foreach (var c in columns)
                csv.WriteField(c.AppliesTo(fact.Type) ? c.Format(row) : null);
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// RFC 4180: comma, CRLF, quotes only where needed, UTF-8 without a byte order mark. A quote may begin with '='
    /// or '+' ("+15% in trade"); it is written as it stands, because a quote must stay a substring of its document.
    /// </summary>
    public static readonly CsvWriterOptions CsvOptions = new()
    {
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        Injection = CsvInjection.None,
        WriteByteOrderMark = false,
    };

    /// <summary>
    /// Parquet in row groups of <see cref="ParquetRowGroupSize"/>. Parquet's footer points back into the file, so
    /// the writer needs a seekable stream; a pipe (standard output, an HTTP response) gets a temporary file first.
    /// </summary>
    public static Task WriteParquetAsync(
        IEnumerable<Fact> facts, Stream output, CancellationToken cancellationToken = default, int rowGroupSize = ParquetRowGroupSize) =>
        WriteParquetAsync(facts.ToAsyncEnumerable(), output, cancellationToken, rowGroupSize);

    public static async Task WriteParquetAsync(
        IAsyncEnumerable<Fact> facts, Stream output, CancellationToken cancellationToken = default, int rowGroupSize = ParquetRowGroupSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        if (!output.CanSeek)
        {
            var temp = Path.Combine(Path.GetTempPath(), $"interregio-{Guid.NewGuid():N}.parquet");
            try
            {
                await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose))
                {
                    await WriteParquetAsync(facts, file, cancellationToken, rowGroupSize);
                    file.Position = 0;
                    await file.CopyToAsync(output, cancellationToken);
                }
            }
            finally
            {
                File.Delete(temp);
            }
            return;
        }
        var start = output.Position;
        var batch = new List<FactRow>(Math.Min(rowGroupSize, 4096));
        var groups = 0;
        await foreach (var fact in facts.WithCancellation(cancellationToken))
        {
            batch.Add(FactRow.From(fact));
            if (batch.Count == rowGroupSize)
            {
                await FlushRowGroupAsync(batch, output, start, groups++ > 0, cancellationToken);
                batch.Clear();
            }
        }
        // An empty export is still a valid Parquet file with the schema and no rows.
        if (batch.Count > 0 || groups == 0)
            await FlushRowGroupAsync(batch, output, start, groups > 0, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private static async Task FlushRowGroupAsync(List<FactRow> batch, Stream output, long start, bool append, CancellationToken cancellationToken)
    {
        if (append)
            output.Position = start;
        await ParquetSerializer.SerializeAsync(batch, output, new ParquetOptions { Append = append }, cancellationToken: cancellationToken);
    }
}
