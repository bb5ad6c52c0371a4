namespace Interregio.Text;

/// <summary>
/// Which (first letter, length) pairs start some phrase of a table: a test of two array reads that lets a matcher
/// turn away most tokens before it hashes them. Letters compare case-insensitively (upper-cased, 'Ё' as 'Е', the
/// way the matchers fold keys); lengths from 31 up share one slot. A token whose first character is neither ASCII
/// nor Cyrillic always passes, so the filter can only let through, never turn away, a token a phrase could start with.
/// </summary>
public sealed class FirstKeyFilter
{
    private const int Lengths = 32;
    private const int Slots = 128 + 256;
    private readonly bool[] _may = new bool[Slots * Lengths];

    /// <summary>Registers a first word; a stem ("превыс*") starts every word that begins with it, of any length from its own.</summary>
    public void Add(ReadOnlySpan<char> key, bool isStem)
    {
        if (key.Length == 0)
            return;
        var slot = Slot(key[0]);
        if (slot < 0)
            return;
        var from = Math.Min(key.Length, Lengths - 1);
        var to = isStem ? Lengths - 1 : from;
        for (var n = from; n <= to; n++)
            _may[slot * Lengths + n] = true;
    }

    public bool MayStart(ReadOnlySpan<char> key)
    {
        if (key.Length == 0)
            return true;
        var slot = Slot(key[0]);
        return slot < 0 || _may[slot * Lengths + Math.Min(key.Length, Lengths - 1)];
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
