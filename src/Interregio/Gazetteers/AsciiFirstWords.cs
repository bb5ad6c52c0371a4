using System.Runtime.CompilerServices;
using Interregio.Text;

namespace Interregio.Gazetteers;

/// <summary>
/// The first words of a <see cref="PhraseMatcher{T}"/>'s phrases that start with an ASCII character, a bit per fold
/// hash, for a loop that asks the table at every token of a sentence. A token whose key starts with an ASCII
/// character can equal, ignoring case, only a word that starts with one (ı and ſ, whose capitals are ASCII, give a
/// key no hash), so in English text one bit test turns most tokens away where the table's own filter reads several
/// fields. A stem that starts with an ASCII letter, or a word without a hash, lets every token through.
/// </summary>
public sealed class AsciiFirstWords
{
    private const int Bits = 1 << 16;
    private readonly ulong[] _bits = new ulong[Bits / 64];

    /// <summary>Registers a phrase's first word as <see cref="PhraseMatcher{T}"/> tokenises it (a '*' after it makes it a stem).</summary>
    public void AddFirstWordOf(string phrase)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
        if (tokens.Count == 0)
            return;
        var t = tokens[0];
        var key = Tokenizer.KeyOf(phrase, t);
        var isStem = t.End < phrase.Length && phrase[t.End] == '*' && t.Kind == TokenKind.Word;
        var h = Tokenizer.FoldHash(key);
        if (h == 0 || (isStem && key[0] < 128))
            Array.Fill(_bits, ulong.MaxValue);
        else if (key[0] < 128)
            _bits[(h & (Bits - 1)) >> 6] |= 1UL << (h & 63);
    }

    /// <summary>Whether no phrase can start at the token: written with an ASCII character first, hashed, and its bit clear.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Rejects(string text, in Token token) =>
        token.Fold != 0 && text[token.Start] < 128 && (_bits[(token.Fold & (Bits - 1)) >> 6] & (1UL << (token.Fold & 63))) == 0;
}
