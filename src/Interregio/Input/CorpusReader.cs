using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Interregio.Pipeline;

namespace Interregio.Input;

/// <summary>
/// Streams a corpus export — JSON Lines (.jsonl, .ndjson) or CSV with a header row (.csv) — as one document per
/// record. The file is read in 64 KB chunks and split into records as bytes, so only one record is in memory at a
/// time and a record larger than <see cref="CorpusOptions.MaxRecordBytes"/> is skipped without being buffered.
/// Each record is decoded on its own: invalid UTF-8, bad JSON or a broken CSV row costs that record one
/// <see cref="InputError"/> naming the file and line, and the records after it are still read.
/// The <c>doc</c> of the record's facts is its id.
/// </summary>
public static class CorpusReader
{
    private static readonly string[] Extensions = [".jsonl", ".ndjson", ".csv"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsCorpus(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static bool IsCsv(string path) => Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads every record of a corpus file; errors are yielded in place of the records they concern.</summary>
    public static IEnumerable<ReadResult> Read(string path, CorpusOptions? options = null)
    {
        options ??= CorpusOptions.Default;
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail(path, $"cannot read: {e.Message}")];
        }
        return Read(stream, path, IsCsv(path), options, ownsStream: true);
    }

    /// <summary>Reads records from a stream (a file, standard input, a test's bytes); <paramref name="source"/> names it in errors.</summary>
    public static IEnumerable<ReadResult> Read(Stream stream, string source, bool csv, CorpusOptions? options = null, bool ownsStream = false)
    {
        options ??= CorpusOptions.Default;
        try
        {
            var records = RecordSplitter.Split(stream, csv, options.MaxRecordBytes);
            var results = csv ? ReadCsv(records, source, options) : ReadJsonLines(records, source, options);
            foreach (var r in results)
                yield return r;
        }
        finally
        {
            if (ownsStream)
                stream.Dispose();
        }
    }

    private static IEnumerable<ReadResult> ReadJsonLines(IEnumerable<RawRecord> records, string source, CorpusOptions options)
    {
        var count = 0;
        foreach (var raw in records)
        {
            if (raw.Error is { } fileError)
            {
                yield return ReadResult.Fail(source, fileError);
                yield break;
            }
            if (raw.Oversized)
            {
                yield return ReadResult.Fail(At(source, raw.Line), $"record is larger than {Megabytes(options.MaxRecordBytes)}; skipped");
                continue;
            }
            if (IsBlank(raw.Bytes))
                continue;
            count++;
            yield return JsonRecord(raw, source, options);
        }
        if (count == 0)
            yield return ReadResult.Fail(source, "the corpus file has no records");
    }

