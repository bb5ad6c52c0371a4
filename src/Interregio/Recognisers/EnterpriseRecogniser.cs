using System.Runtime.CompilerServices;
using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Text;

namespace Interregio.Recognisers;

/// <summary>How an enterprise name was found.</summary>
public enum EnterpriseSource : byte
{
    /// <summary>A name or alias in Data/enterprises.tsv.</summary>
    Gazetteer,
    /// <summary>The shape of a company name: OJSC "X", X Plant, the X concern, company X, «Х» in Russian.</summary>
    Shape,
}

/// <summary>
/// An enterprise, concern, holding or brand named in a sentence. <see cref="Name"/> is the name as a fact writes
/// it: as written in English, in the nominative in Russian («Атланта» is Атлант), the quoted part of "холдинг
/// «Бабушкина крынка»". <see cref="Country"/> is null when a name found by its shape gives no clue.
/// </summary>
public sealed record EnterpriseMention(int First, int Count, TextSpan Span, string Name, string? Country, Enterprise? Entry, EnterpriseSource Source)
    : Mention(First, Count, Span)
{
    /// <summary>The short form given in brackets after the full name: "Minsk Tractor Works (MTZ)" is written MTZ.</summary>
    public string? ShortForm { get; init; }

    /// <summary>Tokens after <see cref="Mention.First"/> + <see cref="Mention.Count"/> taken by the bracketed short form.</summary>
    public int ShortFormTokens { get; init; }

    /// <summary>
    /// The last word of a brand alias is goods written in lower case ("Belarus tractors"): the product recogniser
    /// still reads that word as a product.
    /// </summary>
    public int TrailingGoodsTokens { get; init; }

    /// <summary>The country the product assembler inferred for a name found by its shape (the seller of an import is Russian).</summary>
    public string? InferredCountry { get; set; }

    public string? CanonicalId => Entry?.Id;
}

/// <summary>
/// Enterprise names: first every name and alias of the gazetteer (longest first; Russian names in any case), then
/// names the gazetteer lacks, by their shape: a legal form (OJSC "Belshina", ОАО «Гомельстекло»), a capitalised
/// name ending in a company word (Pervouralsk New Pipe Plant, Bor Glassworks, the Bratsk aluminium smelter), a
/// company word before a name (the Yaroslavl company Russkie Kraski, под брендом «Х»), goods made by or coming from
/// a capitalised name (copper wire rod from UGMK), a capitalised name that ships or supplies something (Elsib ships
/// turbogenerators), and in Russian a quoted name after a company word or goods («Омсктехуглерод», шины «Белшины»)
/// or an adjective name before завод/комбинат/фабрика (Бежицкого сталелитейного завода). State bodies, agencies,
/// universities and the like are never enterprises.
/// </summary>
public sealed class EnterpriseRecogniser(EnterpriseGazetteer gazetteer, ProductGazetteer products, ProductCues cues) : IRecogniser
{
    public EnterpriseRecogniser() : this(EnterpriseGazetteer.Default, ProductGazetteer.Default, ProductCues.Default) { }

    /// <summary>The last word of an English company name found by its shape.</summary>
    private static readonly WordSet HeadWords = new(new[]
    {
        "plant", "works", "factory", "mill", "glassworks", "ironworks", "steelworks", "refinery", "shipyard", "smelter",
        "kombinat", "holding", "concern", "corporation", "company", "combine", "brewery", "distillery", "creamery",
        "dairy", "tannery", "foundry", "mine",
    }, StringComparer.OrdinalIgnoreCase);

