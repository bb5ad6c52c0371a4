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
        var scratch = Scratch.Rent();
        var seen = scratch.Seen;
        var inRelated = false;
        var tokens = scratch.Tokens;
        var menuItems = scratch.MenuItems;
        var kept = ParagraphTokens.Rent();
        ctx.ParagraphTokens = kept;
        foreach (var p in ctx.Paragraphs)
        {
            tokens.Clear();
            Tokenizer.Tokenize(text, p.Span.Start, p.Span.End, tokens);
            menuItems.Add(p.Status == ParagraphStatus.Kept && IsMenuItem(text, tokens));
        }
        var pos = 0;
        while (pos < text.Length)
        {
            var nl = text.IndexOfAny(['\n', '\r'], pos);
            var end = nl < 0 ? text.Length : nl;
            for (var s = pos; s < end; s += MaxParagraphLength)
            {
                var before = ctx.Paragraphs.Count;
                AddLine(ctx, text, s, Math.Min(end, s + MaxParagraphLength), seen, ref inRelated, tokens);
                // a kept line's tokens are at hand now: whether it reads as a menu item is decided here, not re-tokenised
                if (ctx.Paragraphs.Count > before)
                {
                    var isKept = ctx.Paragraphs[^1].Status == ParagraphStatus.Kept;
                    menuItems.Add(isKept && IsMenuItem(text, tokens));
                    if (isKept)
                        kept.Add(ctx.Paragraphs.Count - 1, tokens);
                }
            }
            pos = end + 1;
        }
        MarkMenus(ctx, menuItems);
        Scratch.Return(scratch);
    }

    /// <summary>The stage's working lists, reused by the next document on the same thread instead of allocated again.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? t_spare;

        public Seen Seen { get; } = new();
        public List<Token> Tokens { get; } = [];
        public List<bool> MenuItems { get; } = [];

        public static Scratch Rent()
        {
            var s = t_spare ?? new Scratch();
            t_spare = null;
            s.Seen.Clear();
            s.Tokens.Clear();
            s.MenuItems.Clear();
            return s;
        }

        public static void Return(Scratch s) => t_spare = s;
    }

    private static bool IsMenuItem(string text, List<Token> tokens)
    {
        var words = 0;
        foreach (var t in tokens)
        {
            if (t.Kind is TokenKind.Word or TokenKind.Number)
                words++;
            else if (t.Kind == TokenKind.Punct && text[t.Start] is '.' or '!' or '?')
                return false;
        }
        return words <= 2;
    }

    /// <summary>
    /// The paragraphs kept so far, by a hash of their whitespace-normalised text; a hash hit is confirmed by
    /// comparing the normalised texts, so no string is made per paragraph.
    /// </summary>
    internal sealed class Seen
    {
        // Normal: the line is its own whitespace-normalised form, so comparing it with another such line is comparing
        // characters (vectorised), not walking both with the normalising reader
        private readonly Dictionary<ulong, (int Start, int End, int Index, bool Normal)> _byHash = [];
        private Dictionary<string, int>? _collisions;

        public void Clear()
        {
            _byHash.Clear();
            _collisions = null;
        }

        /// <summary>The paragraph first kept with this text; <paramref name="hash"/> is for <see cref="Add"/>, so the text is hashed once.</summary>
        public bool TryGet(string text, int start, int end, out int index, out ulong hash, out bool normal)
        {
            var line = text.AsSpan(start, end - start);
            normal = IsNormal(line);
            hash = normal ? LineHash(line) : SlowHash(line);
            if (_byHash.TryGetValue(hash, out var first)
                && (first.Normal && normal
                    ? line.SequenceEqual(text.AsSpan(first.Start, first.End - first.Start))
                    : SameNormalised(text.AsSpan(first.Start, first.End - first.Start), line)))
            {
                index = first.Index;
                return true;
            }
            index = -1;
            return _collisions is not null && _collisions.TryGetValue(Normalise(text.AsSpan(start, end - start)), out index);
        }

        public void Add(string text, int start, int end, int index, ulong hash, bool normal)
        {
            if (!_byHash.TryAdd(hash, (start, end, index, normal)))
                (_collisions ??= new(StringComparer.Ordinal)).TryAdd(Normalise(text.AsSpan(start, end - start)), index);
        }

        // whitespace other than a plain space: a line without it and without two spaces in a row is its own
        // normalised form (lines come here trimmed)
        private static readonly System.Buffers.SearchValues<char> OtherWhitespace = System.Buffers.SearchValues.Create(
            "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

        // Most lines are already normalised: one vectorised scan, then the runtime's string hash of the line itself
        // (within one process, which is all a document's repeats need; equal hashes are confirmed by comparing texts).
        private static bool IsNormal(ReadOnlySpan<char> s) =>
            s.Length > 0 && !char.IsWhiteSpace(s[0]) && !char.IsWhiteSpace(s[^1])
            && !s.ContainsAny(OtherWhitespace) && !s.Contains("  ", StringComparison.Ordinal);

        private static ulong SlowHash(ReadOnlySpan<char> s)
        {
            // the same hash over the normalised characters (a run of whitespace after text counts as one space)
            var normalised = Normalise(s);
            return LineHash(normalised.AsSpan());
        }

        private const ulong Prime1 = 0x9E3779B185EBCA87UL;
        private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;

        /// <summary>
        /// A 64-bit hash of a line's characters, four lanes of xxHash64's round over 32 bytes at a time: the runtime's
        /// string hash (Marvin, one dependent chain, randomised against flooding) was 1% of extract. Flooding buys
        /// nothing here: a hash shared by different lines only sends the later ones to a dictionary keyed by their text.
        /// </summary>
        internal static ulong LineHash(ReadOnlySpan<char> s)
        {
            var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(s);
            ulong a = unchecked(Prime1 + Prime2), b = Prime2, c = 0, d = unchecked(0 - Prime1);
            var i = 0;
            for (; i + 32 <= bytes.Length; i += 32)
            {
                a = Round(a, System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..]));
                b = Round(b, System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i + 8)..]));
                c = Round(c, System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i + 16)..]));
                d = Round(d, System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i + 24)..]));
            }
            var h = System.Numerics.BitOperations.RotateLeft(a, 1) + System.Numerics.BitOperations.RotateLeft(b, 7)
                + System.Numerics.BitOperations.RotateLeft(c, 12) + System.Numerics.BitOperations.RotateLeft(d, 18);
            h += (ulong)bytes.Length;
            for (; i + 8 <= bytes.Length; i += 8)
                h = System.Numerics.BitOperations.RotateLeft(h ^ Round(0, System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..])), 27) * Prime1 + Prime2;
            for (; i < bytes.Length; i++)
                h = System.Numerics.BitOperations.RotateLeft(h ^ (bytes[i] * Prime2), 11) * Prime1;
            h ^= h >> 33;
            h *= Prime2;
            h ^= h >> 29;
            return h;

            static ulong Round(ulong acc, ulong lane) => System.Numerics.BitOperations.RotateLeft(acc + lane * Prime2, 31) * Prime1;
        }

        private static bool SameNormalised(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            var ea = new NormalisedChars(a);
            var eb = new NormalisedChars(b);
            while (true)
            {
                var ha = ea.MoveNext();
                var hb = eb.MoveNext();
                if (ha != hb)
                    return false;
                if (!ha)
                    return true;
                if (ea.Current != eb.Current)
                    return false;
            }
        }
    }

    /// <summary>The characters <see cref="Normalise"/> would produce, one at a time.</summary>
    private ref struct NormalisedChars(ReadOnlySpan<char> s)
    {
        private readonly ReadOnlySpan<char> _s = s;
        private int _i;
        private bool _any;
        private bool _pendingChar;

        public char Current { get; private set; }

        public bool MoveNext()
        {
            if (_pendingChar)
            {
                _pendingChar = false;
                Current = _s[_i++];
                return true;
            }
            var space = false;
            while (_i < _s.Length && char.IsWhiteSpace(_s[_i]))
            {
                space = true;
                _i++;
            }
            if (_i >= _s.Length)
                return false;
            if (space && _any)
            {
                _pendingChar = true;
                Current = ' ';
                return true;
            }
            _any = true;
            Current = _s[_i++];
            return true;
        }
    }

    /// <summary>Menus saved from HTML come out as a run of one- or two-word lines ("Home", "Politics", "Economy").</summary>
    private const int MenuRun = 4;

    private static void MarkMenus(DocumentContext ctx, List<bool> menuItems)
    {
        var runStart = -1;
        for (var i = 0; i <= ctx.Paragraphs.Count; i++)
        {
            var isItem = i < ctx.Paragraphs.Count && menuItems[i];
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

    private void AddLine(DocumentContext ctx, string text, int start, int end, Seen seen, ref bool inRelated, List<Token> tokens)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end <= start)
            return;
        var span = new TextSpan(start, end);

        // A line the same as one kept already is a repeat whatever else it is: the tests below read only its tokens,
        // which whitespace does not change, and said "keep" of the first copy. So it is looked up before it is
        // tokenised (scraped pages repeat whole blocks). Not after a related-news heading, where a headline is set
        // aside as one and any other line ends the list.
        int first;
        ulong hash = 0;
        var normal = false;
        var probed = !inRelated;
        if (probed && seen.TryGet(text, start, end, out first, out hash, out normal))
        {
            ctx.Paragraphs.Add(new Paragraph(span, ParagraphStatus.Repeated, first, "repeated paragraph"));
            return;
        }

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

        if (!probed && seen.TryGet(text, start, end, out first, out hash, out normal))
        {
            ctx.Paragraphs.Add(new Paragraph(span, ParagraphStatus.Repeated, first, "repeated paragraph"));
            return;
        }
        seen.Add(text, start, end, ctx.Paragraphs.Count, hash, normal);
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

        // One pass for both tests below.
        // A currency ticker: two or more "USD 3.2677" pairs and little else.
        var pairs = 0;
        var words = 0;
        // Navigation: three or more short segments separated by '|' or '>'.
        var separators = 0;
        var longest = 0;
        var run = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind is TokenKind.Punct or TokenKind.Symbol && text[t.Start] is '|' or '>' or '»' or '·' or '/')
            {
                separators++;
                longest = Math.Max(longest, run);
                run = 0;
            }
            else if (t.Kind == TokenKind.Word)
            {
                words++;
                run++;
                if (t.Length == 3 && char.IsAsciiLetterUpper(text[t.Start]) && IsCurrencyCode(t.Of(text)))
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
        longest = Math.Max(longest, run);
        if (separators >= 3 && longest <= 4)
            return "navigation";
        return null;
    }

    private static bool IsCurrencyCode(ReadOnlySpan<char> w) =>
        w.SequenceEqual("USD") || w.SequenceEqual("EUR") || w.SequenceEqual("RUB") || w.SequenceEqual("CNY")
        || w.SequenceEqual("BYN") || w.SequenceEqual("PLN") || w.SequenceEqual("UAH") || w.SequenceEqual("KZT");
}