    private static ReadResult JsonRecord(RawRecord raw, string source, CorpusOptions options)
    {
        var at = At(source, raw.Line);
        if (Decode(raw.Bytes, out var problem) is null)
            return ReadResult.Fail(at, problem!);
        Dictionary<string, string?> fields;
        try
        {
            using var json = JsonDocument.Parse(raw.Bytes, new JsonDocumentOptions { MaxDepth = 64 });
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return ReadResult.Fail(at, $"record is a JSON {json.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object");
            fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in json.RootElement.EnumerateObject())
            {
                fields.TryAdd(p.Name, p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.Number => p.Value.GetRawText(),
                    JsonValueKind.Null or JsonValueKind.Undefined => null,
                    // an object where a text is expected is reported by name below, when (and only if) it matters
                    _ => "\u0000" + p.Value.ValueKind.ToString().ToLowerInvariant(),
                });
            }
        }
        catch (JsonException e)
        {
            return ReadResult.Fail(at, $"not a JSON object: {FirstLine(e.Message)}");
        }
        catch (ArgumentException e)
        {
            // System.Text.Json reports invalid UTF-16 surrogates ("\ud800") this way
            return ReadResult.Fail(at, $"not a JSON object: {FirstLine(e.Message)}");
        }
        return Document(fields, raw, at, source, options);
    }

    private static IEnumerable<ReadResult> ReadCsv(IEnumerable<RawRecord> records, string source, CorpusOptions options)
    {
        string[]? header = null;
        var delimiter = ',';
        var count = 0;
        // After an oversized record (an unclosed quote, mostly) the lines that follow are the rest of it, not
        // records: they are skipped and reported once, until a row that fits the header is read.
        long resyncFrom = 0;
        var resyncSkipped = 0;
        foreach (var raw in records)
        {
            if (raw.Error is { } fileError)
            {
                yield return ReadResult.Fail(source, fileError);
                yield break;
            }
            var at = At(source, raw.Line);
            if (raw.Oversized)
            {
                yield return ReadResult.Fail(at, header is null
                    ? $"the header row is larger than {Megabytes(options.MaxRecordBytes)}; not a CSV export"
                    : $"record is larger than {Megabytes(options.MaxRecordBytes)} (an unclosed quote?); skipped");
                if (header is null)
                    yield break;
                resyncFrom = raw.Line;
                continue;
            }
            if (IsBlank(raw.Bytes))
                continue;
            var text = Decode(raw.Bytes, out var problem);
            if (text is null)
            {
                yield return ReadResult.Fail(at, problem!);
                if (header is null)
                    yield break;
                continue;
            }
            if (header is null)
            {
                delimiter = CsvRow.DetectDelimiter(text);
                if (!CsvRow.TryParse(text, delimiter, out var names, out problem))
                {
                    yield return ReadResult.Fail(at, $"the header row is not CSV: {problem}");
                    yield break;
                }
                header = [.. names.Select(n => n.Trim())];
                if (!header.Contains(options.TextField, StringComparer.OrdinalIgnoreCase) && !header.Contains(options.HtmlField, StringComparer.OrdinalIgnoreCase))
                {
                    yield return ReadResult.Fail(at, $"the header has no '{options.TextField}' or '{options.HtmlField}' column (it has: {string.Join(", ", header.Take(12))}); name the text column with --text-field");
                    yield break;
                }
                continue;
            }
            count++;
            if (!CsvRow.TryParse(text, delimiter, out var values, out problem) || values.Count != header.Length)
            {
                if (resyncFrom > 0)
                {
                    resyncSkipped++;
                    continue;
                }
                var spans = raw.EndLine > raw.Line ? $" (the row runs to line {raw.EndLine}: a quote left open takes in the lines after it)" : "";
                yield return ReadResult.Fail(at, (problem is not null ? $"not a CSV row: {problem}" : $"row has {values.Count} fields, the header has {header.Length}") + spans);
                continue;
            }
            if (resyncFrom > 0)
            {
                if (resyncSkipped > 0)
                    yield return ReadResult.Fail(At(source, resyncFrom), $"{resyncSkipped} more line(s) after this oversized record were not records and were skipped");
                resyncFrom = 0;
                resyncSkipped = 0;
            }
            var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length; i++)
                fields.TryAdd(header[i], values[i]);
            yield return Document(fields, raw, at, source, options);
        }
        if (resyncSkipped > 0)
            yield return ReadResult.Fail(At(source, resyncFrom), $"{resyncSkipped} more line(s) after this oversized record were not records and were skipped");
        if (header is null)
            yield return ReadResult.Fail(source, "the CSV file is empty (no header row)");
        else if (count == 0)
            yield return ReadResult.Fail(source, "the CSV file has a header but no records");
    }

    private static ReadResult Document(Dictionary<string, string?> fields, RawRecord raw, string at, string source, CorpusOptions options)
    {
        string? Field(string name, out string? wrongKind)
        {
            wrongKind = null;
            if (!fields.TryGetValue(name, out var v) || v is null)
                return null;
            if (v.Length > 0 && v[0] == '\u0000')
            {
                wrongKind = v[1..];
                return null;
            }
            return v;
        }

        var id = Field(options.IdField, out var idKind)?.Trim();
        if (idKind is not null)
            return ReadResult.Fail(at, $"'{options.IdField}' is a JSON {idKind}, not a string or number");
        if (id is not null && id.Any(char.IsControl))
            return ReadResult.Fail(at, $"'{options.IdField}' contains control characters");
        // Without an id the record is named by its place in the file, which stays stable as long as the file does.
        if (string.IsNullOrEmpty(id))
            id = $"{Path.GetFileName(source)}#{raw.Line}";

        var text = Field(options.TextField, out var textKind);
        var format = DocumentFormat.Record;
        if (string.IsNullOrWhiteSpace(text))
        {
            var html = Field(options.HtmlField, out var htmlKind);
            if (textKind is not null || htmlKind is not null)
                return ReadResult.Fail(at, $"record {id}: '{(textKind is not null ? options.TextField : options.HtmlField)}' is a JSON {textKind ?? htmlKind}, not a string");
            if (string.IsNullOrWhiteSpace(html))
                return ReadResult.Fail(at, $"record {id} has no '{options.TextField}' or '{options.HtmlField}' (or it is empty)");
            text = html;
            format = DocumentFormat.Html;
        }
        if (text.Contains('\0'))
            return ReadResult.Fail(at, $"record {id}: the text contains NUL characters (binary content)");

        var hash = Convert.ToHexStringLower(SHA256.HashData(raw.Bytes));
        var read = DocumentReader.FromText(id, text, format, at, hash);
        if (read.Error is { } e)
            return ReadResult.Fail(at, $"record {id}: {e.Problem}");
        var doc = read.Document!;
        var title = Field(options.TitleField, out _);
        var url = Field(options.UrlField, out _);
        var published = TryDate(Field(options.PublishedField, out _));
        return ReadResult.Ok(doc with
        {
            Title = string.IsNullOrWhiteSpace(title) ? doc.Title : title.Trim(),
            Url = string.IsNullOrWhiteSpace(url) ? doc.Url : url.Trim(),
            PublishedHint = published ?? doc.PublishedHint,
        });
    }

    private static DateOnly? TryDate(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
            return null;
        s = s.Trim();
        if (s.Length >= 10 && DateOnly.TryParseExact(s.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) ? DateOnly.FromDateTime(dto.Date) : null;
    }

    private static string? Decode(byte[] bytes, out string? problem)
    {
        problem = null;
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            problem = $"binary content (a NUL byte at offset {nul} of the record)";
            return null;
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            problem = $"not valid UTF-8 (bad bytes at offset {e.Index} of the record); save the corpus as UTF-8";
            return null;
        }
    }

    private static bool IsBlank(byte[] bytes) => bytes.AsSpan().IndexOfAnyExcept(" \t\r\f"u8) < 0;

    private static string At(string source, long line) => $"{source}:{line}";

    private static string Megabytes(int bytes) => $"{bytes / (1024 * 1024)} MB";

    private static string FirstLine(string s)
    {
        var nl = s.IndexOfAny(['\r', '\n']);
        return nl < 0 ? s : s[..nl];
    }
}

