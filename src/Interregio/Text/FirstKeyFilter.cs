namespace Interregio.Text;

/// <summary>
/// Which (first letter, length) pairs start some phrase of a table: a test of two array reads that lets a matcher
/// turn away most tokens before it hashes them. Letters compare case-insensitively (upper-cased, 'Ё' as 'Е', the
/// way the matchers fold keys); lengths from 31 up share one slot. A token whose first character is neither ASCII
/// nor Cyrillic always passes, so the filter can only let through, never turn away, a token a phrase could start with.
/// A token from the tokenizer carries its <see cref="Token.Fold"/> hash, tested against a bit per first word: for a
/// table without stems that one bit test is the whole filter.
/// </summary>
public sealed class FirstKeyFilter
{
    private const int Lengths = 32;
    private const int Slots = 128 + 256;
    private readonly bool[] _may = new bool[Slots * Lengths];

    // Second test for a token that passes the first: a bit per fold hash of every whole first word (stems have
    // their own letter and length table, since a stem starts words with other hashes).
    private const int HashBits = 1 << 16;
    private readonly ulong[] _hashes = new ulong[HashBits / 64];
    private readonly bool[] _stemMay = new bool[Slots * Lengths];
    private bool _unhashed;
    private bool _hasStems;
    private bool _nonCyrillicStems;

    // A bit per (first letter, second letter) pair the stems start with: a Russian word whose first letter and length
    // pass still needs a stem starting with its first two letters. Not used when some stem is one letter long or
    // starts outside ASCII and Cyrillic (then a pair cannot turn a word away).
    private const int PairBits = 1 << 12;
    private readonly ulong[] _stemPairs = new ulong[PairBits / 64];
    private bool _shortStems;

    /// <summary>Registers a first word; a stem ("превыс*") starts every word that begins with it, of any length from its own.</summary>
    public void Add(ReadOnlySpan<char> key, bool isStem)
    {
        if (key.Length == 0)
            return;
        _hasStems |= isStem;
        // a stem whose first letter is not Cyrillic might start an ASCII word ("ı" is "I" ignoring case)
        _nonCyrillicStems |= isStem && key[0] is not (>= '\u0400' and <= '\u045F');
        if (!isStem)
        {
            var h = Tokenizer.FoldHash(key);
            if (h == 0)
                _unhashed = true;
            _hashes[(h & (HashBits - 1)) >> 6] |= 1UL << (h & 63);
        }
        if (isStem)
        {
            var pair = key.Length >= 2 ? Pair(key[0], key[1]) : -1;
            if (pair < 0)
                _shortStems = true;
            else
                _stemPairs[pair >> 6] |= 1UL << (pair & 63);
        }
        var slot = Slot(key[0]);
        if (slot < 0)
            return;
        var from = Math.Min(key.Length, Lengths - 1);
        var to = isStem ? Lengths - 1 : from;
        for (var n = from; n <= to; n++)
        {
            _may[slot * Lengths + n] = true;
            if (isStem)
                _stemMay[slot * Lengths + n] = true;
        }
    }

    /// <summary>Whether a token of <paramref name="text"/> may start a phrase: the letter and length test, then its fold hash.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayStart(string text, Token token)
    {
        // Inlined into every matcher: a token with a hash whose bit is clear, and that no stem can start (no stems, not
        // a word, or an ASCII word where every stem is Cyrillic), is turned away without a call; the rest go the
        // whole way.
        var h = token.Fold;
        if (h != 0 && !_unhashed && (_hashes[(h & (HashBits - 1)) >> 6] & (1UL << (h & 63))) == 0
            && (!_hasStems || token.Kind != TokenKind.Word || (!_nonCyrillicStems && text[token.Start] < 128)))
            return false;
        return MayStartSlow(text, token);
    }

    private bool MayStartSlow(string text, Token token)
    {
        // a token with a hash: one bit test for whole first words, then the letter test only where stems could start it
        var h = token.Fold;
        if (h != 0 && !_unhashed)
        {
            if ((_hashes[(h & (HashBits - 1)) >> 6] & (1UL << (h & 63))) != 0)
                return true;
            // only a word can start with a stem (a stem is a word's first letters); Russian stems never start an
            // English word
            if (!_hasStems || token.Kind != TokenKind.Word)
                return false;
            var first = text[token.Start];
            if (first < 128 && !_nonCyrillicStems)
                return false;
            var stemSlot = Slot(first);
            if (stemSlot < 0)
                return true;
            if (!_stemMay[stemSlot * Lengths + Math.Min(token.Length, Lengths - 1)])
                return false;
            // a stem starts with this letter and is no longer than the word: does one start with its first two?
            if (_shortStems || token.Length < 2)
                return true;
            var pair = Pair(first, text[token.Start + 1]);
            return pair < 0 || (_stemPairs[pair >> 6] & (1UL << (pair & 63))) != 0;
        }
        var key = Tokenizer.KeyOf(text, token);
        if (key.Length == 0)
            return true;
        var slot = Slot(key[0]);
        if (slot < 0)
            return true;
        var at = slot * Lengths + Math.Min(key.Length, Lengths - 1);
        if (!_may[at])
            return false;
        return h == 0 || _unhashed || (_hashes[(h & (HashBits - 1)) >> 6] & (1UL << (h & 63))) != 0 || _stemMay[at];
    }

    public bool MayStart(ReadOnlySpan<char> key)
    {
        if (key.Length == 0)
            return true;
        var slot = Slot(key[0]);
        return slot < 0 || _may[slot * Lengths + Math.Min(key.Length, Lengths - 1)];
    }

    /// <summary>The bit of a word's first two letters (folded as <see cref="Slot"/> folds them), or -1 outside ASCII and Cyrillic.</summary>
    private static int Pair(char first, char second)
    {
        var a = Slot(first);
        var b = Slot(second);
        return a < 0 || b < 0 ? -1 : (a * 384 + b) % PairBits;
    }

    private static int Slot(char c)
    {
        c = char.ToUpperInvariant(c);
        if (c == 'Ё')
            c = 'Е';
        if (c < 128)
            return c;
        if (c is >= '\u0400' and <= '\u04FF')
            return 128 + (c - '\u0400');
        return -1;
    }
}

/// <summary>
/// A bit per <see cref="Tokenizer.FoldHash"/> of every key of a table: a token whose bit is clear is in no key, so a
/// trie walk skips the dictionary lookup (hashing the token's text again) for it. Only ever lets through more.
/// </summary>
public sealed class KeyBits
{
    private const int Bits = 1 << 16;
    private readonly ulong[] _bits = new ulong[Bits / 64];
    private bool _unhashed;

    public void Add(ReadOnlySpan<char> key)
    {
        var h = Tokenizer.FoldHash(key);
        if (h == 0)
            _unhashed = true;
        _bits[(h & (Bits - 1)) >> 6] |= 1UL << (h & 63);
    }

    public bool May(Token token)
    {
        var h = token.Fold;
        return h == 0 || _unhashed || (_bits[(h & (Bits - 1)) >> 6] & (1UL << (h & 63))) != 0;
    }
}
