using System.Security.Cryptography;
using System.Text;
using Interregio.Pipeline;

namespace Interregio.Input;

/// <summary>A document could not be read: one line naming the file (and record) and what is wrong.</summary>
public sealed record InputError(string Source, string Problem)
{
    public override string ToString() => $"{Source}: {Problem}";
}

/// <summary>Either a document or the reason it could not be read.</summary>
public readonly record struct ReadResult(SourceDocument? Document, InputError? Error)
{
    public static ReadResult Ok(SourceDocument d) => new(d, null);
    public static ReadResult Fail(string source, string problem) => new(null, new InputError(source, problem));
}

/// <summary>
/// Reads documents from files, folders (recursively: .txt, .html, .htm, and the corpus exports .jsonl, .ndjson,
/// .csv that <see cref="CorpusReader"/> streams record by record) and standard input ("-"). Bytes are decoded
/// as UTF-8 (with or without BOM) or UTF-16 with a BOM; invalid UTF-8, binary content and empty files are refused
/// with a one-line reason, and the other inputs are still read.
/// </summary>
public static class DocumentReader
{
    /// <summary>One article is never this large; larger files are refused rather than read into memory.</summary>
    public const long MaxDocumentBytes = 64L * 1024 * 1024;

    private static readonly string[] Extensions = [".txt", ".html", ".htm"];

