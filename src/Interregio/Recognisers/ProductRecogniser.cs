using System.Runtime.CompilerServices;
using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Text;

namespace Interregio.Recognisers;

/// <summary>
/// Goods named in a sentence: a phrase of Data/products.tsv with its HS headings, or (when
/// <see cref="ProductEntry.IsVague"/>) a vague word such as "goods" or "equipment" that names no product but still
/// belongs to a list. <see cref="Name"/> is the phrase as written (lower case), in Russian its nominative when the
/// text has another case ("говядину" is говядина).
/// </summary>
public sealed record ProductMention(int First, int Count, TextSpan Span, string Name, ProductEntry Entry) : Mention(First, Count, Span)
{
    public bool IsVague => Entry.IsVague;
}

/// <summary>A word of Data/product-cues.tsv: who sells, who buys, where a clause starts.</summary>
public sealed record ProductCueMention(int First, int Count, TextSpan Span, ProductCue Cue) : Mention(First, Count, Span)
{
    public ProductCueRole Role => Cue.Role;
}

/// <summary>
/// Finds product phrases (longest first, Russian in any case) and the words that say which way goods move. Goods
/// inside an enterprise's name are not goods ("Slutsk Sugar Refinery", "Tver Carriage Works"), so this runs after
/// the enterprise recogniser and steps over its names; a brand's trailing goods word ("Belarus tractors") is the
/// exception.
/// </summary>
public sealed class ProductRecogniser(ProductGazetteer products, ProductCues cues) : IRecogniser
{
    public ProductRecogniser() : this(ProductGazetteer.Default, ProductCues.Default) { }

    public void Recognise(DocumentContext ctx, Sentence sentence)
    {
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        var names = EnterpriseNames(sentence);
        var phrases = products.Phrases;
        var cueWords = cues.FirstWords;
        for (var i = 0; i < tokens.Count; i++)
        {
            // most tokens start no product and no cue: turned away here by two bits, the rest read out of line. A
            // token inside an enterprise's name is turned away too when it starts neither: read out of line it would
            // only be stepped over with the rest of the name, and the name's next token that may start something
            // is stepped over there (in a sentence with a name, every token went out of line)
            if (phrases.Rejects(text, tokens[i]) && cueWords.Rejects(text, tokens[i]))
                continue;
            i = At(ctx, sentence, names, i);
        }
    }

    /// <summary>What starts at token <paramref name="i"/>: a name stepped over, a product, a cue word or nothing; the last token read.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int At(DocumentContext ctx, Sentence sentence, List<EnterpriseMention>? names, int i)
    {
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        var inside = NameAt(names, i);
        if (inside is not null)
            return inside.After - 1;
        var n = products.Phrases.Match(text, tokens, i, out var entry);
        // a phrase may not run into an enterprise's name
        if (n > 0 && NameStartsWithin(names, i + 1, i + n))
            n = 0;
        var c = cues.Match(text, tokens, i, out var cue);
        // "supplies", "deliveries", "поставки": vague as goods, but they say which way goods move
        if (n > 0 && entry.IsVague && c >= n)
            n = 0;
        if (n > 0 && !(entry.AlsoVerb && FollowsSubject(text, tokens, i)) && !DescribesBusiness(text, tokens, i + n))
        {
            var span = new TextSpan(tokens[i].Start, tokens[i + n - 1].End);
            if (!entry.IsVague)
                AddElidedHead(ctx, sentence, i, n);
            sentence.Mentions.Add(new ProductMention(i, n, span, NameOf(text, tokens, i, n, entry), entry));
            return i + n - 1;
        }
        if (n > 0)
        {
            // goods that only describe a business ("fish farms") are skipped whole, not read as cue words
            return i + n - 1;
        }
        if (c > 0)
        {
            sentence.Mentions.Add(new ProductCueMention(i, c, new TextSpan(tokens[i].Start, tokens[i + c - 1].End), cue));
            return i + c - 1;
        }
        return i;
    }

    // Plain loops over the sentence's few names: this runs for every token, so no delegates or enumerators.
    private static List<EnterpriseMention>? EnterpriseNames(Sentence sentence)
    {
        List<EnterpriseMention>? names = null;
        foreach (var m in sentence.Mentions)
        {
            if (m is EnterpriseMention e)
                (names ??= []).Add(e);
        }
        return names;
    }

    private static EnterpriseMention? NameAt(List<EnterpriseMention>? names, int i)
    {
        if (names is null)
            return null;
        foreach (var e in names)
        {
            if (e.First <= i && i < e.After)
                return e;
        }
        return null;
    }

    private static bool NameStartsWithin(List<EnterpriseMention>? names, int from, int to)
    {
        if (names is null)
            return false;
        foreach (var e in names)
        {
            if (e.First >= from && e.First < to)
                return true;
        }
        return false;
    }

