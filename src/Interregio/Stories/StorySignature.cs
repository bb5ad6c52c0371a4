using Interregio.Pipeline;

namespace Interregio.Stories;

/// <summary>
/// A MinHash signature of a document's kept text: the set of its four-word shingles (lower-cased words of letters
/// and digits), summarised by the smallest hash under each of <see cref="Size"/> hash functions. The share of equal
/// positions in two signatures estimates the Jaccard similarity of the two shingle sets (standard error about
/// 0.04 at 128 functions). Hashes are FNV-1a and fixed mixers, not string.GetHashCode, so a signature computed
/// today can be stored and compared with one computed in another process.
/// </summary>
public sealed class StorySignature
{
    public const int Size = 128;

    /// <summary>Four words: a shared phrase ("trade between Belarus and") is one shingle, not a match.</summary>
    public const int ShingleWords = 4;

    /// <summary>Locality-sensitive hashing: the signature cut into 64 bands of 2 rows (see <see cref="StoryGrouping"/>).</summary>
    public const int Bands = 64;

    public const int Rows = Size / Bands;

    private static readonly ulong[] Seeds = MakeSeeds();

    private readonly ulong[] _mins;

    private StorySignature(ulong[] mins, int shingles)
    {
        _mins = mins;
        Shingles = shingles;
    }

    /// <summary>
    /// How many shingles were hashed (a repeat of a recent shingle is skipped, as it cannot change a minimum); a text
    /// of fewer than four words has none.
    /// </summary>
    public int Shingles { get; }

    public ReadOnlySpan<ulong> Values => _mins;

    /// <summary>
    /// The signature of the text the pipeline kept: page furniture and repeated paragraphs left out. The paragraphs
    /// are read where they are, not copied: a 50 MB page would otherwise cost two more copies of itself.
    /// </summary>
    public static StorySignature Of(DocumentContext context)
    {
        var builder = new Builder();
        foreach (var p in context.KeptParagraphs)
            builder.Add(context.Text, p.Span.Start, p.Span.Start + p.Span.Length);
        return builder.Build();
    }

    public static StorySignature Of(string text)
    {
        var builder = new Builder();
        builder.Add(text, 0, text.Length);
        return builder.Build();
    }

    /// <summary>Hashes words into shingles across the ranges it is given; a range ends a word, not the shingle window.</summary>
    private sealed class Builder
    {
        /// <summary>
        /// A fixed table of recently hashed shingles, not a set of all of them: memory stays the same for a page of
        /// 50 MB, and repeated paragraphs (the usual repeats) are still skipped.
        /// </summary>
        private const int RecentSlots = 4096;

        private readonly ulong[] _mins = MakeMins();
        private readonly ulong[] _window = new ulong[ShingleWords];
        private readonly ulong[] _recent = new ulong[RecentSlots];
        private long _words;
        private int _shingles;

        private static ulong[] MakeMins()
        {
            var mins = new ulong[Size];
            Array.Fill(mins, ulong.MaxValue);
            return mins;
        }

        public void Add(string text, int start, int end)
        {
            var i = start;
            while (i < end)
            {
                while (i < end && !char.IsLetterOrDigit(text[i]))
                    i++;
                if (i >= end)
                    break;
                var wordHash = 14695981039346656037UL;
                while (i < end && char.IsLetterOrDigit(text[i]))
                {
                    wordHash = (wordHash ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                    i++;
                }
                _window[_words % ShingleWords] = wordHash;
                _words++;
                if (_words < ShingleWords)
                    continue;
                var shingle = 14695981039346656037UL;
                for (var k = 0; k < ShingleWords; k++)
                    shingle = (shingle ^ _window[(_words + k) % ShingleWords]) * 1099511628211UL;
                // 0 marks an empty slot; a shingle hashing to 0 is simply never skipped.
                var slot = (int)(shingle % RecentSlots);
                if (shingle != 0 && _recent[slot] == shingle)
                    continue;
                _recent[slot] = shingle;
                _shingles++;
                for (var h = 0; h < Size; h++)
                {
                    var v = Mix(shingle ^ Seeds[h]);
                    if (v < _mins[h])
                        _mins[h] = v;
                }
            }
        }

        public StorySignature Build() => new(_mins, _shingles);
    }

    /// <summary>Rebuilds a stored signature.</summary>
    public static StorySignature FromValues(ReadOnlySpan<ulong> values, int shingles)
    {
        if (values.Length != Size)
            throw new ArgumentException($"a signature has {Size} values, not {values.Length}", nameof(values));
        return new StorySignature(values.ToArray(), shingles);
    }

    /// <summary>
    /// One key per band: the band's rows and its number mixed into 64 bits, so one indexed column holds every band and
    /// two documents share a key only when they agree on a whole band (a candidate pair, checked on the whole signature).
    /// Empty for a text without shingles: it is a story of its own.
    /// </summary>
    public long[] BandKeys()
    {
        if (Shingles == 0)
            return [];
        var keys = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var key = Mix((ulong)b + 1);
            for (var r = 0; r < Rows; r++)
                key = Mix(key ^ _mins[b * Rows + r]);
            keys[b] = unchecked((long)key);
        }
        return keys;
    }

    /// <summary>The values as 8 little-endian bytes each: how stores keep a signature.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Size * sizeof(ulong)];
        for (var h = 0; h < Size; h++)
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(h * sizeof(ulong)), _mins[h]);
        return bytes;
    }

    /// <summary>
    /// A stored signature (<see cref="ToBytes"/>). Stores keep only signatures of texts with shingles, so the count is
    /// not kept: it reads as 1, which is all <see cref="Similarity"/> asks of it.
    /// </summary>
    public static StorySignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size * sizeof(ulong))
            throw new ArgumentException($"a stored signature has {Size * sizeof(ulong)} bytes, not {bytes.Length}", nameof(bytes));
        var mins = new ulong[Size];
        for (var h = 0; h < Size; h++)
            mins[h] = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes[(h * sizeof(ulong))..]);
        return new StorySignature(mins, 1);
    }

    /// <summary>Estimated Jaccard similarity of the two texts' shingle sets, 0 to 1; 0 when either text is too short.</summary>
    public double Similarity(StorySignature other)
    {
        if (Shingles == 0 || other.Shingles == 0)
            return 0;
        var equal = 0;
        for (var h = 0; h < Size; h++)
        {
            if (_mins[h] == other._mins[h])
                equal++;
        }
        return (double)equal / Size;
    }

    /// <summary>splitmix64's finaliser: a fast, well-spread 64-bit mixer.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Size];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < Size; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }
        return seeds;
    }
}
