using System.Runtime.Intrinsics;
using Interregio.Text;
using Interregio.Recognisers;

namespace Interregio.Pipeline.Stages;

/// <summary>
/// Cuts kept paragraphs into sentences and tokenises them. A sentence ends at '.', '!', '?' or '…' (and any
/// closing quote or bracket) before a space and a capital letter, digit, quote or dash, except after an
/// abbreviation ("St.", "Mr.", "U.S.", "г.", "млн.") or an initial. Sentences are capped in length so that
/// hostile input (one 50 MB line) cannot produce one enormous sentence.
/// </summary>
public sealed class SentenceStage : IDocumentStage
{
    public const int MaxSentenceLength = 2_000;
    public const int MaxTokensPerSentence = 400;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "st", "mr", "mrs", "ms", "dr", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "e.g", "i.e", "approx",
        "г", "гг", "т", "тыс", "млн", "млрд", "руб", "долл", "им", "ул", "обл", "см", "др", "пр", "т.е", "т.д", "т.п",
    };

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?…");

    public void Run(DocumentContext ctx)
    {
        var text = ctx.Text;
        var kept = ctx.ParagraphTokens;
        for (var p = 0; p < ctx.Paragraphs.Count; p++)
        {
            var para = ctx.Paragraphs[p];
            if (para.Status != ParagraphStatus.Kept)
                continue;
            // the paragraph stage's tokens of this line, sliced per sentence (null: tokenise each sentence)
            var slicer = new TokenSlicer(kept is not null && kept.Has(p) ? kept.Of(p) : default, kept is not null && kept.Has(p));
            var start = para.Span.Start;
            var end = para.Span.End;
            var s = start;
            for (var i = start; i < end; i++)
            {
                // to the next sentence-ending character, or to where the sentence must be cut, in one vectorised search
                var limit = Math.Min(end, s + MaxSentenceLength);
                if (i < limit)
                {
                    var k = text.AsSpan(i, limit - i).IndexOfAny(SentenceEnds);
                    i = k < 0 ? limit : i + k;
                    if (i >= end)
                        break;
                }
                var c = text[i];
                var forced = i - s >= MaxSentenceLength;
                if (!forced && c is not ('.' or '!' or '?' or '…'))
                    continue;
                var j = i + 1;
                while (j < end && text[j] is '"' or '”' or '’' or '»' or ')' or ']' or '\'' or '.' or '!' or '?')
                    j++;
                if (!forced)
                {
                    if (j >= end)
                        break;
                    if (!char.IsWhiteSpace(text[j]))
                        continue;
                    var k = j;
                    while (k < end && char.IsWhiteSpace(text[k]))
                        k++;
                    if (k >= end)
                        break;
                    var next = text[k];
                    if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '«' or '„' or '\'' or '‘' or '(' or '[' || Tokenizer.IsDash(next)))
                        continue;
                    if (c == '.' && IsAbbreviation(text, s, i))
                        continue;
                }
                Add(ctx, s, j, p, ref slicer);
                s = j;
            }
            if (s < end)
                Add(ctx, s, end, p, ref slicer);
        }
        if (kept is not null)
        {
            ctx.ParagraphTokens = null;
            ParagraphTokens.Return(kept);
        }
    }

    /// <summary>
    /// Walks a paragraph's tokens sentence by sentence. A sentence whose bounds fall between tokens gets exactly the
    /// tokens tokenising it alone would give (the tokenizer looks no further back than a token's start, and a token
    /// that would read past the sentence's end straddles it here); one cut inside a token (a forced cut of a very
    /// long sentence) is tokenised on its own.
    /// </summary>
    private ref struct TokenSlicer(ReadOnlySpan<Token> tokens, bool available)
    {
        private readonly ReadOnlySpan<Token> _tokens = tokens;
        private int _next;

        public bool TrySlice(int start, int end, out ReadOnlySpan<Token> slice)
        {
            slice = default;
            if (!available)
                return false;
            while (_next < _tokens.Length && _tokens[_next].End <= start)
                _next++;
            var first = _next;
            if (first < _tokens.Length && _tokens[first].Start < start)
                return false;
            var k = first;
            while (k < _tokens.Length && _tokens[k].End <= end)
                k++;
            if (k < _tokens.Length && _tokens[k].Start < end)
                return false;
            slice = _tokens[first..k];
            _next = k;
            return true;
        }
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var w = dot;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
            w--;
        if (w == dot)
            return false;
        var word = text.AsSpan(w, dot - w);
        // an initial: "A. Lukashenko"
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true;
        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static void Add(DocumentContext ctx, int start, int end, int paragraph, ref TokenSlicer slicer)
    {
        while (start < end && char.IsWhiteSpace(ctx.Text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(ctx.Text[end - 1]))
            end--;
        if (end <= start)
            return;
        var sentence = new Sentence(new TextSpan(start, end), paragraph);
        if (slicer.TrySlice(start, end, out var slice))
        {
            if (slice.Length > MaxTokensPerSentence)
                slice = slice[..MaxTokensPerSentence];
            if (slice.Length == 0)
                return;
            sentence.Tokens.Capacity = slice.Length;
            sentence.Tokens.AddRange(slice);
            ctx.Sentences.Add(sentence);
            return;
        }
        // about one token per five characters: one array instead of four or five doublings
        sentence.Tokens.Capacity = Math.Min(MaxTokensPerSentence, (end - start) / 5 + 8);
        Tokenizer.Tokenize(ctx.Text, start, end, sentence.Tokens);
        if (sentence.Tokens.Count > MaxTokensPerSentence)
            sentence.Tokens.RemoveRange(MaxTokensPerSentence, sentence.Tokens.Count - MaxTokensPerSentence);
        if (sentence.Tokens.Count > 0)
            ctx.Sentences.Add(sentence);
    }
}

/// <summary>Detects the document's language from the kept paragraphs.</summary>
public sealed class LanguageStage : IDocumentStage
{
    public void Run(DocumentContext ctx)
    {
        var latin = 0;
        var cyrillic = 0;
        foreach (var p in ctx.Paragraphs)
        {
            if (p.Status == ParagraphStatus.Kept)
                Count(ctx.Text.AsSpan(p.Span.Start, p.Span.Length), ref latin, ref cyrillic);
        }
        ctx.Language = latin == 0 && cyrillic == 0 ? Language.Unknown : cyrillic > latin ? Language.Russian : Language.English;
    }

    /// <summary>Latin letters (ASCII) and Cyrillic characters (U+0400–U+04FF), sixteen characters at a time.</summary>
    internal static void Count(ReadOnlySpan<char> s, ref int latin, ref int cyrillic)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var chars = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(s);
            var a = Vector256.Create((ushort)'a');
            var letters = Vector256.Create((ushort)26);
            var lowerBit = Vector256.Create((ushort)0x20);
            var cyrStart = Vector256.Create((ushort)0x400);
            var cyrLength = Vector256.Create((ushort)0x100);
            for (; i + 16 <= chars.Length; i += 16)
            {
                var v = Vector256.Create(chars.Slice(i, 16));
                // (c | 0x20) - 'a' < 26 is an ASCII letter of either case; c - 0x400 < 0x100 is Cyrillic (unsigned)
                var isLatin = Vector256.LessThan((v | lowerBit) - a, letters);
                var isCyrillic = Vector256.LessThan(v - cyrStart, cyrLength);
                latin += System.Numerics.BitOperations.PopCount(isLatin.ExtractMostSignificantBits());
                cyrillic += System.Numerics.BitOperations.PopCount(isCyrillic.ExtractMostSignificantBits());
            }
        }
        foreach (var c in s[i..])
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
                latin++;
            else if (c is >= '\u0400' and <= '\u04FF')
                cyrillic++;
        }
    }
}

