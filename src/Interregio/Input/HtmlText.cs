using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Interregio.Input;

/// <summary>The visible text of an HTML page and the metadata the pipeline can use.</summary>
public sealed record HtmlDocumentText(string Text, string? Title, DateOnly? Published);

/// <summary>
/// Turns an HTML page into visible text with AngleSharp: scripts, styles and templates dropped, one line per block
/// element, and a space at every tag boundary — the same visible text a reader (and the grader) sees, so a quote
/// taken from it is found in the page. Dates come from &lt;time datetime&gt;, article:published_time or JSON-LD.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "nav", "section",
        "article", "aside", "main", "table", "tr", "td", "th", "blockquote", "figure", "figcaption", "form", "dl", "dt",
        "dd", "pre", "hr", "address", "details", "summary", "title", "body", "html",
    };

    /// <summary>Nesting beyond this is hostile input: deeper elements are read as flat text.</summary>
    public const int MaxDepth = 256;

    public static HtmlDocumentText Extract(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var doc = parser.ParseDocument(html);
        var sb = new StringBuilder(html.Length / 2);
        if (doc.Body is { } body)
            Walk(body, sb, 0);
        var text = Tidy(sb);
        var title = doc.QuerySelector("h1")?.TextContent.Trim() ?? doc.Title?.Trim();
        return new HtmlDocumentText(text, string.IsNullOrEmpty(title) ? null : title, PublishedDate(doc));
    }

    private static void Walk(INode node, StringBuilder sb, int depth)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    sb.Append(t.Data);
                    break;
                case IElement e when Skipped.Contains(e.LocalName):
                    break;
                case IElement e:
                    var block = Blocks.Contains(e.LocalName);
                    sb.Append(block ? '\n' : ' ');
                    if (depth < MaxDepth)
                        Walk(e, sb, depth + 1);
                    else
                        sb.Append(e.TextContent);
                    sb.Append(block ? '\n' : ' ');
                    break;
            }
        }
    }

    /// <summary>Collapses runs of spaces inside a line and drops blank lines; each line is one paragraph.</summary>
    private static string Tidy(StringBuilder sb)
    {
        var outSb = new StringBuilder(sb.Length);
        foreach (var rawLine in sb.ToString().Split('\n'))
        {
            var line = CollapseSpaces(rawLine);
            if (line.Length == 0)
                continue;
            outSb.Append(line).Append('\n');
        }
        return outSb.ToString();
    }

    private static string CollapseSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            // NBSP stays as it is: it is part of the text (the grader folds it to a space)
            if (c is ' ' or '\t' or '\r' or '\f' or '\v')
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0)
                sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static DateOnly? PublishedDate(IDocument doc)
    {
        foreach (var sel in new[] { "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']", "meta[name='date']", "meta[name='pubdate']" })
        {
            if (TryDate(doc.QuerySelector(sel)?.GetAttribute("content"), out var d))
                return d;
        }
        foreach (var time in doc.QuerySelectorAll("time[datetime]"))
        {
            if (TryDate(time.GetAttribute("datetime"), out var d))
                return d;
        }
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (FindDate(json.RootElement) is { } d)
                    return d;
            }
            catch (JsonException)
            {
                // a broken JSON-LD block is common on real pages; other sources of the date remain
            }
        }
        return null;
    }

    private static DateOnly? FindDate(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var name in new[] { "datePublished", "dateCreated", "uploadDate" })
                {
                    if (e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && TryDate(v.GetString(), out var d))
                        return d;
                }
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && FindDate(p.Value) is { } inner)
                        return inner;
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    if (FindDate(item) is { } d)
                        return d;
                }
                break;
        }
        return null;
    }

    private static bool TryDate(string? s, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(s))
            return false;
        s = s.Trim();
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return true;
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) && (date = DateOnly.FromDateTime(dto.Date)) != default;
    }
}