    /// <summary>Company words that may stand before a name in apposition: "the Yaroslavl company Russkie Kraski".</summary>
    private static readonly WordSet LeadWords = new(["company", "concern", "holding", "brand", "firm", "manufacturer", "producer", "plant"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet LegalForms = new(new[]
    {
        "OJSC", "JSC", "CJSC", "PJSC", "LLC", "OAO", "ZAO", "PAO", "OOO", "ОАО", "ЗАО", "ПАО", "АО", "ООО", "ОДО", "СООО", "ИООО", "ЧУП", "УП", "РУП", "ОАО«", "Ltd",
    }, StringComparer.Ordinal);

    /// <summary>Words that make a name a state body, an agency or a school, which the contract excludes.</summary>
    private static readonly WordSet NotEnterpriseWords = new(new[]
    {
        "ministry", "committee", "government", "university", "agency", "academy", "institute", "council", "chamber",
        "administration", "executive", "union", "parliament", "duma", "assembly", "office", "department", "embassy",
        "consulate", "school", "college", "museum", "forum", "exhibition", "fair", "service", "directorate", "state",
        "republic", "oblast", "region", "krai", "city", "belta", "tass", "interfax", "news", "television", "working",
        "court", "police", "customs", "president", "presidential", "programme", "program", "project", "festival",
        "министерство", "министерства", "комитет", "комитета", "правительство", "правительства", "университет",
        "агентство", "академия", "институт", "совет", "палата", "администрация", "облисполком", "облисполкома",
        "исполком", "союз", "дума", "собрание", "посольство", "школа", "колледж", "музей", "форум", "выставка", "белта",
        "служба", "управление", "государство",
    }, StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that start sentences or name people and places, never a company on their own.</summary>
    private static readonly WordSet NotNameWords = new(new[]
    {
        "the", "a", "an", "it", "he", "she", "they", "we", "you", "this", "that", "these", "those", "there", "here", "each",
        "both", "all", "its", "their", "our", "his", "her", "in", "on", "at", "for", "from", "with", "and", "but", "also",
        "belarus", "russia", "belarusian", "russian", "minsk", "moscow", "president", "governor", "prime", "minister",
        "chairman", "head", "deputy", "mr", "ms", "according", "meanwhile", "overall", "besides", "today", "yesterday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "one", "two", "three",
        "last", "next", "since", "after", "before", "during", "when", "while", "as", "if", "so", "then", "now", "moreover",
        "западные", "он", "она", "они", "мы", "это", "этот", "кроме", "также", "при", "по", "в", "на", "из", "с", "и",
        "беларусь", "россия", "белоруссия", "минск", "москва",
    }, StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that never stand between a name and its company word: "Krasnodar and Sochi through five company showrooms".</summary>
    private static readonly WordSet FunctionWords = new(new[]
    {
        "through", "to", "in", "at", "for", "with", "by", "from", "on", "of", "and", "or", "the", "a", "an", "its", "their",
        "is", "are", "was", "were", "has", "have", "had", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "its", "new", "own", "this", "that", "which", "who",
    }, StringComparer.OrdinalIgnoreCase);

    /// <summary>Russian company words, in any case, that introduce a quoted name or end an adjective name.</summary>
    private static readonly string[] RussianKindStems =
    [
        "завод", "комбинат", "фабрик", "холдинг", "компани", "концерн", "предприяти", "производител", "бренд", "марк",
        "объединени", "корпораци", "групп", "сет", "филиал", "агрохолдинг", "агрокомбинат", "птицефабрик", "мясокомбинат",
    ];

    private static readonly string[] RussianHeadStems = ["завод", "комбинат", "фабрик"];

    public void Recognise(DocumentContext ctx, Sentence sentence)
    {
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        var names = gazetteer.Names;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            // most words start no name of the gazetteer and no name by its shape: turned away here by bits, the
            // rest read out of line
            if (t.Kind is not (TokenKind.Word or TokenKind.Number) || (names.Rejects(text, t) && !MayHaveShape(text, t)))
                continue;
            i = At(ctx, sentence, i);
        }
    }

    /// <summary>The name starting at token <paramref name="i"/>, added to the sentence; the last token it takes (or <paramref name="i"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int At(DocumentContext ctx, Sentence sentence, int i)
    {
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        var n = gazetteer.Names.Match(text, tokens, i, out var name);
        EnterpriseMention? mention = null;
        if ((n > 0 && TryGazetteer(ctx, sentence, i, n, name, out mention)) || (MayHaveShape(text, tokens[i]) && TryShape(ctx, sentence, i, out mention)))
        {
            sentence.Mentions.Add(mention!);
            return mention!.After + mention.ShortFormTokens - 1;
        }
        return i;
    }

    /// <summary>
    /// Whether <see cref="TryShape"/> can find a name at a token: a word that starts with an ASCII lower-case letter
    /// is no legal form (those are capitalised) and no Russian shape (those start with a capital), so only a company
    /// word that leads a name ("the company Russkie Kraski") can start one. Asked at every word, so a bit test.
    /// </summary>
    private static bool MayHaveShape(string text, Token t) =>
        t.Kind == TokenKind.Word
        && (text[t.Start] is not (>= 'a' and <= 'z') || t.Fold == 0 || (LeadBits[(t.Fold & (LeadBitCount - 1)) >> 6] & (1UL << (t.Fold & 63))) != 0);

    private const int LeadBitCount = 1 << 12;

    // a bit per fold hash of the lead words (all ASCII, so each has a hash)
    private static readonly ulong[] LeadBits = HashBits(LeadWords, LeadBitCount);

    private static ulong[] HashBits(WordSet words, int count)
    {
        var bits = new ulong[count / 64];
        foreach (var w in words.Words)
        {
            var h = Tokenizer.FoldHash(w);
            bits[(h & (count - 1)) >> 6] |= 1UL << (h & 63);
        }
        return bits;
    }

    private bool TryGazetteer(DocumentContext ctx, Sentence sentence, int i, out EnterpriseMention? mention)
    {
        var n = gazetteer.Names.Match(ctx.Text, sentence.Tokens, i, out var name);
        return TryGazetteer(ctx, sentence, i, n, name, out mention);
    }

    /// <summary>The gazetteer's name at <paramref name="i"/>, given its longest match (<paramref name="n"/> tokens).</summary>
    private bool TryGazetteer(DocumentContext ctx, Sentence sentence, int i, int n, EnterpriseName name, out EnterpriseMention? mention)
    {
        mention = null;
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        // a shorter name may agree where the longest does not: "the Bellegprom concern" is Bellegprom, not "Bellegprom Concern"
        while (n > 0 && !CaseAgrees(text, tokens, i, n, name))
            n = gazetteer.Names.Match(text, tokens, i, out name, maxTokens: n - 1);
        if (n == 0)
            return false;
        var span = new TextSpan(tokens[i].Start, tokens[i + n - 1].End);

        // "Belarus tractors": a brand followed by its goods in lower case; the goods stay goods.
        var trailing = 0;
        var last = tokens[i + n - 1];
        if (n > 1 && name.Language == Language.English && char.IsLower(text[last.Start])
            && products.Phrases.Match(text, tokens, i + n - 1, out var goods) == 1 && !goods.IsVague)
            trailing = 1;

        var written = WithoutCompanyWord(NameAsWritten(text, tokens, i, n, name, trailing), name.Enterprise);
        var (shortForm, shortTokens) = ShortFormAfter(text, tokens, i + n, name.Enterprise);
        mention = new EnterpriseMention(i, n - trailing, new TextSpan(span.Start, tokens[i + n - 1 - trailing].End), written, name.Enterprise.Country, name.Enterprise, EnterpriseSource.Gazetteer)
        {
            ShortForm = shortForm,
            ShortFormTokens = shortTokens + trailing,
            TrailingGoodsTokens = trailing,
        };
        return true;
    }

    /// <summary>
    /// A name of capitals matches only capitals ("ГАЗ" is not газ, gas), and a name that starts with a capital must
    /// start with one in the text ("Atlant" but not "atlant").
    /// </summary>
    private static bool CaseAgrees(string text, List<Token> tokens, int i, int n, EnterpriseName name)
    {
        if (name.StartsCapitalised && !char.IsUpper(text[tokens[i].Start]) && !char.IsDigit(text[tokens[i].Start]))
            return false;
        var k = 0;
        for (var j = i; j < i + n; j++)
        {
            if (tokens[j].Kind == TokenKind.Quote)
                continue;
            if (k < name.CapitalWords.Count && name.CapitalWords[k] && EnterpriseGazetteer.CapitalCount(tokens[j].Of(text)) < 2)
                return false;
            // "the Belarusian nuclear power plant", "Ural steel": a capitalised name written in lower case is a description
            if (k < name.CapitalisedWords.Count && name.CapitalisedWords[k] && tokens[j].Kind == TokenKind.Word && char.IsLower(text[tokens[j].Start]))
                return false;
            k++;
        }
        return true;
    }

    /// <summary>
    /// English: the words as written. Russian: the gazetteer's nominative. When the name holds a quoted part
    /// ("холдинг «Бабушкина крынка»", 'OJSC "Belshina"'), only the quoted part.
    /// </summary>
    private string NameAsWritten(string text, List<Token> tokens, int i, int n, EnterpriseName name, int trailing)
    {
        var quoted = QuotedPart(tokens, i, n - trailing);
        if (name.Language == Language.English || !InflectionRules.IsCyrillic(name.Alias))
        {
            if (quoted is { } q)
                return text[tokens[q.From].Start..tokens[q.To - 1].End];
            return text[tokens[i].Start..tokens[i + n - 1 - trailing].End];
        }
        if (quoted is { } part)
        {
            // the quoted words are the alias's last words: take as many alias words as the quote holds
            var words = 0;
            for (var j = part.From; j < part.To; j++)
            {
                if (tokens[j].Kind != TokenKind.Quote)
                    words++;
            }
            return LastWords(name.Alias, words);
        }
        return name.Alias;
    }

    /// <summary>
    /// "Bellegprom Concern" is written Bellegprom, "Bryanselmash plant" Bryanselmash, "холдинг Пинскдрев" Пинскдрев: a
    /// company word before or after a name that is itself one of the enterprise's names is dropped.
    /// </summary>
    private static string WithoutCompanyWord(string written, Enterprise e)
    {
        var space = written.IndexOf(' ');
        var lastSpace = written.LastIndexOf(' ');
        if (space < 0)
            return written;
        string[] candidates = [written[..lastSpace], written[(space + 1)..]];
        string[] companyWords = ["concern", "holding", "company", "plant", "factory", "group", "jsc", "ojsc", "cjsc", "концерн", "холдинг", "компания", "завод", "группа"];
        var firstWord = written[..space];
        var lastWord = written[(lastSpace + 1)..];
        foreach (var (candidate, word) in new[] { (candidates[0], lastWord), (candidates[1], firstWord) })
        {
            if (companyWords.Contains(word, StringComparer.OrdinalIgnoreCase) && e.AllNames.Contains(candidate, StringComparer.OrdinalIgnoreCase))
                return candidate;
        }
        return written;
    }

    private static (int From, int To)? QuotedPart(List<Token> tokens, int i, int n)
    {
        for (var j = i + 1; j < i + n; j++)
        {
            if (tokens[j].Kind == TokenKind.Quote)
                return (j + 1, i + n);
        }
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Quote)
            return null;
        return null;
    }

    private static string LastWords(string alias, int count)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(alias, 0, alias.Length, tokens);
        tokens.RemoveAll(t => t.Kind == TokenKind.Quote);
        var wordTokens = tokens.Select((t, k) => (t, k)).Where(x => x.t.Kind is TokenKind.Word or TokenKind.Number).ToList();
        if (count <= 0 || count >= wordTokens.Count)
            return alias;
        var first = wordTokens[^count].t;
        return alias[first.Start..];
    }

    /// <summary>"Minsk Tractor Works (MTZ)": the bracketed name of the same enterprise right after the full one.</summary>
    private (string? Name, int Tokens) ShortFormAfter(string text, List<Token> tokens, int at, Enterprise enterprise)
    {
        if (at + 2 >= tokens.Count || !tokens[at].Is(text, "("))
            return (null, 0);
        var n = gazetteer.Names.Match(text, tokens, at + 1, out var inner);
        if (n == 0 || inner.Enterprise.Id != enterprise.Id || at + 1 + n >= tokens.Count || !tokens[at + 1 + n].Is(text, ")"))
            return (null, 0);
        var written = inner.Language == Language.Russian && InflectionRules.IsCyrillic(inner.Alias)
            ? inner.Alias
            : text[tokens[at + 1].Start..tokens[at + n].End];
        return (written, n + 2);
    }

    private bool TryShape(DocumentContext ctx, Sentence sentence, int i, out EnterpriseMention? mention)
    {
        mention = null;
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        var t = tokens[i];
        if (t.Kind != TokenKind.Word)
            return false;
        var word = t.Of(text);

        // OJSC "X", ОАО «Х»: the legal form, then the name (quoted or capitalised)
        if (LegalForms.Contains(text, t))
        {
            var from = i + 1;
            if (from < tokens.Count && tokens[from].Kind == TokenKind.Quote)
                from++;
            if (from < tokens.Count && gazetteer.Names.Match(text, tokens, from, out var known) > 0)
                return TryGazetteer(ctx, sentence, from, out mention);
            var end = QuotedOrCapitalisedRun(text, tokens, from);
            if (end > from && IsAcceptableName(text, tokens, from, end))
            {
                mention = Discovered(ctx, sentence, i, end, from, end, null);
                return true;
            }
            return false;
        }

        if (ctx.Language == Language.Russian || InflectionRules.IsCyrillic(word))
            return TryRussianShape(ctx, sentence, i, out mention);

        // "the Yaroslavl company Russkie Kraski", "under the brand Belorusskie Produkty": a company word, then the name
        if (char.IsLower(word[0]))
        {
            if (!LeadWords.Contains(text, t) || i + 1 >= tokens.Count)
                return false;
            var from = i + 1;
            if (tokens[from].Kind == TokenKind.Quote)
                from++;
            // a name the gazetteer knows is found at its own token, with its own country
            if (gazetteer.Names.Match(text, tokens, from, out _) > 0)
                return false;
            var end = QuotedOrCapitalisedRun(text, tokens, from);
            if (end > from && !IsPersonOrPlace(sentence, from, end) && IsAcceptableName(text, tokens, from, end)
                && !(end < tokens.Count && HeadWords.Contains(text, tokens[end])))
            {
                mention = Discovered(ctx, sentence, from, end, from, end, CountryBefore(ctx, sentence, i));
                return true;
            }
            return false;
        }
        if (NotNameWords.Contains(text, t) || InPerson(sentence, i))
            return false;

        // a capitalised name ending in a company word: Pervouralsk New Pipe Plant, Bor Glassworks, Bratsk aluminium smelter
        var runEnd = CapitalisedRun(text, tokens, i);
        var headAt = -1;
        for (var j = i + 1; j < Math.Min(tokens.Count, runEnd + 3); j++)
        {
            var tj = tokens[j];
            if (tj.Kind != TokenKind.Word && !(j < runEnd && tj.Kind == TokenKind.Dash))
                break;
            // between the name and a lower-case company word only descriptive words: "Bratsk aluminium smelter"
            if (j >= runEnd && FunctionWords.Contains(text, tj))
                break;
            if (HeadWords.Contains(text, tj))
                headAt = j;
            if (j >= runEnd && !char.IsLower(text[tj.Start]))
                break;
            if (headAt == j && j >= runEnd - 1)
                break;
        }
        if (headAt > i)
        {
            var headCapitalised = char.IsUpper(text[tokens[headAt].Start]);
            var end = headAt + 1;
            // "the Minsk plant", "a Tver plant": a place and a lower-case company word name no one
            if ((headCapitalised || !OnlyPlaces(text, sentence, i, Math.Min(headAt, runEnd))) && IsAcceptableName(text, tokens, i, end))
            {
                mention = Discovered(ctx, sentence, i, end, i, end, CountryWithin(sentence, i, end) ?? CountryBefore(ctx, sentence, i));
                return true;
            }
        }
        if (runEnd <= i || IsPersonOrPlace(sentence, i, runEnd) || !IsAcceptableName(text, tokens, i, runEnd))
            return false;

        // goods made by or coming from a capitalised name: "copper wire rod from UGMK", "produced by Ural Steel"
        var lead = LeadingCue(text, tokens, i);
        if (lead == ProductCueRole.Maker || (lead == ProductCueRole.From && GoodsBefore(text, tokens, i)))
        {
            mention = Discovered(ctx, sentence, i, runEnd, i, runEnd, CountryBefore(ctx, sentence, i));
            return true;
        }
        // "Elsib ships turbogenerators", "..., while Elsib supplies": a name that opens a clause and ships or supplies.
        // At a sentence's start any word is capitalised ("Figures provided by ..."), so there the verb must be one
        // that takes a subject in the present ("supplies", "ships") and the word must not be plural-looking.
        var sentenceStart = i == 0 || (i == 1 && tokens[0].Kind == TokenKind.Quote);
        var opensClause = sentenceStart || tokens[i - 1].IsClauseBreak(text) || tokens[i - 1].Is(text, ",") || tokens[i - 1].IsAny(text, "while", "and", "whereas");
        if (opensClause && runEnd < tokens.Count && IsTradeVerb(text, tokens, runEnd) && IsActiveVerb(text, tokens, runEnd)
            && !(sentenceStart && runEnd == i + 1 && char.IsLower(text[tokens[i].End - 1]) && text[tokens[i].End - 1] == 's'))
        {
            mention = Discovered(ctx, sentence, i, runEnd, i, runEnd, null);
            return true;
        }
        return false;
    }

    private bool TryRussianShape(DocumentContext ctx, Sentence sentence, int i, out EnterpriseMention? mention)
    {
        mention = null;
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        var word = tokens[i].Of(text);

        // «Омсктехуглерод», шины «Белшины»: a quoted capitalised name after a company word, goods or "производства"
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Quote && char.IsUpper(word[0]))
        {
            var end = i;
            while (end < tokens.Count && end < i + 5 && tokens[end].Kind is TokenKind.Word or TokenKind.Dash or TokenKind.Number)
                end++;
            if (end >= tokens.Count || tokens[end].Kind != TokenKind.Quote || !IsAcceptableName(text, tokens, i, end))
                return false;
            var before = i - 2;
            var afterKindWord = before >= 0 && StartsWithAny(tokens[before].Of(text), RussianKindStems);
            var afterGoods = before >= 0 && (GoodsEndingAt(text, tokens, before) || tokens[before].IsAny(text, "производства", "продукция", "продукцию", "продукции", "изделия"));
            var beforeVerb = end + 1 < tokens.Count && (IsTradeVerb(text, tokens, end + 1) || tokens[end + 1].Kind == TokenKind.Dash);
            var atStart = before < 0 || tokens[before].Is(text, ",") || tokens[before].IsAny(text, "а", "и");
            if (!(afterKindWord || afterGoods || (beforeVerb && atStart)))
                return false;
            // after goods the name is in the genitive (шины «Белшины»); after a company word it stays nominative
            var name = afterGoods && !afterKindWord ? Nominative(text, tokens, i, end) : text[tokens[i].Start..tokens[end - 1].End];
            mention = Discovered(ctx, sentence, i, end, i, end, CountryWithin(sentence, i, end)) with { Name = name };
            return true;
        }

        // Бежицкого сталелитейного завода: a capitalised adjective, more adjectives, and завод/комбинат/фабрика
        if (char.IsUpper(word[0]) && IsRussianAdjective(word))
        {
            var j = i + 1;
            while (j < tokens.Count && j < i + 4 && tokens[j].Kind == TokenKind.Word && IsRussianAdjective(tokens[j].Of(text)) && !char.IsUpper(text[tokens[j].Start]))
                j++;
            if (j < tokens.Count && j > i + 1 && tokens[j].Kind == TokenKind.Word && StartsWithAny(tokens[j].Of(text), RussianHeadStems)
                && IsAcceptableName(text, tokens, i, j + 1))
            {
                mention = Discovered(ctx, sentence, i, j + 1, i, j + 1, CountryWithin(sentence, i, j)) with { Name = Nominative(text, tokens, i, j + 1) };
                return true;
            }
        }
        return false;
    }

