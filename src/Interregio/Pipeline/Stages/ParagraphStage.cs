using Interregio.Gazetteers;
using Interregio.Text;

namespace Interregio.Pipeline.Stages;

/// <summary>
/// Splits the text into paragraphs (one a line, as agency pages and our HTML reader lay them out) and marks the
/// ones that are not the article: navigation, currency tickers, tags, lists of other headlines, and paragraphs
/// repeated by the scraper. Nothing is copied: a paragraph is a span of the original text, so every quote taken
/// later is the text as it stands in the input.
/// </summary>
public sealed class ParagraphStage(CueLexicon cues) : IDocumentStage
{
    /// <summary>Longer lines are cut into pieces of this size so one 50 MB line cannot make one 50 MB sentence.</summary>
    public const int MaxParagraphLength = 20_000;

    public ParagraphStage() : this(CueLexicon.Default) { }

    public void Run(DocumentContext ctx)
    {
        var text = ctx.Text;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var inRelated = false;
        var tokens = new List<Token>();
        var pos = 0;
        while (pos < text.Length)
        {
            var nl = text.IndexOfAny(['\n', '\r'], pos);
            var end = nl < 0 ? text.Length : nl;
            for (var s = pos; s < end; s += MaxParagraphLength)
                AddLine(ctx, text, s, Math.Min(end, s + MaxParagraphLength), seen, ref inRelated, tokens);
            pos = end + 1;
        }
        MarkMenus(ctx, tokens);
    }

    /// <summary>Menus saved from HTML come out as a run of one- or two-word lines ("Home", "Politics", "Economy").</summary>
    private const int MenuRun = 4;

    private static void MarkMenus(DocumentContext ctx, List<Token> tokens)
    {
        var text = ctx.Text;
        var runStart = -1;
        for (var i = 0; i <= ctx.Paragraphs.Count; i++)
        {
            var isItem = false;
            if (i < ctx.Paragraphs.Count && ctx.Paragraphs[i].Status == ParagraphStatus.Kept)
            {
                var p = ctx.Paragraphs[i];
                tokens.Clear();
                Tokenizer.Tokenize(text, p.Span.Start, p.Span.End, tokens);
                isItem = tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number) <= 2 && !tokens.Any(t => t.Kind == TokenKind.Punct && text[t.Start] is '.' or '!' or '?');
            }
            if (isItem)
            {
                if (runStart < 0)
                    runStart = i;
                continue;
            }
            if (runStart >= 0 && i - runStart >= MenuRun)
            {
                for (var k = runStart; k < i; k++)
                    ctx.Paragraphs[k] = ctx.Paragraphs[k] with { Status = ParagraphStatus.Boilerplate, Reason = "menu" };
            }
            runStart = -1;
        }
    }

    private void AddLine(DocumentContext ctx, string text, int start, int end, Dictionary<string, int> seen, ref bool inRelated, List<Token> tokens)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end <= start)
            return;
        var span = new TextSpan(start, end);
        tokens.Clear();
        Tokenizer.Tokenize(text, start, end, tokens);
        if (tokens.Count == 0)
            return;

        if (cues.StartsLine(text, tokens, CueCategory.RelatedHeading) && tokens.Count <= 8)
        {
            inRelated = true;
            ctx.Paragraphs.Add(new Paragraph(span, ParagraphStatus.Boilerplate, Reason: "related-news heading"));
            return;
        }
        if (inRelated)
        {
            if (LooksLikeHeadline(text, tokens))
            {
                ctx.Paragraphs.Add(new Paragraph(span, ParagraphStatus.Boilerplate, Reason: "other headline"));
                return;
            }
            inRelated = false;
        }
        var reason = BoilerplateReason(text, tokens);
        if (reason is not null)
        {
            ctx.Paragraphs.Add(new Paragraph(span, ParagraphStatus.Boilerplate, Reason: reason));
            return;
        }

        var key = Normalise(text.AsSpan(start, end - start));
        if (seen.TryGetValue(key, out var first))
        {
            ctx.Paragraphs.Add(new Paragraph(span, ParagraphStatus.Repeated, first, "repeated paragraph"));
            return;
        }
        seen[key] = ctx.Paragraphs.Count;
        ctx.Paragraphs.Add(new Paragraph(span, ParagraphStatus.Kept));
    }

    /// <summary>Whitespace collapsed, so a paragraph scraped twice with different spacing is still the same.</summary>
    internal static string Normalise(ReadOnlySpan<char> s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
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

    private static bool LooksLikeHeadline(string text, List<Token> tokens)
    {
        var words = tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number);
        var last = tokens[^1];
        var endsSentence = last.Kind == TokenKind.Punct && text[last.Start] is '.' or '!' or '?';
        return words <= 18 && !(endsSentence && words > 10);
    }

    private string? BoilerplateReason(string text, List<Token> tokens)
    {
        if (cues.StartsLine(text, tokens, CueCategory.BoilerplateLine))
            return "page furniture";

        // A currency ticker: two or more "USD 3.2677" pairs and little else.
        var pairs = 0;
        var words = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Word)
            {
                words++;
                if (t.Length == 3 && IsCurrencyCode(t.Of(text)))
                {
                    for (var j = i + 1; j < Math.Min(tokens.Count, i + 5); j++)
                    {
                        if (tokens[j].Kind == TokenKind.Number && text.AsSpan(tokens[j].Start, tokens[j].Length).ContainsAny(".,"))
                        {
                            pairs++;
                            break;
                        }
                        if (tokens[j].Kind == TokenKind.Word && j > i + 1)
                            break;
                    }
                }
            }
        }
        if (pairs >= 2 && words <= 4 * pairs + 6)
            return "currency ticker";

        // Navigation: three or more short segments separated by '|' or '>'.
        var separators = 0;
        var longest = 0;
        var run = 0;
        foreach (var t in tokens)
        {
            if (t.Kind is TokenKind.Punct or TokenKind.Symbol && text[t.Start] is '|' or '>' or '»' or '·' or '/')
            {
                separators++;
                longest = Math.Max(longest, run);
                run = 0;
            }
            else if (t.Kind == TokenKind.Word)
            {
                run++;
            }
        }
        longest = Math.Max(longest, run);
        if (separators >= 3 && longest <= 4)
            return "navigation";
        return null;
    }

    private static bool IsCurrencyCode(ReadOnlySpan<char> w) =>
        w.SequenceEqual("USD") || w.SequenceEqual("EUR") || w.SequenceEqual("RUB") || w.SequenceEqual("CNY")
        || w.SequenceEqual("BYN") || w.SequenceEqual("PLN") || w.SequenceEqual("UAH") || w.SequenceEqual("KZT");
}