    /// <summary>Expands paths into the files to read, in a stable order; a missing path is an error.</summary>
    public static IEnumerable<(string Path, InputError? Error)> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return ("-", null);
            }
            else if (Directory.Exists(path))
            {
                IEnumerable<string> files;
                InputError? error = null;
                try
                {
                    files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                        .Where(IsSupported)
                        .Order(StringComparer.Ordinal)
                        .ToList();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    files = [];
                    error = new InputError(path, $"cannot list the folder: {e.Message}");
                }
                if (error is not null)
                    yield return (path, error);
                foreach (var f in files)
                    yield return (f, null);
            }
            else if (File.Exists(path))
            {
                yield return (path, null);
            }
            else
            {
                yield return (path, new InputError(path, "no such file or folder"));
            }
        }
    }

    public static bool IsSupported(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase) || CorpusReader.IsCorpus(path);

    /// <summary>
    /// Every document under the paths, in the order <see cref="Expand"/> gives: one per text or HTML file, one per
    /// record of a corpus file (streamed). An unreadable file or record yields its error and the rest continue.
    /// This is the one call the CLI and ingest use, so both read exactly the same documents.
    /// </summary>
    public static IEnumerable<ReadResult> ReadAll(IEnumerable<string> paths, CorpusOptions? corpus = null)
    {
        foreach (var (path, error) in Expand(paths))
        {
            if (error is not null)
            {
                yield return new ReadResult(null, error);
                continue;
            }
            if (path != "-" && CorpusReader.IsCorpus(path))
            {
                foreach (var r in CorpusReader.Read(path, corpus))
                    yield return r;
                continue;
            }
            yield return Read(path);
        }
    }

    public static bool IsHtml(string path) =>
        Path.GetExtension(path).Equals(".html", StringComparison.OrdinalIgnoreCase) || Path.GetExtension(path).Equals(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads one file (or stdin for "-"). A corpus file holds many documents: read it with <see cref="ReadAll"/>.</summary>
    public static ReadResult Read(string path)
    {
        if (path != "-" && CorpusReader.IsCorpus(path))
            return ReadResult.Fail(path, "is a corpus file with many documents; read it with DocumentReader.ReadAll");
        byte[] bytes;
        try
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var ms = new MemoryStream();
                CopyBounded(stdin, ms);
                bytes = ms.ToArray();
            }
            else
            {
                var info = new FileInfo(path);
                if (info.Length > MaxDocumentBytes)
                    return ReadResult.Fail(path, $"file is {info.Length / (1024 * 1024)} MB; one document may be at most {MaxDocumentBytes / (1024 * 1024)} MB (split a corpus into records)");
                bytes = File.ReadAllBytes(path);
            }
        }
        catch (InvalidDataException e)
        {
            return ReadResult.Fail(path, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Fail(path, $"cannot read: {e.Message}");
        }
        var name = path == "-" ? "stdin" : Path.GetFileName(path);
        return FromBytes(name, bytes, path == "-" ? DocumentFormat.Text : IsHtml(path) ? DocumentFormat.Html : DocumentFormat.Text, path);
    }

    private static void CopyBounded(Stream from, Stream to)
    {
        var buffer = new byte[81920];
        long total = 0;
        int n;
        while ((n = from.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += n;
            if (total > MaxDocumentBytes)
                throw new InvalidDataException($"standard input exceeds {MaxDocumentBytes / (1024 * 1024)} MB");
            to.Write(buffer, 0, n);
        }
    }

    /// <summary>Decodes and, for HTML, extracts the visible text. The content hash is of the bytes as read.</summary>
    public static ReadResult FromBytes(string name, byte[] bytes, DocumentFormat format, string? sourcePath = null)
    {
        var source = sourcePath ?? name;
        if (bytes.Length == 0)
            return ReadResult.Fail(source, "file is empty");
        var decoded = Decode(bytes, out var problem);
        if (decoded is null)
            return ReadResult.Fail(source, problem!);
        if (string.IsNullOrWhiteSpace(decoded))
            return ReadResult.Fail(source, "file has no text (only whitespace)");
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return FromText(name, decoded, format, source, hash);
    }

    public static ReadResult FromText(string name, string text, DocumentFormat format, string? sourcePath, string? hash = null)
    {
        hash ??= Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (format == DocumentFormat.Html || (format == DocumentFormat.Record && LooksLikeHtml(text)))
        {
            HtmlDocumentText html;
            try
            {
                html = HtmlText.Extract(text);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                return ReadResult.Fail(sourcePath ?? name, $"HTML could not be parsed: {e.Message}");
            }
            if (string.IsNullOrWhiteSpace(html.Text))
                return ReadResult.Fail(sourcePath ?? name, "the page has no visible text");
            return ReadResult.Ok(new SourceDocument(name, InvisibleFormatting.Remove(html.Text), DocumentFormat.Html)
            {
                SourcePath = sourcePath,
                ContentHash = hash,
                Title = html.Title,
                PublishedHint = html.Published,
            });
        }
        return ReadResult.Ok(new SourceDocument(name, InvisibleFormatting.Remove(text), format) { SourcePath = sourcePath, ContentHash = hash });
    }

    internal static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p>", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>UTF-8 (BOM optional) or UTF-16 with BOM; binary content (NUL bytes, many control characters) is refused.</summary>
    public static string? Decode(byte[] bytes, out string? problem)
    {
        problem = null;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return DecodeStrict(new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), bytes, 2, "UTF-16LE", out problem);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return DecodeStrict(new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), bytes, 2, "UTF-16BE", out problem);
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var sample = Math.Min(bytes.Length, 8192);
        var controls = 0;
        for (var i = start; i < sample; i++)
        {
            var b = bytes[i];
            if (b == 0)
            {
                problem = $"binary content (a NUL byte at offset {i}); only UTF-8 or UTF-16 text is read";
                return null;
            }
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
                controls++;
        }
        if (controls > sample / 10)
        {
            problem = "binary content (many control bytes); only UTF-8 or UTF-16 text is read";
            return null;
        }
        return DecodeStrict(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), bytes, start, "UTF-8", out problem);
    }

    private static string? DecodeStrict(Encoding encoding, byte[] bytes, int start, string name, out string? problem)
    {
        problem = null;
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            problem = $"not valid {name} (bad bytes at offset {start + e.Index}); save the file as UTF-8";
            return null;
        }
    }
}

/// <summary>
/// Zero-width and bidirectional formatting characters and soft hyphens: invisible, but inside a word ("Bela\u200Brus",
/// "MIN\u202EK") they split it for every recogniser, and a report laced with them lost all its facts (measured,
/// docs/hostile-input.md). They are removed when a document is read, so the document's text, which quotes and
/// offsets refer to, is what a reader sees; the content hash stays that of the bytes as read.
/// </summary>
public static class InvisibleFormatting
{
    private static readonly System.Buffers.SearchValues<char> Characters = System.Buffers.SearchValues.Create(
        "\u00AD\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF");

    /// <summary>The text without them; the same string when it has none.</summary>
    public static string Remove(string text)
    {
        var first = text.AsSpan().IndexOfAny(Characters);
        if (first < 0)
            return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (!Characters.Contains(text[i]))
                sb.Append(text[i]);
        }
        return sb.ToString();
    }
}