    private EnterpriseMention Discovered(DocumentContext ctx, Sentence sentence, int first, int end, int nameFrom, int nameTo, string? country)
    {
        var tokens = sentence.Tokens;
        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        var name = ctx.Text[tokens[nameFrom].Start..tokens[nameTo - 1].End];
        return new EnterpriseMention(first, end - first, span, name, country, null, EnterpriseSource.Shape);
    }

    /// <summary>The nominative of a Russian name written in the genitive: «Белшины» Белшина, Бежицкого сталелитейного завода.</summary>
    private static string Nominative(string text, List<Token> tokens, int from, int to)
    {
        var parts = new List<string>();
        for (var k = from; k < to; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Dash)
            {
                if (parts.Count > 0)
                    parts[^1] += "-";
                continue;
            }
            var w = text[t.Start..t.End];
            var nominative = w switch
            {
                _ when w.EndsWith("ого", StringComparison.Ordinal) || w.EndsWith("его", StringComparison.Ordinal) =>
                    w[..^3] + (w.Length > 3 && "кгхжшчщц".Contains(w[^4]) || w.EndsWith("его", StringComparison.Ordinal) ? "ий" : "ый"),
                _ when w.EndsWith("ой", StringComparison.Ordinal) && k < to - 1 => w[..^2] + "ая",
                _ when w.EndsWith('ы') || (w.EndsWith('и') && w.Length > 2 && "кгхжшчщ".Contains(w[^2])) => w[..^1] + "а",
                _ when w.EndsWith('и') && w.Length > 2 => w[..^1] + "ь",
                _ when w.EndsWith('а') && w.Length > 3 && !"аеёиоуыэюяь".Contains(w[^2]) => w[..^1],
                _ when w.EndsWith('я') && w.Length > 3 => w[..^1] + (w[^2] == 'и' ? "й" : "ь"),
                _ => w,
            };
            if (parts.Count > 0 && parts[^1].EndsWith('-'))
                parts[^1] += nominative;
            else
                parts.Add(nominative);
        }
        return string.Join(' ', parts);
    }

    private static bool IsRussianAdjective(ReadOnlySpan<char> w) =>
        w.Length > 4 && (w.EndsWith("ого") || w.EndsWith("его") || w.EndsWith("ий") || w.EndsWith("ый") || w.EndsWith("ой")
            || w.EndsWith("ому") || w.EndsWith("ым") || w.EndsWith("им") || w.EndsWith("ом") || w.EndsWith("ая") || w.EndsWith("ую")
            || w.EndsWith("ое") || w.EndsWith("ые") || w.EndsWith("ие") || w.EndsWith("ых") || w.EndsWith("их"));

    private static bool StartsWithAny(ReadOnlySpan<char> word, string[] stems)
    {
        foreach (var s in stems)
        {
            if (word.StartsWith(s, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>End of a quoted name ("X Y") or a run of capitalised words starting at <paramref name="from"/>.</summary>
    private static int QuotedOrCapitalisedRun(string text, List<Token> tokens, int from)
    {
        if (from >= tokens.Count)
            return from;
        if (from > 0 && tokens[from - 1].Kind == TokenKind.Quote)
        {
            var end = from;
            while (end < tokens.Count && end < from + 6 && tokens[end].Kind != TokenKind.Quote && !tokens[end].IsClauseBreak(text))
                end++;
            return end < tokens.Count && tokens[end].Kind == TokenKind.Quote ? end : from;
        }
        return CapitalisedRun(text, tokens, from);
    }

    /// <summary>
    /// End of a run of capitalised words from <paramref name="from"/>; a hyphen, "and" or "of" may join two of them
    /// ("Abrau-Durso", "Magnitogorsk Iron and Steel Works"), and a run has at most six words.
    /// </summary>
    private static int CapitalisedRun(string text, List<Token> tokens, int from)
    {
        var end = from;
        while (end < tokens.Count && end < from + 6)
        {
            var t = tokens[end];
            if (t.Kind is TokenKind.Word or TokenKind.Number && (char.IsUpper(text[t.Start]) || char.IsDigit(text[t.Start]) || (end > from && tokens[end - 1].Kind == TokenKind.Dash)))
            {
                end++;
                continue;
            }
            if (end > from && end + 1 < tokens.Count && (t.Kind == TokenKind.Dash || t.IsAny(text, "and", "of", "&"))
                && tokens[end + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[end + 1].Start]))
            {
                end++;
                continue;
            }
            break;
        }
        return end;
    }

    /// <summary>No word of the name makes it a state body or agency, and not every word is a function word.</summary>
    private static bool IsAcceptableName(string text, List<Token> tokens, int from, int to)
    {
        var content = 0;
        for (var k = from; k < to; k++)
        {
            var w = tokens[k];
            if (NotEnterpriseWords.Contains(text, w))
                return false;
            if (w.Kind == TokenKind.Word && !NotNameWords.Contains(text, w) && !HeadWords.Contains(text, w))
                content++;
        }
        return content > 0;
    }

    /// <summary>Every word of [from, to) belongs to a place name, joining words aside: "Krasnodar and Sochi".</summary>
    private static bool OnlyPlaces(string text, Sentence sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Tokens[k].Kind != TokenKind.Word || FunctionWords.Contains(text, sentence.Tokens[k]))
                continue;
            if (!sentence.Of<PlaceMention>().Any(p => p.First <= k && k <= p.Last))
                return false;
        }
        return true;
    }

    /// <summary>"Elsib ships", "Tulachermet supplies": a verb in the present with a subject, not "provided by".</summary>
    private static bool IsActiveVerb(string text, List<Token> tokens, int at)
    {
        var w = tokens[at].Of(text);
        if (at + 1 < tokens.Count && tokens[at + 1].IsAny(text, "by"))
            return false;
        return w.EndsWith("s", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal) && at + 1 < tokens.Count && !tokens[at + 1].IsAny(text, "by", "to", "in");
    }

    // asked at every capitalised word: a loop, not a query with a delegate
    private static bool InPerson(Sentence sentence, int i)
    {
        foreach (var m in sentence.Mentions)
        {
            if (m is PersonMention p && p.First <= i && i <= p.Last)
                return true;
        }
        return false;
    }

    /// <summary>The run [from, to) is a person's name or a place ("from Kaliningrad", "Tatarstan supplies").</summary>
    private static bool IsPersonOrPlace(Sentence sentence, int from, int to)
    {
        foreach (var m in sentence.Mentions)
        {
            if (m is PersonMention or PlaceMention or RegionAnaphorMention && m.First <= from && m.After >= to)
                return true;
        }
        return false;
    }

    private ProductCueRole LeadingCue(string text, List<Token> tokens, int i)
    {
        var from = i;
        if (from > 0 && tokens[from - 1].Is(text, "the"))
            from--;
        for (var k = Math.Max(0, from - 2); k < from; k++)
        {
            var n = cues.Match(text, tokens, k, out var cue);
            if (n > 0 && k + n == from && cue.Role is ProductCueRole.Maker or ProductCueRole.From)
                return cue.Role;
        }
        return ProductCueRole.Unknown;
    }

    /// <summary>Goods end just before "from" (allowing "the"): "sparkling wine from Abrau-Durso".</summary>
    private bool GoodsBefore(string text, List<Token> tokens, int i)
    {
        var fromAt = i - 1;
        if (fromAt > 0 && tokens[fromAt].Is(text, "the"))
            fromAt--;
        return GoodsEndingAt(text, tokens, fromAt - 1);
    }

    private bool GoodsEndingAt(string text, List<Token> tokens, int last)
    {
        for (var k = Math.Max(0, last - 5); k <= last; k++)
        {
            var n = products.Phrases.Match(text, tokens, k, out var entry);
            if (n > 0 && k + n - 1 == last && !entry.IsVague)
                return true;
        }
        return false;
    }

    private bool IsTradeVerb(string text, List<Token> tokens, int at) =>
        cues.Match(text, tokens, at, out var cue) > 0 && cue.Role is ProductCueRole.Supply or ProductCueRole.Buy;

    /// <summary>A Belarusian or Russian place inside the name: "Novosibirsk Tin Plant" is Russian.</summary>
    private static string? CountryWithin(Sentence sentence, int from, int to)
    {
        foreach (var p in sentence.Of<PlaceMention>())
        {
            if (p.First >= from && p.First < to && (p.Region.Code.IsBelarusian || p.Region.Code.IsPartnerSide))
                return p.Region.Code.IsBelarusian ? "BY" : "RU";
        }
        return null;
    }

    /// <summary>"Russia's X", "Belarusian X", "the Yaroslavl company X": the side named just before the name.</summary>
    private string? CountryBefore(DocumentContext ctx, Sentence sentence, int i)
    {
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            var place = sentence.Of<PlaceMention>().FirstOrDefault(p => p.Last == k || p.First == k);
            if (place is not null)
                return place.Region.Code.IsBelarusian ? "BY" : place.Region.Code.IsPartnerSide ? "RU" : place.Region.Code.Country;
            if (cues.Match(text, tokens, k, out var cue) > 0 && cue.Role is ProductCueRole.BySide or ProductCueRole.RuSide && cue.Phrase is not ("local" or "the region's" or "the oblast's" or "the republic's"))
                return cue.Role == ProductCueRole.BySide ? "BY" : "RU";
            if (tokens[k].IsClauseBreak(text) || tokens[k].Is(text, ","))
                break;
        }
        return null;
    }
}