/// <summary>One record's bytes and the line it starts on; or a record too large to keep; or a file-level error.</summary>
internal readonly record struct RawRecord(long Line, byte[] Bytes, bool Oversized, string? Error = null)
{
    /// <summary>The line the record ends on; a CSV record with quoted newlines spans several.</summary>
    public long EndLine { get; init; } = Line;
}

/// <summary>
/// Splits a byte stream into records at newlines — for CSV, newlines outside double quotes. Working on bytes is
/// safe for UTF-8 (no multi-byte sequence contains '\n' or '"') and lets a record with invalid bytes fail alone.
/// </summary>
internal static class RecordSplitter
{
    private const int ChunkSize = 64 * 1024;

    public static IEnumerable<RawRecord> Split(Stream stream, bool csv, int maxRecordBytes)
    {
        var chunk = new byte[ChunkSize];
        var record = new byte[Math.Min(maxRecordBytes, ChunkSize)];
        var length = 0;
        var oversized = false;
        var inQuotes = false;
        long line = 1;
        long startLine = 1;
        var first = true;
        int read;
        while ((read = ReadChunk(stream, chunk)) > 0)
        {
            // offsets, not a span: an iterator cannot keep a span across yield
            var pos = 0;
            if (first)
            {
                first = false;
                if (read >= 2 && (chunk[0] == 0xFF && chunk[1] == 0xFE || chunk[0] == 0xFE && chunk[1] == 0xFF))
                {
                    yield return new RawRecord(0, [], false, "the corpus file is UTF-16; save it as UTF-8");
                    yield break;
                }
                if (chunk.AsSpan(0, read).StartsWith("\xEF\xBB\xBF"u8))
                    pos = 3;
            }
            while (pos < read)
            {
                var stop = Find(chunk.AsSpan(pos, read - pos), csv);
                var pieceLength = stop < 0 ? read - pos : stop;
                if (!oversized)
                {
                    if (length + pieceLength > maxRecordBytes)
                    {
                        // Give the buffer back: an oversized record is counted, never kept.
                        oversized = true;
                        length = 0;
                        record = new byte[Math.Min(maxRecordBytes, ChunkSize)];
                        // A CSV record this large is almost always an unclosed quote; start afresh at the next line.
                        inQuotes = false;
                    }
                    else
                    {
                        if (length + pieceLength > record.Length)
                            Array.Resize(ref record, (int)Math.Min(maxRecordBytes, Math.Max((long)record.Length * 2, length + pieceLength)));
                        chunk.AsSpan(pos, pieceLength).CopyTo(record.AsSpan(length));
                        length += pieceLength;
                    }
                }
                if (stop < 0)
                    break;
                var b = chunk[pos + stop];
                pos += stop + 1;
                if (b == (byte)'"')
                {
                    inQuotes = !inQuotes && !oversized;
                    if (!oversized)
                        Append(ref record, ref length, b, maxRecordBytes, ref oversized);
                    inQuotes &= !oversized;
                    continue;
                }
                line++;
                if (inQuotes)
                {
                    Append(ref record, ref length, b, maxRecordBytes, ref oversized);
                    inQuotes = !oversized;
                    continue;
                }
                yield return new RawRecord(startLine, oversized ? [] : Trim(record, length), oversized) { EndLine = line - 1 };
                length = 0;
                oversized = false;
                startLine = line;
            }
        }
        if (length > 0 || oversized)
            yield return new RawRecord(startLine, oversized ? [] : Trim(record, length), oversized) { EndLine = length > 0 && record[length - 1] == (byte)'\n' ? line - 1 : line };
    }

