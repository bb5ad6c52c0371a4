namespace Interregio.Text;

/// <summary>
/// A token trie over multi-word phrases, built once from data and then read-only (safe to share across threads).
/// Lookups compare tokens case-insensitively without allocating. A phrase token ending in '*' matches any token
/// that starts with it, which is how Russian cue words list a stem once for all its case endings ("превыс*").
/// Matching always takes the longest phrase at a position, as Markdig's emoji parser does.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;

        // The same children by the fold hash of their key (keys whose hashes collide share an entry): a token is
        // looked up by the hash the tokenizer made and compared only with the keys under it, not hashed again.
        public Dictionary<int, (string Key, Node Node)[]>? ByFold;
        public List<(string Prefix, Node Node)>? Prefixes;
        // Prefixes by their first letter (upper-cased, as OrdinalIgnoreCase compares), each list in insertion order:
        // a token is tried only against the stems that can start it, not against every stem of the node.
        // Each with its second letter upper-cased ('\0' for a one-letter stem): a word is compared ignoring case only
        // with the stems whose first two letters it has (Russian stems share first letters by the dozen).
        public Dictionary<char, (string Prefix, char Second, Node Node)[]>? PrefixesByFirst;
        public bool HasValue;
        public T Value = default!;
    }

    private readonly Node _root = new();

    // the first words of every phrase: most tokens start none, and are turned away before any hashing
    private readonly FirstKeyFilter _first = new();

    // every whole (non-stem) key at any depth, by fold hash: a token with none is not looked up among a node's children
    private readonly KeyBits _keys = new();

    // a key FoldHash cannot hash (0): then every lookup goes by the key's text
    private bool _unhashedKeys;

    // A stem an ASCII letter can start ignoring case (one starting with an ASCII letter, ı, İ, ſ or the Kelvin sign).
    // The stems are Russian ("превыс*"): without such a stem an ASCII word is never looked up among a node's stems.
    private bool _asciiStems;

    public int Count { get; private set; }

    /// <summary>Adds a phrase; the first value registered for a phrase wins, so data files order by priority.</summary>
    public bool Add(string phrase, T value)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
        if (tokens.Count == 0)
            return false;
        var node = _root;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var key = Tokenizer.KeyOf(phrase, t).ToString();
            var isStem = t.End < phrase.Length && phrase[t.End] == '*' && t.Kind == TokenKind.Word;
            if (i == 0)
                _first.Add(key, isStem);
            if (isStem)
            {
                _asciiStems |= key.Length > 0 && (key[0] < 128 || key[0] is '\u0130' or '\u0131' or '\u017F' or '\u212A');
                node.Prefixes ??= [];
                var found = node.Prefixes.FindIndex(p => string.Equals(p.Prefix, key, StringComparison.OrdinalIgnoreCase));
                if (found < 0)
                {
                    var child = new Node();
                    node.Prefixes.Add((key, child));
                    node.PrefixesByFirst ??= [];
                    var first = char.ToUpperInvariant(key[0]);
                    var second = key.Length >= 2 ? char.ToUpperInvariant(key[1]) : '\0';
                    node.PrefixesByFirst[first] = [.. node.PrefixesByFirst.GetValueOrDefault(first, []), (key, second, child)];
                    node = child;
                }
                else
                {
                    node = node.Prefixes[found].Node;
                }
                // the '*' itself was tokenised as a symbol: skip it
                if (i + 1 < tokens.Count && tokens[i + 1].Start == t.End)
                    i++;
            }
            else
            {
                node.Children ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
                _keys.Add(key);
                if (!node.Children.TryGetValue(key, out var child))
                {
                    node.Children[key] = child = new Node();
                    var h = Tokenizer.FoldHash(key);
                    _unhashedKeys |= h == 0;
                    node.ByFold ??= [];
                    node.ByFold[h] = [.. node.ByFold.GetValueOrDefault(h, []), (key, child)];
                }
                node = child;
            }
        }
        if (node.HasValue)
            return false;
        node.HasValue = true;
        node.Value = value;
        Count++;
        return true;
    }

    /// <summary>Whether some phrase may start at <paramref name="token"/>: false only when none can.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayStart(string text, Token token) => _first.MayStart(text, token);

    /// <summary>The longest phrase starting at token <paramref name="at"/>: its token count and value, or 0.</summary>
    public int Match(string text, List<Token> tokens, int at, out T value)
    {
        value = default!;
        if (at < tokens.Count && !_first.MayStart(text, tokens[at]))
            return 0;
        var best = 0;
        Walk(_root, text, tokens, at, 0, ref best, ref value);
        return best;
    }

    private void Walk(Node node, string text, List<Token> tokens, int at, int depth, ref int best, ref T value)
    {
        if (node.HasValue && depth > best)
        {
            best = depth;
            value = node.Value;
        }
        var i = at + depth;
        if (i >= tokens.Count)
            return;
        var key = Tokenizer.KeyOf(text, tokens[i]);
        if (node.Children is not null && _keys.May(tokens[i]) && TryChild(node, tokens[i], key, out var child))
            Walk(child, text, tokens, at, depth + 1, ref best, ref value);
        if (node.PrefixesByFirst is { } byFirst && key.Length > 0 && (key[0] >= 128 || _asciiStems)
            && byFirst.TryGetValue(char.ToUpperInvariant(key[0]), out var prefixes))
        {
            var second = key.Length >= 2 ? char.ToUpperInvariant(key[1]) : '\0';
            foreach (var (prefix, stemSecond, next) in prefixes)
            {
                if ((stemSecond == '\0' || stemSecond == second) && key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    Walk(next, text, tokens, at, depth + 1, ref best, ref value);
            }
        }
    }

    /// <summary>
    /// The child of <paramref name="node"/> whose key equals the token's ignoring case. Keys equal ignoring case have
    /// equal fold hashes (a test pins this), so the keys under the token's hash are the only candidates.
    /// </summary>
    private bool TryChild(Node node, Token token, ReadOnlySpan<char> key, out Node child)
    {
        if (token.Fold != 0 && !_unhashedKeys)
        {
            child = null!;
            if (!node.ByFold!.TryGetValue(token.Fold, out var candidates))
                return false;
            foreach (var (k, next) in candidates)
            {
                if (key.Equals(k, StringComparison.OrdinalIgnoreCase))
                {
                    child = next;
                    return true;
                }
            }
            return false;
        }
        return node.Children!.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out child!);
    }

    /// <summary>Calls <paramref name="found"/> for every phrase that starts at token <paramref name="at"/> (any length).</summary>
    public void MatchEvery<TState>(string text, List<Token> tokens, int at, ref TState state, MatchVisitor<TState> found)
    {
        if (at < tokens.Count && !_first.MayStart(text, tokens[at]))
            return;
        WalkEvery(_root, text, tokens, at, 0, ref state, found);
    }

    public delegate void MatchVisitor<TState>(int length, T value, ref TState state);

    private void WalkEvery<TState>(Node node, string text, List<Token> tokens, int at, int depth, ref TState state, MatchVisitor<TState> found)
    {
        if (node.HasValue && depth > 0)
            found(depth, node.Value, ref state);
        var i = at + depth;
        if (i >= tokens.Count)
            return;
        var key = Tokenizer.KeyOf(text, tokens[i]);
        if (node.Children is not null && _keys.May(tokens[i]) && TryChild(node, tokens[i], key, out var child))
            WalkEvery(child, text, tokens, at, depth + 1, ref state, found);
        if (node.PrefixesByFirst is { } byFirst && key.Length > 0 && (key[0] >= 128 || _asciiStems)
            && byFirst.TryGetValue(char.ToUpperInvariant(key[0]), out var prefixes))
        {
            var second = key.Length >= 2 ? char.ToUpperInvariant(key[1]) : '\0';
            foreach (var (prefix, stemSecond, next) in prefixes)
            {
                if ((stemSecond == '\0' || stemSecond == second) && key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    WalkEvery(next, text, tokens, at, depth + 1, ref state, found);
            }
        }
    }

    /// <summary>Every non-overlapping longest match in tokens [from, to), left to right.</summary>
    public IEnumerable<(int Start, int Length, T Value)> FindAll(string text, List<Token> tokens, int from = 0, int to = -1)
    {
        if (to < 0)
            to = tokens.Count;
        for (var i = from; i < to;)
        {
            var n = Match(text, tokens, i, out var v);
            if (n > 0 && i + n <= to)
            {
                yield return (i, n, v);
                i += n;
            }
            else
            {
                i++;
            }
        }
    }
}
