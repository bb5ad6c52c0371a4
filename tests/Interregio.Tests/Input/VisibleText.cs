using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Interregio.Tests.Input;

/// <summary>
/// The page's visible text as ../shared/eval/score.py computes it: a space at every tag boundary, script and style
/// left out, entities decoded, NBSP folded to a space, whitespace collapsed. A quote must be a substring of it.
/// </summary>
internal static class VisibleText
{
    public static string Of(string html)
    {
        using var doc = new HtmlParser().ParseDocument(html);
        var sb = new StringBuilder();
        Append(doc.DocumentElement, sb);
        return Squash(sb.ToString());
    }

    public static string Quote(string quote) => Squash(WebUtility.HtmlDecode(quote));

    private static void Append(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                sb.Append(t.Data);
            }
            else if (child is IElement e)
            {
                sb.Append(' ');
                if (e.LocalName is not ("script" or "style"))
                    Append(e, sb);
                sb.Append(' ');
            }
        }
    }

    public static string Squash(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s.Replace('\u00a0', ' '))
        {
            if (char.IsWhiteSpace(c))
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
}