    private static int Find(ReadOnlySpan<byte> span, bool csv) => csv ? span.IndexOfAny((byte)'\n', (byte)'"') : span.IndexOf((byte)'\n');

    private static void Append(ref byte[] record, ref int length, byte b, int max, ref bool oversized)
    {
        if (length + 1 > max)
        {
            oversized = true;
            length = 0;
            return;
        }
        if (length == record.Length)
            Array.Resize(ref record, Math.Min(max, record.Length * 2));
        record[length++] = b;
    }

    /// <summary>The record without its line ending ("\r\n" files are common from Windows tools).</summary>
    private static byte[] Trim(byte[] record, int length)
    {
        if (length > 0 && record[length - 1] == (byte)'\r')
            length--;
        return record.AsSpan(0, length).ToArray();
    }

    private static int ReadChunk(Stream stream, byte[] chunk)
    {
        try
        {
            return stream.Read(chunk, 0, chunk.Length);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}

/// <summary>One CSV record (RFC 4180): fields separated by the delimiter, optionally quoted, "" inside quotes.</summary>
internal static class CsvRow
{
    /// <summary>The header tells the delimiter: exports from spreadsheets in many locales use ';', some use tabs.</summary>
    public static char DetectDelimiter(string header)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    public static bool TryParse(string row, char delimiter, out List<string> fields, out string? problem)
    {
        fields = [];
        problem = null;
        var sb = new StringBuilder();
        var i = 0;
        while (true)
        {
            sb.Clear();
            if (i < row.Length && row[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= row.Length)
                    {
                        problem = $"field {fields.Count + 1} opens a quote that is never closed";
                        return false;
                    }
                    if (row[i] == '"')
                    {
                        if (i + 1 < row.Length && row[i + 1] == '"')
                        {
                            sb.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    sb.Append(row[i++]);
                }
                if (i < row.Length && row[i] != delimiter)
                {
                    problem = $"field {fields.Count + 1} has text after its closing quote";
                    return false;
                }
            }
            else
            {
                var next = row.IndexOf(delimiter, i);
                var end = next < 0 ? row.Length : next;
                sb.Append(row, i, end - i);
                i = end;
            }
            fields.Add(sb.ToString());
            if (i >= row.Length)
                return true;
            i++; // the delimiter
        }
    }
}