    /// <summary>
    /// "fish farms", "furniture factories", "glass and chemical plants", "garment makers": goods followed by a
    /// business noun (optionally after "and" and one more word) name the business, not goods that are traded.
    /// </summary>
    private bool DescribesBusiness(string text, List<Token> tokens, int after)
    {
        for (var k = after; k < Math.Min(tokens.Count, after + 3); k++)
        {
            if (cues.Match(text, tokens, k, out var cue) > 0 && cue.Role == ProductCueRole.Business)
                return true;
            if (tokens[k].Kind != TokenKind.Word || char.IsUpper(text[tokens[k].Start]))
                return false;
            // only "and" and one adjective may stand between: "glass and chemical plants"
            if (k == after && !tokens[k].IsAny(text, "and", "и"))
                return false;
        }
        return false;
    }

    /// <summary>
    /// "hot-rolled and cold-rolled steel": the first item shares the last word of the second. When the words before
    /// "and"/"or"/"," with that last word make a product phrase, it is a product of its own; the longest such phrase
    /// wins ("hot-rolled steel", not "rolled steel").
    /// </summary>
    private void AddElidedHead(DocumentContext ctx, Sentence sentence, int i, int n)
    {
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        if (n < 2 || i < 2 || !tokens[i - 1].IsAny(text, "and", "or", ",", "и", "или"))
            return;
        if (sentence.Mentions.Any(m => m is ProductMention or EnterpriseMention && m.First <= i - 2 && i - 2 < m.After))
            return;
        var head = text[tokens[i + n - 1].Start..tokens[i + n - 1].End];
        ProductMention? best = null;
        for (var from = i - 2; from >= Math.Max(0, i - 4); from--)
        {
            // the modifier stays inside one item of the list: "and", a comma or another name ends it
            if (tokens[from].Kind is not (TokenKind.Word or TokenKind.Dash or TokenKind.Number)
                || tokens[from].IsAny(text, "and", "or", "и", "или")
                || sentence.Mentions.Any(m => m is ProductMention or EnterpriseMention && m.First <= from && from < m.After))
                break;
            var modifier = text[tokens[from].Start..tokens[i - 2].End];
            var candidate = modifier + " " + head;
            var candidateTokens = new List<Token>();
            Tokenizer.Tokenize(candidate, 0, candidate.Length, candidateTokens);
            var m = products.Phrases.Match(candidate, candidateTokens, 0, out var entry);
            if (m == candidateTokens.Count && !entry.IsVague)
                best = new ProductMention(from, i - 1 - from, new TextSpan(tokens[from].Start, tokens[i - 2].End), LowerFirst(candidate), entry);
        }
        if (best is not null)
            sentence.Mentions.Add(best);
    }

    /// <summary>"the plant combines ...", "it lifts ...": a word that is also a verb, right after its subject, is the verb.</summary>
    private static bool FollowsSubject(string text, List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].IsAny(text, "it", "which", "that", "who", "plant", "company", "factory");

    private string NameOf(string text, List<Token> tokens, int i, int n, ProductEntry entry)
    {
        if (entry.Language != Language.Russian && IsLowerFirstOf(text.AsSpan(tokens[i].Start, tokens[i + n - 1].End - tokens[i].Start), entry.Phrase))
            return entry.Phrase;
        var written = text[tokens[i].Start..tokens[i + n - 1].End];
        if (entry.Language == Language.Russian)
        {
            var words = new List<string>();
            for (var k = i; k < i + n; k++)
            {
                if (tokens[k].Kind != TokenKind.Quote)
                    words.Add(InflectionRules.Fold(Tokenizer.KeyOf(text, tokens[k]).ToString()));
            }
            return products.Phrases.IsOwnForm(string.Join(' ', words)) ? LowerFirst(written) : entry.Phrase;
        }
        return LowerFirst(written);
    }

    /// <summary>Whether <see cref="LowerFirst"/> of the written text is <paramref name="known"/>: then the table's string is the name, not a new one.</summary>
    private static bool IsLowerFirstOf(ReadOnlySpan<char> written, string known)
    {
        if (written.Length != known.Length)
            return false;
        if (written.Length < 2 || !char.IsUpper(written[0]) || char.IsUpper(written[1]))
            return written.SequenceEqual(known);
        return char.ToLowerInvariant(written[0]) == known[0] && written[1..].SequenceEqual(known.AsSpan(1));
    }

    /// <summary>"Sunflower oil" at a sentence's start is "sunflower oil"; "PVC resin" keeps its capitals.</summary>
    private static string LowerFirst(string s)
    {
        if (s.Length < 2 || !char.IsUpper(s[0]) || char.IsUpper(s[1]))
            return s;
        return char.ToLowerInvariant(s[0]) + s[1..];
    }
}
