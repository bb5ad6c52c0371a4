using Interregio.Gazetteers;
using Interregio.Text;

namespace Interregio.Tests;

/// <summary>
/// Phrase tables turn a token away by the fold hash the tokenizer made, so that hash must agree with the tables'
/// own comparisons: a disagreement would silently lose matches.
/// </summary>
public sealed class TokenFoldTests
{
    private const string Mixed = "ОАО «Гомсельмаш» and MTZ-Holding: ЁЛКА, Škoda № 5 — Brest’s 1,300 t; Ўзбекістан, ıI, \u212Aelvin, co\u0301mbine $12bn.";

    [Fact]
    public void Every_token_carries_the_fold_hash_of_its_key()
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(Mixed, 0, Mixed.Length, tokens);
        Assert.True(tokens.Count > 20);
        foreach (var t in tokens)
            Assert.Equal(Tokenizer.FoldHash(Tokenizer.KeyOf(Mixed, t)), t.Fold);
    }

    [Theory]
    [InlineData("12.5, 1,300,000; 7.")]
    [InlineData("\u0661\u0662\u0663 and 3.\u0665 and 4\u0666,5")]
    [InlineData("(a) [b]! c? d: «e» ¿f¡ § ¶ 100%")]
    public void Numbers_and_punctuation_hashed_on_the_way_carry_the_hash_of_their_key(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        foreach (var t in tokens)
            Assert.Equal(Tokenizer.FoldHash(Tokenizer.KeyOf(text, t)), t.Fold);
    }

    [Theory]
    [InlineData("expor*", "EXPORTED goods", 1)]
    [InlineData("превыс*", "ПРЕВЫСИЛ", 1)]
    [InlineData("превыс*", "exceeded", 0)]
    public void Stems_match_words_in_any_case_whichever_alphabet_they_start_with(string stem, string text, int expected)
    {
        var table = new PhraseMatcher<int>();
        table.Add("steel", 1);
        table.Add(stem, 2);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        Assert.Equal(expected, table.Match(text, tokens, 0, out _));
    }

    [Theory]
    [InlineData("ПРЕВЫСИЛ", 2, 1)]
    [InlineData("Пищевые продукты", 1, 2)]
    [InlineData("продажи", 3, 1)]
    [InlineData("п", 4, 1)]
    [InlineData("рост", 0, 0)]
    public void Stems_sharing_a_first_letter_are_told_apart_by_the_second(string text, int value, int length)
    {
        var table = new PhraseMatcher<int>();
        table.Add("пищев* продукты", 1);
        table.Add("превыс*", 2);
        table.Add("про*", 3);
        table.Add("п*", 4);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        Assert.Equal(length, table.Match(text, tokens, 0, out var found));
        Assert.Equal(value, found);
    }

    [Theory]
    [InlineData("превысил", true)]
    [InlineData("ПРЕВЫСИЛ", true)]
    [InlineData("пищевые", true)]
    [InlineData("поставки", false)]
    [InlineData("рост", false)]
    public void A_word_passes_the_first_word_test_only_if_a_stem_starts_with_its_first_two_letters(string word, bool passes)
    {
        var table = new PhraseMatcher<int>();
        table.Add("превыс*", 1);
        table.Add("пищев* продукты", 2);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(word, 0, word.Length, tokens);
        Assert.Equal(passes, table.MayStart(word, tokens[0]));
        table.Add("п*", 3);
        Assert.True(table.MayStart(word, tokens[0]) || word[0] is not ('п' or 'П'));
    }

    [Fact]
    public void A_token_is_twelve_bytes_and_keeps_its_kind_and_fold_apart()
    {
        Assert.Equal(12, System.Runtime.CompilerServices.Unsafe.SizeOf<Token>());
        foreach (var kind in Enum.GetValues<TokenKind>())
        {
            foreach (var key in new[] { "x", "Минск", "1,300", "№", "ıron" })
            {
                var fold = Tokenizer.FoldHash(key);
                Assert.InRange(fold, 0, (1 << 29) - 1);
                var t = new Token(3, 9, kind) { Fold = fold };
                Assert.Equal((3, 9, kind, fold), (t.Start, t.End, t.Kind, t.Fold));
                Assert.Equal(kind, (t with { Fold = 1 }).Kind);
                Assert.Equal(fold, (t with { Kind = TokenKind.Symbol }).Fold);
            }
        }
    }

    [Theory]
    [InlineData("Минск", "МИНСК")]
    [InlineData("ёлка", "ЕЛКА")]
    [InlineData("Ёлка", "елка")]
    [InlineData("Škoda", "ŠKODA")]
    [InlineData("Ўзбекістан", "ўЗБЕКІСТАН")]
    [InlineData("MTZ", "mtz")]
    public void Keys_equal_ignoring_case_hash_equal(string a, string b) =>
        Assert.Equal(Tokenizer.FoldHash(a), Tokenizer.FoldHash(b));

    [Theory]
    [InlineData("ıron")]
    [InlineData("\u212Aelvin")]
    [InlineData("ſteel")]
    public void A_character_whose_case_partner_is_ascii_makes_the_hash_unknown(string key) =>
        Assert.Equal(0, Tokenizer.FoldHash(key));

    [Fact]
    public void Phrase_tables_still_find_keys_with_characters_outside_ascii_and_cyrillic()
    {
        var table = new PhraseMatcher<int>();
        table.Add("№ 5", 1);
        table.Add("Škoda plant", 2);
        var text = "the ŠKODA PLANT and № 5";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        Assert.Equal(2, table.Match(text, tokens, 1, out var v1));
        Assert.Equal(2, v1);
        Assert.Equal(2, table.Match(text, tokens, 4, out var v2));
        Assert.Equal(1, v2);
        Assert.Equal(0, table.Match(text, tokens, 3, out _));
    }

    [Fact]
    public void Word_sets_and_inflected_tables_agree_with_their_comparers()
    {
        var set = new WordSet(["OJSC", "№"], StringComparer.Ordinal);
        var text = "ojsc OJSC №";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        Assert.False(set.Contains(text, tokens[0]));
        Assert.True(set.Contains(text, tokens[1]));
        Assert.True(set.Contains(text, tokens[2]));

        var names = new InflectedPhraseMatcher<string>(InflectionRules.Default);
        names.Add("Гомсельмаш", "gomselmash", inflect: true);
        var ru = "с ГОМСЕЛЬМАШЕМ и «Гомсельмашем»";
        var ruTokens = new List<Token>();
        Tokenizer.Tokenize(ru, 0, ru.Length, ruTokens);
        Assert.Equal(1, names.Match(ru, ruTokens, 1, out var name));
        Assert.Equal("gomselmash", name);
        Assert.Equal(0, names.Match(ru, ruTokens, 2, out _));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_word_set_looked_up_by_the_fold_hash_answers_as_its_comparer_would(bool ignoreCase)
    {
        // the token lookup goes by the tokenizer's fold hash and compares only the words under it: it must say
        // what the set's comparer says of the text as written, for words in either case, in Cyrillic and with ё
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        string[] words = ["the", "Belarus", "OJSC", "ОАО", "ёлка", "plant", "works", "Minsk", "a", "of"];
        var set = new WordSet(words, comparer);
        var reference = new HashSet<string>(words, comparer);
        var text = "The THE the tHe Belarus BELARUS belarus OJSC ojsc ОАО оао ёлка ЁЛКА елка plants plant Works a A of off Minsk minsk — №";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        foreach (var t in tokens)
            Assert.Equal(reference.Contains(t.Of(text).ToString()), set.Contains(text, t));
    }

    [Theory]
    [InlineData("Минский тракторный завод", "на МИНСКОМ ТРАКТОРНОМ ЗАВОДЕ было", 1, 3)]
    [InlineData("Ёлкинский комбинат", "с елкинским Комбинатом", 1, 2)]
    [InlineData("Škoda Works", "at ŠKODA works", 1, 2)]
    [InlineData("Bor Glassworks", "Bor Glass works", 0, 0)]
    [InlineData("Kelvin plant", "the Kelvin PLANT", 1, 2)]
    [InlineData("ıron works", "ıron works", 0, 2)]
    public void Inflected_tables_find_by_the_fold_hash_what_they_find_by_the_folded_key(string phrase, string text, int at, int expected)
    {
        // the lookup goes by the token's fold hash and compares the folded key only on a hit; a key without a hash
        // (a character whose case partner is ASCII) sends every lookup of the table the old way
        var names = new InflectedPhraseMatcher<string>(InflectionRules.Default);
        names.Add(phrase, "x", inflect: true);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        Assert.Equal(expected, names.Match(text, tokens, at, out _));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i != at)
                Assert.Equal(0, names.Match(text, tokens, i, out _));
        }
    }
}
