using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Interregio.Text;

namespace Interregio.Gazetteers;

/// <summary>
/// Generates the case forms of a Russian nominative word from Data/inflection.tsv ("Атлант" gives "Атланта",
/// "Атланту", "Атлантом" ...), so that gazetteer names and product phrases are found in any case. Forms are made
/// from the gazetteer's word and never cut from the text: the MTZ brand "Беларус" yields "Беларуса", never
/// "Беларуси" (the country). Words are compared lower-case with ё read as е.
/// </summary>
public sealed class InflectionRules
{
    public static readonly string[] Columns = ["lang", "ending", "mode", "forms"];

    private static readonly Lazy<InflectionRules> LazyDefault = new(() => Load(TsvTable.LoadEmbedded("inflection.tsv", Columns)));

    private readonly FrozenDictionary<string, Rule> _byEnding;
    private readonly Rule? _anyConsonant;
    private readonly int _longestEnding;

    private sealed record Rule(bool Append, string[] Forms);

    private InflectionRules(Dictionary<string, Rule> byEnding, Rule? anyConsonant)
    {
        _byEnding = byEnding.ToFrozenDictionary(StringComparer.Ordinal);
        _anyConsonant = anyConsonant;
        _longestEnding = byEnding.Count == 0 ? 0 : byEnding.Keys.Max(k => k.Length);
    }

    public static InflectionRules Default => LazyDefault.Value;

    public static InflectionRules Load(TsvTable table)
    {
        var byEnding = new Dictionary<string, Rule>(StringComparer.Ordinal);
        Rule? any = null;
        foreach (var row in table.Rows)
        {
            if (row["lang"] != "ru")
                throw row.Error($"only Russian rules are known, not '{row["lang"]}'");
            var append = row["mode"] switch
            {
                "append" => true,
                "replace" => false,
                var other => throw row.Error($"mode must be append or replace, not '{other}'"),
            };
            // '' in the forms column is the bare stem: "ы -> ''" turns "тракторы" into "трактор"
            var forms = row["forms"].Split('|', StringSplitOptions.TrimEntries).Select(f => f == "''" ? "" : Fold(f)).Distinct().ToArray();
            foreach (var ending in row.List("ending"))
            {
                if (ending == "*")
                {
                    any = any is null ? new Rule(append, forms) : any with { Forms = [.. any.Forms.Union(forms)] };
                    continue;
                }
                var key = Fold(ending);
                byEnding[key] = byEnding.TryGetValue(key, out var existing)
                    ? existing with { Forms = [.. existing.Forms.Union(forms)] }
                    : new Rule(append, forms);
            }
        }
        return new InflectionRules(byEnding, any);
    }

    /// <summary>Lower case, ё as е: the key every inflected comparison uses.</summary>
    public static string Fold(string word) => word.ToLowerInvariant().Replace('ё', 'е');

    /// <summary>Whether a word is written in Cyrillic (only those inflect).</summary>
    public static bool IsCyrillic(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is >= '\u0400' and <= '\u04FF')
                return true;
        }
        return false;
    }

    /// <summary>The word itself and its oblique forms, folded. Non-Cyrillic words and abbreviations have only themselves.</summary>
    public IEnumerable<string> FormsOf(string word)
    {
        var w = Fold(word);
        yield return w;
        // abbreviations (МАЗ, МТЗ, ГАЗ) are not declined in writing, and short words are too risky to decline
        if (!IsCyrillic(w) || w.Length < 3 || IsAbbreviation(word))
            yield break;
        for (var n = Math.Min(_longestEnding, w.Length - 2); n >= 1; n--)
        {
            if (!_byEnding.TryGetValue(w[^n..], out var rule))
                continue;
            var stem = rule.Append ? w : w[..^n];
            foreach (var f in rule.Forms)
            {
                if (stem.Length + f.Length >= 2)
                    yield return stem + f;
            }
            yield break;
        }
        if (_anyConsonant is { } any && IsConsonant(w[^1]))
        {
            foreach (var f in any.Forms)
                yield return w + f;
        }
    }

    private static bool IsAbbreviation(string word)
    {
        var upper = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
                upper++;
        }
        return upper >= 2 && upper * 2 >= word.Length;
    }

    private static bool IsConsonant(char c) => c is >= 'а' and <= 'я' && "аеёиоуыэюяьъй".IndexOf(c) < 0;
}