/// <summary>Runs the recognisers over every sentence, in registration order.</summary>
public sealed class MentionStage : IDocumentStage
{
    /// <summary>A recogniser's sentence test, bound to its own implementation.</summary>
    private delegate bool SentenceTest(ReadOnlySpan<char> sentence);

    // Each recogniser's methods bound once as delegates: a call through the interface at this one site, which sees
    // a dozen types, went through the runtime's megamorphic dispatch stub for every sentence and recogniser. A
    // recogniser that keeps the interface's default CanMatch or IsWanted (always true) has no test to call.
    private readonly (SentenceTest? CanMatch, Func<DocumentContext, Sentence, bool>? IsWanted, Action<DocumentContext, Sentence> Recognise)[] _calls;

    public MentionStage(IReadOnlyList<IRecogniser> recognisers)
    {
        Recognisers = recognisers;
        _calls = [.. recognisers.Select(r => (
            Overrides(r, nameof(IRecogniser.CanMatch)) ? new SentenceTest(r.CanMatch) : null,
            Overrides(r, nameof(IRecogniser.IsWanted)) ? new Func<DocumentContext, Sentence, bool>(r.IsWanted) : null,
            new Action<DocumentContext, Sentence>(r.Recognise)))];
    }

    public IReadOnlyList<IRecogniser> Recognisers { get; }

    private static bool Overrides(IRecogniser r, string method)
    {
        var map = r.GetType().GetInterfaceMap(typeof(IRecogniser));
        for (var k = 0; k < map.InterfaceMethods.Length; k++)
        {
            if (map.InterfaceMethods[k].Name == method)
                return map.TargetMethods[k].DeclaringType != typeof(IRecogniser);
        }
        return true;
    }

    public void Run(DocumentContext ctx)
    {
        var calls = _calls;
        foreach (var sentence in ctx.Sentences)
        {
            var span = ctx.Text.AsSpan(sentence.Span.Start, sentence.Span.Length);
            foreach (var (canMatch, isWanted, recognise) in calls)
            {
                if ((canMatch is null || canMatch(span)) && (isWanted is null || isWanted(ctx, sentence)))
                    recognise(ctx, sentence);
            }
        }
    }
}
