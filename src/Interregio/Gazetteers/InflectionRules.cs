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
        // looked up by the hash the tokenizer made, and only a hit is folded and compared, never hashed again.
        public Dictionary<int, (string Key, Node Node)[]>? ByFold;

        // A bit per fold hash (low seven bits) of every child key: most tokens after a first word continue no
        // phrase of it ("Belarus and"), and are turned away before the dictionary lookup.
        public ulong MaskLow, MaskHigh;
        public bool HasValue;

        public void Mark(int h)
        {
            if ((h & 64) == 0)
                MaskLow |= 1UL << (h & 63);
            else
                MaskHigh |= 1UL << (h & 63);
        }

        public bool MayHave(int h) => (((h & 64) == 0 ? MaskLow : MaskHigh) & (1UL << (h & 63))) != 0;
        public T Value = default!;
    }

    // a key FoldHash cannot hash (0): then no lookup goes by hash
    private bool _unhashedKeys;

    private readonly Node _root = new();
    private readonly InflectionRules _rules;
    private readonly HashSet<string> _ownForms = new(StringComparer.Ordinal);

    // the forms of every phrase's first word: most tokens start none, and are turned away before folding and hashing
    private readonly FirstKeyFilter _first = new();

    // every form at any depth, by fold hash: a token with none ends the walk before it is folded and looked up
    private readonly KeyBits _keys = new();

    // The first words whose folded form starts with an ASCII character, by fold hash. A token whose key starts with
    // one can equal only those (folding keeps ASCII ASCII), and in English text they are few: the Russian case
    // forms that fill the shared filter's bits ("the" and "with" passed it for products) are not among them.
    private const int AsciiFirstBits = 1 << 16;
    private readonly ulong[] _asciiFirst = new ulong[AsciiFirstBits / 64];

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
                    _unhashedKeys |= h == 0;
                    node.Mark(h);
                    node.ByFold ??= [];
                    node.ByFold[h] = [.. node.ByFold.GetValueOrDefault(h, []), (f, child)];
                }
                _keys.Add(f);
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

    /// <summary>Whether <paramref name="folded"/> (words joined by one space, folded) is a phrase as registered, not a case form of one.</summary>
    public bool IsOwnForm(string folded) => _ownForms.Contains(folded);

    /// <summary>
    /// The longest phrase starting at token <paramref name="at"/> that spans at most <paramref name="maxTokens"/>
    /// tokens: the tokens it spans (quotes inside included), or 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Match(string text, List<Token> tokens, int at, out T value, int maxTokens = int.MaxValue)
    {
        // Inlined where a recogniser tries every token: a token written with an ASCII character first (its key
        // starts with one: a dash or apostrophe of another width folds to an ASCII key, and is let through here)
        // and with a hash whose bit is clear starts no phrase, and is turned away without a call.
        if ((uint)at < (uint)tokens.Count)
        {
            var t = tokens[at];
            if (t.Fold != 0 && text[t.Start] < 128 && (_asciiFirst[(t.Fold & (AsciiFirstBits - 1)) >> 6] & (1UL << (t.Fold & 63))) == 0)
            {
                value = default!;
                return 0;
            }
        }
        return MatchAt(text, tokens, at, out value, maxTokens);
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
            if (!children.TryGetValue(InflectionRules.Fold(Tokenizer.KeyOf(text, tokens[i]).ToString()), out var child))
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

    private int MatchAt(string text, List<Token> tokens, int at, out T value, int maxTokens)
    {
        value = default!;
        if (at >= tokens.Count || tokens[at].Kind == TokenKind.Quote || !_first.MayStart(text, tokens[at]))
            return 0;
        var best = 0;
        var node = _root;
        var i = at;
        Span<char> buffer = stackalloc char[64];
        while (node.Children is { } children && i < tokens.Count)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Quote && i > at)
            {
                i++;
                continue;
            }
            if (!_keys.May(t))
                break;
            var key = Tokenizer.KeyOf(text, t);
            if (key.Length > buffer.Length)
                break;
            Node? child = null;
            if (t.Fold != 0 && !_unhashedKeys)
            {
                // equal folded keys have equal fold hashes: a token whose hash no child has matches none
                if (!node.MayHave(t.Fold) || !node.ByFold!.TryGetValue(t.Fold, out var candidates))
                    break;
                var folded = Fold(key, buffer);
                foreach (var (k, next) in candidates)
                {
                    if (folded.SequenceEqual(k))
                    {
                        child = next;
                        break;
                    }
                }
                if (child is null)
                    break;
            }
            else if (!children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Fold(key, buffer), out child))
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
