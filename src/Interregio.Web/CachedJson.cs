using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using Interregio.Storage;
using Microsoft.AspNetCore.Http.Metadata;

namespace Interregio.Web;

/// <summary>
/// An answer's UTF-8 JSON, serialised once for one data version and request key, with its entity tag. A client
/// that sends the tag back in If-None-Match gets 304 and no body; every answer says "no-cache", so a browser asks
/// again (with the tag) each time and sees a write as soon as the server does.
/// </summary>
public sealed class CachedResponse
{
    /// <summary>Smaller answers go out as they are: gzip would save little and its header costs a few bytes.</summary>
    public const int CompressFrom = 1024;

    private readonly Lazy<byte[]?> _gzip;

    public CachedResponse(byte[] body, string etag)
    {
        Body = body;
        ETag = etag;
        // Compressed once, on the first request that accepts gzip: a region's trade series (600 KB of JSON at a
        // million facts) is then ~10 times fewer bytes to send, at no CPU per request.
        _gzip = new Lazy<byte[]?>(() => body.Length < CompressFrom ? null : Compress(body));
        GzipETag = etag[..^1] + "-gz\"";
    }

    public byte[] Body { get; }

    /// <summary>A strong tag: the data version and a hash of the key, quoted.</summary>
    public string ETag { get; }

    /// <summary>The gzip representation's tag (a strong tag names one representation).</summary>
    public string GzipETag { get; }

    /// <summary>The body compressed with gzip, or null when it is too small to be worth it.</summary>
    public byte[]? Gzip => _gzip.Value;

    private static byte[] Compress(byte[] body)
    {
        using var output = new MemoryStream(body.Length / 4);
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(body);
        return output.ToArray();
    }

    /// <summary>Whether Accept-Encoding names gzip (or *) without q=0.</summary>
    public static bool AcceptsGzip(HttpRequest request)
    {
        foreach (var value in request.Headers.AcceptEncoding)
        {
            if (value is null)
                continue;
            foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var semicolon = part.IndexOf(';', StringComparison.Ordinal);
                var coding = (semicolon < 0 ? part : part[..semicolon]).Trim();
                if (!coding.Equals("gzip", StringComparison.OrdinalIgnoreCase) && coding != "*")
                    continue;
                var q = semicolon < 0 ? "" : part[(semicolon + 1)..].Replace(" ", "", StringComparison.Ordinal);
                if (q is not ("q=0" or "q=0.0" or "q=0.00" or "q=0.000"))
                    return true;
            }
        }
        return false;
    }

    public static string TagOf(DataVersion version, string key) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{version.MaxDocumentId}-{version.MaxFactId}-{version.Documents}-{Fnv1a(key):x16}\"");

    // Stable across processes (string.GetHashCode is not), so two servers over one database give one tag.
    private static ulong Fnv1a(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        return h;
    }

    public bool Matches(HttpRequest request, string etag)
    {
        foreach (var value in request.Headers.IfNoneMatch)
        {
            if (value is null)
                continue;
            foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                // If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" matches "x".
                var tag = part.StartsWith("W/", StringComparison.Ordinal) ? part[2..] : part;
                if (tag == "*" || tag == etag)
                    return true;
            }
        }
        return false;
    }
}

/// <summary>
/// The serialised answers of one <see cref="AnalyticsSnapshot"/>: a new data version gets a new snapshot and so an
/// empty cache, which is what makes a write invalidate them. Bounded in entries and bytes; when full it is emptied
/// (keys are few per version: regions, their pages, conflicts pages, ranking years).
/// </summary>
public sealed class ResponseBytes(DataVersion version)
{
    public const int MaxEntries = 4096;
    // A million facts give about 66 MB of answers a version (83 regions' trade series at ~600 KB and summaries at
    // ~180 KB, conflicts, rankings): a smaller bound emptied the cache over and over under a mix of requests.
    public const long MaxBytes = 256L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new(StringComparer.Ordinal);
    private long _bytes;

    public int Count => _entries.Count;

    public async ValueTask<CachedResponse> GetOrAddAsync<T>(string key, Func<ValueTask<T>> build)
    {
        if (_entries.TryGetValue(key, out var hit))
            return hit;
        // Two requests for a missing key may both build it: the answer is the same, and the cost is once per version.
        var value = await build();
        var entry = new CachedResponse(JsonSerializer.SerializeToUtf8Bytes(value, WebJson.Options), CachedResponse.TagOf(version, key));
        if (Interlocked.Add(ref _bytes, entry.Body.Length) > MaxBytes || _entries.Count >= MaxEntries)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _bytes, entry.Body.Length);
        }
        return _entries.GetOrAdd(key, entry);
    }
}

/// <summary>
/// Sends a <see cref="CachedResponse"/>: 304 when the request's If-None-Match names its tag, else 200 with the
/// bytes. Declares <typeparamref name="T"/> as the 200 schema, so the OpenAPI document describes the answer as
/// TypedResults.Ok&lt;T&gt; did.
/// </summary>
public sealed class CachedJson<T>(CachedResponse response) : IResult, IEndpointMetadataProvider
{
    public CachedResponse Response { get; } = response;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var r = httpContext.Response;
        var gzip = CachedResponse.AcceptsGzip(httpContext.Request) ? Response.Gzip : null;
        var etag = gzip is null ? Response.ETag : Response.GzipETag;
        r.Headers.ETag = etag;
        r.Headers.CacheControl = "no-cache";
        if (Response.Body.Length >= CachedResponse.CompressFrom)
            r.Headers.Vary = "Accept-Encoding";
        if (Response.Matches(httpContext.Request, etag))
        {
            r.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        r.StatusCode = StatusCodes.Status200OK;
        r.ContentType = "application/json; charset=utf-8";
        if (gzip is not null)
            r.Headers.ContentEncoding = "gzip";
        var body = gzip ?? Response.Body;
        r.ContentLength = body.Length;
        await r.Body.WriteAsync(body, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
    }
}
