using System.Buffers;

namespace Interregio.Text;

/// <summary>A half-open range [Start, End) of the document text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public override string ToString() => $"[{Start},{End})";
}

public enum TokenKind : byte
{
    Word,
    Number,
    Dash,
    Apostrophe,
    Quote,
    Punct,
    Symbol,
}

/// <summary>A token is only offsets and a kind: no string is made for it.</summary>
/// <remarks>
/// Twelve bytes: the kind shares a word with the fold hash (its top three bits), so a sentence's tokens take a
/// quarter less memory than a separate kind field padded to sixteen, and every recogniser's walk over them reads less.
/// </remarks>
public readonly record struct Token
{
    private const int KindShift = 29;
    private const uint FoldMask = (1u << KindShift) - 1;

    private readonly uint _kindAndFold;

    public Token(int start, int end, TokenKind kind)
    {
        Start = start;
        End = end;
        _kindAndFold = (uint)kind << KindShift;
    }

    public int Start { get; init; }

    public int End { get; init; }

    public TokenKind Kind
    {
        get => (TokenKind)(_kindAndFold >> KindShift);
        init => _kindAndFold = ((uint)value << KindShift) | (_kindAndFold & FoldMask);
    }

    /// <summary>
    /// <see cref="Tokenizer.FoldHash"/> of the token's key (29 bits), computed once when the text is tokenised so
    /// that every phrase table can turn the token away with one bit test instead of hashing it again; 0 means unknown.
    /// </summary>
    public int Fold
    {
        get => (int)(_kindAndFold & FoldMask);
        init => _kindAndFold = (_kindAndFold & ~FoldMask) | ((uint)value & FoldMask);
    }

    public int Length => End - Start;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);

    public bool IsCapitalised(string text) => Kind == TokenKind.Word && char.IsUpper(text[Start]);

    public void Deconstruct(out int start, out int end, out TokenKind kind)
    {
        start = Start;
        end = End;
        kind = Kind;
    }
}

/// <summary>
/// Splits a range of text into words, numbers and punctuation. Numbers keep internal separators when a digit
/// follows ("1,300", "186.3", "68,4") so the money recogniser sees them whole; dashes of every width are one kind.
/// </summary>
public static class Tokenizer
{
    private static readonly SearchValues<char> Dashes = SearchValues.Create("-‐‑‒–—―−");
    private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'’ʼ`");
    private static readonly SearchValues<char> Quotes = SearchValues.Create("\"“”„«»‘‚");

    public static bool IsDash(char c) => Dashes.Contains(c);

    public static bool IsWordChar(char c) => char.IsLetter(c) || c == '\u0301';

