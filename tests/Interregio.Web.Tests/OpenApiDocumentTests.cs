using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Interregio.Web.Tests;

/// <summary>
/// /openapi/v1.json checked as a document, independently of the library that generated it: what OpenAPI 3 requires
/// is there, every $ref points at something in the document, every endpoint the app maps is described with its path
/// parameters; and, where the openapi-spec-validator tool is installed, that validator accepts it.
/// </summary>
public sealed partial class OpenApiDocumentTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    private async Task<JsonElement> DocumentAsync()
    {
        var text = await fixture.ReadOnly.CreateClient().GetStringAsync("/openapi/v1.json", Cancel);
        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task The_document_has_what_OpenAPI_3_requires()
    {
        var doc = await DocumentAsync();
        Assert.Matches(@"^3\.[01]\.\d+$", doc.GetProperty("openapi").GetString());
        Assert.False(string.IsNullOrWhiteSpace(doc.GetProperty("info").GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(doc.GetProperty("info").GetProperty("version").GetString()));
        var operationIds = new List<string>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            Assert.StartsWith("/", path.Name);
            foreach (var op in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                var responses = op.Value.GetProperty("responses");
                Assert.True(responses.EnumerateObject().Any(), $"{op.Name} {path.Name} has no responses");
                foreach (var r in responses.EnumerateObject())
                {
                    Assert.Matches(@"^([1-5]\d\d|[1-5]XX|default)$", r.Name);
                    Assert.True(r.Value.TryGetProperty("description", out _) || r.Value.TryGetProperty("$ref", out _), $"{op.Name} {path.Name} {r.Name} has no description");
                }
                if (op.Value.TryGetProperty("operationId", out var id))
                    operationIds.Add(id.GetString()!);
                // Every {parameter} in the path template is declared, in the path and required.
                var declared = Parameters(doc, path.Value, op.Value);
                foreach (Match m in TemplateParameter().Matches(path.Name))
                {
                    var p = declared.FirstOrDefault(d => d.GetProperty("name").GetString() == m.Groups[1].Value && d.GetProperty("in").GetString() == "path");
                    Assert.True(p.ValueKind == JsonValueKind.Object, $"{op.Name} {path.Name} does not declare its path parameter {m.Value}");
                    Assert.True(p.GetProperty("required").GetBoolean(), $"{op.Name} {path.Name}: {m.Value} must be required");
                }
            }
        }
        Assert.Equal(operationIds.Count, operationIds.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Every_reference_resolves_inside_the_document()
    {
        var doc = await DocumentAsync();
        var refs = new List<string>();
        Collect(doc, refs);
        Assert.NotEmpty(refs);
        foreach (var r in refs.Distinct())
        {
            Assert.StartsWith("#/", r);
            Assert.True(Resolve(doc, r) is not null, $"{r} does not resolve");
        }
    }

    [Fact]
    public async Task Every_endpoint_the_app_maps_is_described()
    {
        var doc = await DocumentAsync();
        var paths = doc.GetProperty("paths");
        var endpoints = fixture.ReadOnly.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Path: Normalise(e.RoutePattern.RawText ?? ""), Methods: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? []))
            // The document itself and the reference page that shows it are not API operations.
            .Where(e => !e.Path.StartsWith("/openapi", StringComparison.Ordinal) && !e.Path.StartsWith("/scalar", StringComparison.Ordinal))
            .ToList();
        Assert.True(endpoints.Count >= 12, $"{endpoints.Count} endpoints mapped");
        foreach (var (path, methods) in endpoints)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the document");
            foreach (var method in methods)
                Assert.True(item.TryGetProperty(method.ToLowerInvariant(), out _), $"{method} {path} is not in the document");
        }
    }

    [Fact]
    public async Task The_openapi_spec_validator_accepts_the_document()
    {
        var tool = FindOnPath("openapi-spec-validator");
        if (tool is null)
            Assert.Skip("openapi-spec-validator (Python) is not installed; the structural tests above still ran");
        var file = Path.Combine(Path.GetTempPath(), $"interregio-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, (await DocumentAsync()).GetRawText(), Cancel);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, [file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var stdout = process.StandardOutput.ReadToEndAsync(Cancel);
            var stderr = process.StandardError.ReadToEndAsync(Cancel);
            await process.WaitForExitAsync(Cancel);
            Assert.True(process.ExitCode == 0, $"openapi-spec-validator: {await stdout}{await stderr}");
            Assert.Contains(": OK", await stdout);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static List<JsonElement> Parameters(JsonElement doc, params JsonElement[] owners)
    {
        var list = new List<JsonElement>();
        foreach (var owner in owners)
        {
            if (!owner.TryGetProperty("parameters", out var ps))
                continue;
            foreach (var p in ps.EnumerateArray())
                list.Add(p.TryGetProperty("$ref", out var r) ? Resolve(doc, r.GetString()!)!.Value : p);
        }
        return list;
    }

    private static void Collect(JsonElement e, List<string> refs)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject())
            {
                if (p.Name == "$ref" && p.Value.ValueKind == JsonValueKind.String)
                    refs.Add(p.Value.GetString()!);
                else
                    Collect(p.Value, refs);
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray())
                Collect(x, refs);
        }
    }

    /// <summary>A JSON pointer (RFC 6901) within the document.</summary>
    private static JsonElement? Resolve(JsonElement doc, string pointer)
    {
        var node = doc;
        foreach (var raw in pointer[2..].Split('/'))
        {
            var token = Uri.UnescapeDataString(raw).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(token, out node))
                return null;
        }
        return node;
    }

    /// <summary>"api/regions/{code:regex(...)}/" as the document writes it: "/api/regions/{code}".</summary>
    private static string Normalise(string route)
    {
        var path = "/" + route.Trim('/');
        return RouteConstraint().Replace(path, "{$1}");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex(@"\{([^}/:?]+)\}")]
    private static partial Regex TemplateParameter();

    [GeneratedRegex(@"\{\*?([^}/:?=]+)[^}]*\}")]
    private static partial Regex RouteConstraint();
}
