namespace Interregio.Text;

/// <summary>
/// A set of words tested with tokens: a bit per <see cref="Tokenizer.FoldHash"/> turns away most tokens with the
/// hash the tokenizer already made, before the set hashes the token's text again. Read-only once built, so safe to
/// share across threads.
/// </summary>
public sealed class WordSet
{
    private const int Bits = 1 << 14;
    private readonly ulong[] _bits = new ulong[Bits / 64];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _set;

    // a word with a character FoldHash does not model: the bits cannot turn any token away
    private readonly bool _unhashed;

    // The words again by fold hash, open-addressed (linear probing, 0 marks an empty slot): a token whose bit is set
    // is compared only with the words of its hash, by the set's own comparison, instead of hashing its text again
    // for the HashSet ("The", "In", "Belarus" are looked up at every capitalised word). Null when the comparer is
    // neither ordinal one, or some word has no hash.
    private readonly int[]? _folds;
    private readonly string[]? _words;
    private readonly StringComparison _comparison;

    public WordSet(IEnumerable<string> words, StringComparer comparer)
    {
        var set = new HashSet<string>(words, comparer);
        foreach (var w in set)
        {
            var h = Tokenizer.FoldHash(w);
            if (h == 0)
                _unhashed = true;
            _bits[(h & (Bits - 1)) >> 6] |= 1UL << (h & 63);
        }
        _set = set.GetAlternateLookup<ReadOnlySpan<char>>();
        if (_unhashed || !(ReferenceEquals(comparer, StringComparer.Ordinal) || ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase)))
            return;
        _comparison = ReferenceEquals(comparer, StringComparer.Ordinal) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, set.Count * 4));
        _folds = new int[size];
        _words = new string[size];
        foreach (var w in set)
        {
            var h = Tokenizer.FoldHash(w);
            var at = h & (size - 1);
            while (_folds[at] != 0)
                at = (at + 1) & (size - 1);
            _folds[at] = h;
            _words[at] = w;
        }
    }

    public int Count => _set.Set.Count;

    /// <summary>The words, as registered.</summary>
    public IEnumerable<string> Words => _set.Set;

    public bool Contains(ReadOnlySpan<char> word) => _set.Contains(word);

    /// <summary>Whether the token's text (as written, not its folded key) is in the set.</summary>
    public bool Contains(string text, Token token)
    {
        var h = token.Fold;
        if (h != 0 && !_unhashed && (_bits[(h & (Bits - 1)) >> 6] & (1UL << (h & 63))) == 0)
            return false;
        var word = text.AsSpan(token.Start, token.Length);
        if (h == 0 || _folds is not { } folds)
            return _set.Contains(word);
        // words equal by either ordinal comparison have equal fold hashes (a test pins this), so only the words
        // under the token's hash can equal it
        var mask = folds.Length - 1;
        for (var at = h & mask; folds[at] != 0; at = (at + 1) & mask)
        {
            if (folds[at] == h && _words![at].Length == word.Length && word.Equals(_words[at], _comparison))
                return true;
        }
        return false;
    }
}