    public static void Tokenize(string text, int start, int end, List<Token> into)
    {
        // read through a span ending at `end`: comparing an index with its length lets the JIT drop the bounds checks
        var span = text.AsSpan(0, end);
        var i = start;
        while ((uint)i < (uint)span.Length)
        {
            var c = span[i];
            if (c == ' ')
            {
                i++;
                continue;
            }
            // an ASCII letter (most tokens start with one) is no whitespace, control or invisible character
            var asciiLetter = char.IsAsciiLetter(c);
            if (!asciiLetter && (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069'))
            {
                i++;
                continue;
            }

            var s = i;
            if (asciiLetter || IsWordChar(c))
            {
                // ASCII letters and digits are what IsWordChar and IsDigit say of ASCII, without their Unicode tables;
                // an ASCII word's FoldHash is made on the way, any other word's after
                var h = FoldSeed;
                var ascii = true;
                while ((uint)i < (uint)span.Length)
                {
                    var ch = span[i];
                    if (char.IsAsciiLetterOrDigit(ch))
                        h = (h ^ (ch is >= 'A' and <= 'Z' ? ch | 0x20u : ch)) * FoldPrime;
                    else if (ch >= 128 && (IsWordChar(ch) || char.IsDigit(ch)))
                        ascii = false;
                    else
                        break;
                    i++;
                }
                var fold = ascii ? Folded(h) : FoldHash(span[s..i]);
                into.Add(new Token(s, i, TokenKind.Word) { Fold = fold });
            }
            else if (char.IsAsciiDigit(c))
            {
                // digits, and ',' or '.' between them, hashed on the way as FoldHash would (ASCII has nothing to fold
                // here); a number with a digit outside ASCII is hashed after
                var h = (FoldSeed ^ c) * FoldPrime;
                var ascii = true;
                i++;
                while ((uint)i < (uint)span.Length)
                {
                    var ch = span[i];
                    if (char.IsDigit(ch))
                    {
                        if (ch < 128)
                            h = (h ^ ch) * FoldPrime;
                        else
                            ascii = false;
                        i++;
                    }
                    else if (ch is ',' or '.' && (uint)(i + 1) < (uint)span.Length && char.IsDigit(span[i + 1]))
                    {
                        var d = span[i + 1];
                        h = (h ^ ch) * FoldPrime;
                        if (d < 128)
                            h = (h ^ d) * FoldPrime;
                        else
                            ascii = false;
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }
                into.Add(new Token(s, i, TokenKind.Number) { Fold = ascii ? Folded(h) : FoldHash(span[s..i]) });
            }
            else if (char.IsDigit(c))
            {
                i++;
                while ((uint)i < (uint)span.Length)
                {
                    if (char.IsDigit(span[i]))
                        i++;
                    else if ((span[i] is ',' or '.') && (uint)(i + 1) < (uint)span.Length && char.IsDigit(span[i + 1]))
                        i += 2;
                    else
                        break;
                }
                into.Add(new Token(s, i, TokenKind.Number) { Fold = FoldHash(span[s..i]) });
            }
            else if (Dashes.Contains(c))
            {
                into.Add(new Token(s, ++i, TokenKind.Dash) { Fold = DashFold });
            }
            else if (Apostrophes.Contains(c))
            {
                into.Add(new Token(s, ++i, TokenKind.Apostrophe) { Fold = ApostropheFold });
            }
            else if (Quotes.Contains(c))
            {
                into.Add(new Token(s, ++i, TokenKind.Quote) { Fold = QuoteFold });
            }
            else if (char.IsPunctuation(c))
            {
                // ASCII punctuation has no case: its hash is one round
                into.Add(new Token(s, ++i, TokenKind.Punct) { Fold = c < 128 ? Folded((FoldSeed ^ c) * FoldPrime) : FoldHash(span.Slice(s, 1)) });
            }
            else
            {
                into.Add(new Token(s, ++i, TokenKind.Symbol) { Fold = FoldHash(span.Slice(s, 1)) });
            }
        }
    }

    private static readonly int DashFold = FoldHash("-");
    private static readonly int ApostropheFold = FoldHash("'");
    private static readonly int QuoteFold = FoldHash("\"");

    /// <summary>
    /// A hash of a key that is equal for keys equal under OrdinalIgnoreCase and for keys equal after lower-casing
    /// with ё read as е (the two ways phrase tables compare). Case is folded for ASCII and basic Cyrillic; every
    /// other character hashes as one placeholder, except the few whose case partner is ASCII or Cyrillic, which make
    /// the hash 0 (unknown): a table cannot turn such a key away by its hash.
    /// </summary>
    public static int FoldHash(ReadOnlySpan<char> key)
    {
        var h = FoldSeed;
        foreach (var ch in key)
        {
            var c = ch;
            if (c < 128)
            {
                if (c is >= 'A' and <= 'Z')
                    c = (char)(c | 0x20);
            }
            else if (c is >= '\u0400' and <= '\u045F')
            {
                if (c < '\u0410')
                    c = (char)(c + 0x50);
                else if (c < '\u0430')
                    c = (char)(c + 0x20);
                if (c == 'ё')
                    c = 'е';
            }
            else if (c is '\u0130' or '\u0131' or '\u017F' or '\u212A' or (>= '\u1C80' and <= '\u1C8F'))
            {
                // the few characters outside those ranges whose upper or lower case is inside them (ı is I, ſ is S,
                // the Kelvin sign is k, old Cyrillic forms are В, Д, О ...): a key with one has no hash
                return 0;
            }
            else
            {
                // any other character, in either case, stands for all of them: keys equal under either
                // comparison still hash equal, and the words of these reports are all ASCII or Cyrillic
                c = '\uFFFF';
            }
            h = (h ^ c) * FoldPrime;
        }
        return Folded(h);
    }

    /// <summary>The hash as a token keeps it: 29 bits (the kind takes the rest of its word), never 0 (unknown).</summary>
    private static int Folded(uint h)
    {
        var f = (int)(h & ((1u << 29) - 1));
        return f == 0 ? 1 : f;
    }

    // FNV-1a
    private const uint FoldSeed = 2166136261u;
    private const uint FoldPrime = 16777619u;

    /// <summary>The key a phrase table uses for a token: dashes, apostrophes and quotes fold to one character each.</summary>
    public static ReadOnlySpan<char> KeyOf(string text, Token t) => t.Kind switch
    {
        TokenKind.Dash => "-",
        TokenKind.Apostrophe => "'",
        TokenKind.Quote => "\"",
        _ => text.AsSpan(t.Start, t.Length),
    };
}