/// <summary>
/// A token trie like <see cref="PhraseMatcher{T}"/> whose Russian words also match their case forms. Each word of
/// a phrase registered with <c>inflect</c> is entered under every form <see cref="InflectionRules"/> generates, all
/// leading to one node, so the trie grows with the forms of a word and not with their combinations (the words of a
/// name agree in case; a path that mixes cases is harmless for names this specific). A match reports the longest
/// phrase at a position. Quote marks inside a name in the text are stepped over ("кондитерская фабрика «Спартак»"
/// is the phrase "кондитерская фабрика Спартак").
/// </summary>
public sealed class InflectedPhraseMatcher<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;

        // The same children by the fold hash of their key (keys whose hashes collide share an entry): a token is
        // looked up by the hash the tokenizer made, and only a hit is compared, never hashed again.
        public FoldMap? ByFold;

        // A bit per fold hash (low seven bits) of every child key: most tokens after a first word continue no
        // phrase of it ("Belarus and"), and are turned away before the lookup.
        public ulong MaskLow, MaskHigh;
        public bool HasValue;
        public T Value = default!;

        public void Mark(int h)
        {
            if ((h & 64) == 0)
                MaskLow |= 1UL << (h & 63);
            else
                MaskHigh |= 1UL << (h & 63);
        }

        public bool MayHave(int h) => (((h & 64) == 0 ? MaskLow : MaskHigh) & (1UL << (h & 63))) != 0;
    }

    /// <summary>A child key: <see cref="Ascii"/> keys (lower case by folding) compare with a token ignoring ASCII case.</summary>
    private readonly record struct Edge(string Key, bool Ascii, Node Node);

    /// <summary>
    /// Edges by fold hash, open addressing with linear probing (a fold hash is never 0, which marks a free slot):
    /// one multiply and a probe or two where a dictionary of ints spent most of a lookup on its own machinery.
    /// </summary>
    private sealed class FoldMap
    {
        private int[] _hashes = new int[4];
        private Edge[][] _edges = new Edge[4][];
        private int _count;

        public Edge[]? Find(int h)
        {
            var hashes = _hashes;
            var mask = hashes.Length - 1;
            for (var i = Slot(h, mask); ; i = (i + 1) & mask)
            {
                var x = hashes[i];
                if (x == h)
                    return _edges[i];
                if (x == 0)
                    return null;
            }
        }

        public void Add(int h, Edge edge)
        {
            if ((_count + 1) * 2 > _hashes.Length)
                Grow();
            var mask = _hashes.Length - 1;
            var i = Slot(h, mask);
            while (_hashes[i] != 0 && _hashes[i] != h)
                i = (i + 1) & mask;
            if (_hashes[i] == 0)
            {
                _hashes[i] = h;
                _edges[i] = [edge];
                _count++;
            }
            else
            {
                _edges[i] = [.. _edges[i], edge];
            }
        }

        private void Grow()
        {
            var (hashes, edges) = (_hashes, _edges);
            _hashes = new int[hashes.Length * 2];
            _edges = new Edge[hashes.Length * 2][];
            var mask = _hashes.Length - 1;
            for (var k = 0; k < hashes.Length; k++)
            {
                if (hashes[k] == 0)
                    continue;
                var i = Slot(hashes[k], mask);
                while (_hashes[i] != 0)
                    i = (i + 1) & mask;
                _hashes[i] = hashes[k];
                _edges[i] = edges[k];
            }
        }

        private static int Slot(int h, int mask) => (int)(((uint)h * 0x9E3779B1u) >> 16) & mask;
    }

    // a key FoldHash cannot hash (0): then no lookup goes by hash
    private bool _unhashedKeys;

    private readonly Node _root = new();
    private readonly InflectionRules _rules;
    private readonly HashSet<string> _ownForms = new(StringComparer.Ordinal);

    // the forms of every phrase's first word: most tokens start none, and are turned away before folding and hashing
    private readonly FirstKeyFilter _first = new();

    // The first words whose folded form starts with an ASCII character, by fold hash. A token whose key starts with
    // one can equal only those (folding keeps ASCII ASCII), and in English text they are few: the Russian case
    // forms that fill the shared filter's bits ("the" and "with" passed it for products) are not among them.
    private const int AsciiFirstBits = 1 << 16;
    private readonly ulong[] _asciiFirst = new ulong[AsciiFirstBits / 64];

    // the longest key a lookup folds (in a stack buffer): a longer token ends the walk
    private const int LongestKey = 64;

    public InflectedPhraseMatcher(InflectionRules rules) => _rules = rules;

    public int Count { get; private set; }

    /// <summary>Adds a phrase; the first value registered for a phrase wins, so data files order by priority.</summary>
    public void Add(string phrase, T value, bool inflect)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
        tokens.RemoveAll(t => t.Kind == TokenKind.Quote);
        if (tokens.Count == 0)
            return;
        var node = _root;
        var own = new List<string>();
        foreach (var t in tokens)
        {
            var word = Tokenizer.KeyOf(phrase, t).ToString();
            var forms = inflect && t.Kind == TokenKind.Word ? _rules.FormsOf(word).ToList() : [InflectionRules.Fold(word)];
            own.Add(forms[0]);
            if (node == _root)
            {
                foreach (var f in forms)
                {
                    _first.Add(f, isStem: false);
                    var h = Tokenizer.FoldHash(f);
                    // a key without a hash cannot be told by bits: then every ASCII token passes
                    if (h == 0)
                        Array.Fill(_asciiFirst, ulong.MaxValue);
                    else if (f.Length > 0 && f[0] < 128)
                        _asciiFirst[(h & (AsciiFirstBits - 1)) >> 6] |= 1UL << (h & 63);
                }
            }
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            Node? child = null;
            foreach (var f in forms)
            {
                if (node.Children.TryGetValue(f, out child))
                    break;
            }
            child ??= new Node();
            foreach (var f in forms)
            {
                if (node.Children.TryAdd(f, child))
                {
                    var h = Tokenizer.FoldHash(f);
                    // a key without a hash turns the lookups by hash off (below), so it needs no entry
                    _unhashedKeys |= h == 0;
                    if (h == 0)
                        continue;
                    node.Mark(h);
                    (node.ByFold ??= new FoldMap()).Add(h, new Edge(f, System.Text.Ascii.IsValid(f), child));
                }
            }
            node = child;
        }
        _ownForms.Add(string.Join(' ', own));
        if (node.HasValue)
            return;
        node.HasValue = true;
        node.Value = value;
        Count++;
    }

    /// <summary>The key lower-cased with ё read as е, as <see cref="InflectionRules.Fold"/> writes the forms, in the buffer.</summary>
    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> key, Span<char> buffer)
    {
        var n = key.ToLowerInvariant(buffer);
        var folded = buffer[..n];
        folded.Replace('ё', 'е');
        return folded;
    }

    /// <summary>
    /// Whether a token's key folds to <paramref name="folded"/>. An ASCII form (lower case) equals exactly the keys
    /// equal to it ignoring ASCII case: no other character folds to an ASCII one but İ and the Kelvin sign, and a
    /// key with either has no hash, so never comes here.
    /// </summary>
    private static bool Equal(ReadOnlySpan<char> key, in Edge edge)
    {
        if (edge.Ascii)
            return System.Text.Ascii.EqualsIgnoreCase(key, edge.Key);
        Span<char> buffer = stackalloc char[LongestKey];
        return Fold(key, buffer).SequenceEqual(edge.Key);
    }

    /// <summary>The child under a token's folded key, for a token or a table without hashes.</summary>
    private static Node? ByKey(Dictionary<string, Node> children, ReadOnlySpan<char> key)
    {
        Span<char> buffer = stackalloc char[LongestKey];
        return children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Fold(key, buffer), out var child) ? child : null;
    }

    /// <summary>Whether <paramref name="folded"/> (words joined by one space, folded) is a phrase as registered, not a case form of one.</summary>
    public bool IsOwnForm(string folded) => _ownForms.Contains(folded);

    /// <summary>
    /// The longest phrase starting at token <paramref name="at"/> that spans at most <paramref name="maxTokens"/>
    /// tokens: the tokens it spans (quotes inside included), or 0.
    /// </summary>
    /// <summary>
    /// Whether no phrase can start at the token, told by one bit: written with an ASCII character first, hashed,
    /// and no ASCII first word has its hash. False says nothing; <see cref="Match"/> then decides.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Rejects(string text, in Token t) =>
        t.Fold != 0 && text[t.Start] < 128 && (_asciiFirst[(t.Fold & (AsciiFirstBits - 1)) >> 6] & (1UL << (t.Fold & 63))) == 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Match(string text, List<Token> tokens, int at, out T value, int maxTokens = int.MaxValue)
    {
        // Inlined where a recogniser tries every token: a token written with an ASCII character first (its key
        // starts with one) and with a hash is tested against the ASCII first words only, and most are turned away
        // without a call. Any other token takes the shared first-word filter.
        if ((uint)at < (uint)tokens.Count)
        {
            var t = tokens[at];
            if (t.Fold != 0 && text[t.Start] < 128)
            {
                if ((_asciiFirst[(t.Fold & (AsciiFirstBits - 1)) >> 6] & (1UL << (t.Fold & 63))) == 0)
                {
                    value = default!;
                    return 0;
                }
                return Walk(text, tokens, at, out value, maxTokens);
            }
        }
        return MatchAt(text, tokens, at, out value, maxTokens);
    }

    // out of line, as Walk: the caller's loop inlines only the filter above
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int MatchAt(string text, List<Token> tokens, int at, out T value, int maxTokens)
    {
        if (at >= tokens.Count || !_first.MayStart(text, tokens[at]))
        {
            value = default!;
            return 0;
        }
        return Walk(text, tokens, at, out value, maxTokens);
    }

    /// <summary>
    /// <see cref="Match"/> without any filter or hash: each token folded and looked up by its key. What the filters
    /// may never change, for tests.
    /// </summary>
    internal int MatchByKeys(string text, List<Token> tokens, int at, out T value)
    {
        value = default!;
        if (at >= tokens.Count || tokens[at].Kind == TokenKind.Quote)
            return 0;
        var best = 0;
        var node = _root;
        for (var i = at; node.Children is { } children && i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Quote && i > at)
                continue;
            var key = Tokenizer.KeyOf(text, tokens[i]);
            if (key.Length > LongestKey || !children.TryGetValue(InflectionRules.Fold(key.ToString()), out var child))
                break;
            node = child;
            if (node.HasValue)
            {
                best = i + 1 - at;
                value = node.Value;
            }
        }
        return best;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Walk(string text, List<Token> tokens, int at, out T value, int maxTokens)
    {
        value = default!;
        if (tokens[at].Kind == TokenKind.Quote)
            return 0;
        var best = 0;
        var node = _root;
        var i = at;
        var hashed = !_unhashedKeys;
        while (node.Children is { } children && i < tokens.Count)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Quote && i > at)
            {
                i++;
                continue;
            }
            var key = Tokenizer.KeyOf(text, t);
            if (key.Length > LongestKey)
                break;
            Node? child = null;
            if (t.Fold != 0 && hashed)
            {
                // equal folded keys have equal fold hashes: a token whose hash no child has matches none
                if (!node.MayHave(t.Fold) || node.ByFold?.Find(t.Fold) is not { } edges)
                    break;
                foreach (ref readonly var edge in edges.AsSpan())
                {
                    if (Equal(key, edge))
                    {
                        child = edge.Node;
                        break;
                    }
                }
                if (child is null)
                    break;
            }
            else if ((child = ByKey(children, key)) is null)
            {
                break;
            }
            node = child;
            i++;
            if (i - at > maxTokens)
                break;
            if (node.HasValue)
            {
                best = i - at;
                value = node.Value;
            }
        }
        return best;
    }
}
