using AngleSharp.Dom;
using Interregio.Gazetteers;
using Interregio.Text;

namespace Interregio.Input;

/// <summary>
/// Finds the blocks of an article page that are not the article, so <see cref="HtmlText"/> can leave them out.
/// Scoring follows Readability: every paragraph of prose gives its parent a point, one per comma and one per
/// hundred characters (up to three), half of that to its grandparent and a third to the great-grandparent; a
/// block's score is then scaled by the share of its text that is not link text. The best-scoring block is the
/// body. Removed are: page-level tags (nav, aside, footer, forms, a header without the headline), hidden blocks,
/// blocks whose class or id names page furniture (Data/html-hints.tsv), lists and boxes that are mostly links,
/// boxes that open with a "Related news" heading (the lexicon's related_heading cues), and, off the path from the
/// page to the body, any block that is neither a headline, a short plain line (a date, a byline) nor prose. The
/// body and the blocks that contain it are never removed, whatever their class names say.
/// </summary>
internal static class MainContent
{
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "aside", "footer", "form", "button", "select", "dialog", "menu", "input", "textarea", "label",
    };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "contentinfo", "search", "menu", "menubar", "dialog", "alertdialog",
    };

    private static readonly HashSet<string> ParagraphTags = new(StringComparer.OrdinalIgnoreCase) { "p", "pre", "td", "blockquote" };

    private static readonly Lazy<Hints> LazyHints = new(() => Hints.Load(TsvTable.LoadEmbedded("html-hints.tsv", "kind", "match", "hint")));

    /// <summary>Character counts of an element's visible text, gathered in one pass over the tree.</summary>
    private sealed class Stats
    {
        public int Text;
        public int LinkText;
        public int Commas;
        public bool HasBlockChild;
        public bool HasHeadline;
        public double Score;
        public bool Scored;

        public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;
    }

    public static HashSet<INode> Boilerplate(IElement body)
    {
        var hints = LazyHints.Value;
        var stats = new Dictionary<IElement, Stats>(ReferenceEqualityComparer.Instance);
        Measure(body, stats, 0);
        var top = TopCandidate(body, stats, hints);
        var path = new HashSet<INode>(ReferenceEqualityComparer.Instance);
        for (INode? n = top; n is not null; n = n.Parent)
            path.Add(n);
        var threshold = stats[top].Score * 0.2;
        var removed = new HashSet<INode>(ReferenceEqualityComparer.Instance);
        Mark(body, stats, hints, path, top, threshold, insideBody: ReferenceEquals(top, body), removed, 0);
        return removed;
    }

    private static Stats Measure(IElement e, Dictionary<IElement, Stats> stats, int depth)
    {
        var s = new Stats { HasHeadline = e.LocalName == "h1" };
        stats[e] = s;
        foreach (var child in e.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    Count(t.Data, s);
                    break;
                case IElement c when HtmlText.IsSkipped(c):
                    break;
                case IElement c when depth >= HtmlText.MaxDepth:
                    // hostile nesting: count the text, do not descend further
                    Count(c.TextContent, s);
                    break;
                case IElement c:
                    var cs = Measure(c, stats, depth + 1);
                    s.Text += cs.Text;
                    s.Commas += cs.Commas;
                    s.LinkText += c.LocalName == "a" ? cs.Text : cs.LinkText;
                    s.HasHeadline |= cs.HasHeadline;
                    s.HasBlockChild |= HtmlText.IsBlock(c) && c.LocalName != "br";
                    break;
            }
        }
        return s;
    }

    private static void Count(string data, Stats s)
    {
        foreach (var ch in data)
        {
            if (!char.IsWhiteSpace(ch))
                s.Text++;
            if (ch is ',' or '，')
                s.Commas++;
        }
    }

    /// <summary>A paragraph of prose: a p (or pre, td, blockquote), or a div or section holding only inline content.</summary>
    private static bool IsParagraph(IElement e, Stats s) =>
        ParagraphTags.Contains(e.LocalName) || (e.LocalName is "div" or "section" or "span" && !s.HasBlockChild);

    private static IElement TopCandidate(IElement body, Dictionary<IElement, Stats> stats, Hints hints)
    {
        foreach (var (e, s) in stats)
        {
            if (s.Text < 25 || !IsParagraph(e, s) || hints.IsFurniture(e))
                continue;
            var points = 1.0 + s.Commas + Math.Min(s.Text / 100.0, 3.0);
            var level = 0;
            for (var a = e.ParentElement; a is not null && level < 3; a = a.ParentElement, level++)
            {
                if (!stats.TryGetValue(a, out var sa))
                    break;
                if (!sa.Scored)
                {
                    sa.Scored = true;
                    sa.Score = InitialScore(a, hints);
                }
                sa.Score += level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
                if (ReferenceEquals(a, body))
                    break;
            }
        }
        IElement top = body;
        var best = double.MinValue;
        foreach (var (e, s) in stats)
        {
            if (!s.Scored)
                continue;
            s.Score *= 1 - s.LinkDensity;
            if (s.Score > best)
            {
                best = s.Score;
                top = e;
            }
        }
        if (!stats[top].Scored)
            stats[top].Score = 0;
        return top;
    }

    private static double InitialScore(IElement e, Hints hints)
    {
        var score = e.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (hints.IsFurniture(e))
            score -= 25;
        if (hints.IsContent(e))
            score += 25;
        return score;
    }

    private static void Mark(IElement e, Dictionary<IElement, Stats> stats, Hints hints, HashSet<INode> path, IElement top,
        double threshold, bool insideBody, HashSet<INode> removed, int depth)
    {
        if (depth >= HtmlText.MaxDepth)
            return;
        foreach (var c in e.Children)
        {
            if (HtmlText.IsSkipped(c) || !stats.TryGetValue(c, out var s))
                continue;
            if (path.Contains(c))
            {
                // the body and the blocks around it stay, whatever their class names say
                Mark(c, stats, hints, path, top, threshold, insideBody: ReferenceEquals(c, top), removed, depth + 1);
                continue;
            }
            if (IsFurniture(c, s, hints))
            {
                removed.Add(c);
                continue;
            }
            if (!insideBody && !KeptBesideBody(c, s, threshold))
            {
                removed.Add(c);
                continue;
            }
            Mark(c, stats, hints, path, top, threshold, insideBody: true, removed, depth + 1);
        }
    }

    private static bool IsFurniture(IElement c, Stats s, Hints hints)
    {
        var name = c.LocalName;
        if (FurnitureTags.Contains(name))
            return true;
        // the page header (logo, menu, ticker); an article's own header holds the headline and stays
        if (name == "header" && !s.HasHeadline)
            return true;
        if (c.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim()))
            return true;
        if (c.HasAttribute("hidden") || c.GetAttribute("aria-hidden") == "true"
            || (c.GetAttribute("style") is { } style && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)))
            return true;
        if (hints.IsFurniture(c) && !s.HasHeadline)
            return true;
        // a list of other headlines: most of its text is link text
        if (s.Text > 0 && s.LinkDensity > 0.5 && !s.HasHeadline && name is "ul" or "ol" or "div" or "section" or "table" or "dl" or "p" or "li")
            return true;
        return OpensWithRelatedHeading(c);
    }

    /// <summary>A box whose first line is "Related news", "Read also" and the like is a list of other stories.</summary>
    private static bool OpensWithRelatedHeading(IElement c)
    {
        if (c.LocalName is not ("div" or "section" or "ul" or "ol") || c.Children.Length < 2)
            return false;
        var first = c.Children[0];
        if (first.LocalName is not ("h2" or "h3" or "h4" or "h5" or "h6" or "p" or "div" or "span" or "strong" or "b" or "header"))
            return false;
        var heading = first.TextContent;
        if (heading.Length > 80)
            return false;
        var tokens = new List<Token>();
        Tokenizer.Tokenize(heading, 0, heading.Length, tokens);
        return tokens.Count is > 0 and <= 8 && CueLexicon.Default.StartsLine(heading, tokens, CueCategory.RelatedHeading);
    }

    /// <summary>
    /// Off the path to the body, a block stays if it is a headline, a short plain line (a dateline, a date, a
    /// byline: 120 characters, no links), a block that scores like the body, or a paragraph of prose.
    /// </summary>
    private static bool KeptBesideBody(IElement c, Stats s, double threshold)
    {
        if (s.HasHeadline || c.LocalName is "h2" or "time" or "br" or "hr")
            return true;
        if (s.Text == 0)
            return true;
        if (s.Text <= 120 && s.LinkText == 0)
            return true;
        if (s.Scored && s.Score >= threshold && s.LinkDensity < 0.33)
            return true;
        return IsParagraph(c, s) && s.Text >= 80 && s.LinkDensity < 0.25;
    }

    private sealed class Hints(HashSet<string> dropWords, string[] dropParts, HashSet<string> contentWords)
    {
        public static Hints Load(TsvTable table)
        {
            var dropWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var dropParts = new List<string>();
            var contentWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in table.Rows)
            {
                var hint = row["hint"].Trim().ToLowerInvariant();
                switch ((row["kind"], row["match"]))
                {
                    case ("drop", "word"):
                        dropWords.Add(hint);
                        break;
                    case ("drop", "part"):
                        dropParts.Add(hint);
                        break;
                    case ("content", "word"):
                        contentWords.Add(hint);
                        break;
                    default:
                        throw row.Error($"kind '{row["kind"]}' with match '{row["match"]}' is not drop/word, drop/part or content/word");
                }
            }
            return new Hints(dropWords, [.. dropParts], contentWords);
        }

        private static readonly char[] Separators = [' ', '-', '_', '\t', '\n', '.', ':'];

        private static string Names(IElement e) => $"{e.GetAttribute("class")} {e.Id}".ToLowerInvariant();

        public bool IsFurniture(IElement e)
        {
            var names = Names(e);
            if (names.Length <= 1)
                return false;
            foreach (var part in dropParts)
            {
                if (names.Contains(part, StringComparison.Ordinal))
                    return true;
            }
            foreach (var word in names.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (dropWords.Contains(word))
                    return true;
            }
            return false;
        }

        public bool IsContent(IElement e)
        {
            var names = Names(e);
            if (names.Length <= 1)
                return false;
            foreach (var word in names.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (contentWords.Contains(word))
                    return true;
            }
            return false;
        }
    }
}
