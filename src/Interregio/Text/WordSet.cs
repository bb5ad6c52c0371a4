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
        return _set.Contains(text.AsSpan(token.Start, token.Length));
    }
}
