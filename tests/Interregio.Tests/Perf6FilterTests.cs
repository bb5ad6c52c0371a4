using Interregio.Gazetteers;
using Interregio.Tests.EndToEnd;
using Interregio.Text;

namespace Interregio.Tests;

/// <summary>
/// The bit filters of the inflected phrase tables (first words with an ASCII letter first, the children of each
/// node) only ever turn away a token no phrase continues with: at every token of the samples, and of text written
/// to meet the tables' own phrases in other cases, a match is what a plain walk by folded keys finds.
/// </summary>
public sealed class Perf6FilterTests
{
    private static readonly string[] Mixed =
    [
        "Gomselmash supplied GRAIN harvesters and Sunflower Oil; МТЗ поставил тракторы «Беларус» и сливочного масла.",
        "the Minsk Tractor Works (MTZ) and BELAZ dump trucks — „Белшина“ шины, 'Amkodor' road machinery, ıron works",
        "Belarus tractors, belarus TRACTORS, Belarusian potash fertilisers, cheese-making equipment, 2024 milk powder",
    ];

    public static TheoryData<string> Tables => ["products", "enterprises"];

    [Theory]
    [MemberData(nameof(Tables))]
    public void A_filtered_match_is_the_plain_walk_at_every_token_of_the_samples(string table)
    {
        var texts = Directory.GetFiles(Path.Combine(SamplesTests.SamplesFolder(), "articles"))
            .Select(File.ReadAllText)
            .Concat(Mixed)
            .ToList();
        var positions = 0;
        var found = 0;
        foreach (var text in texts)
        {
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, 0, text.Length, tokens);
            for (var i = 0; i < tokens.Count; i++)
            {
                var (n, expected) = table == "products"
                    ? Both(ProductGazetteer.Default.Phrases, text, tokens, i)
                    : Both(EnterpriseGazetteer.Default.Names, text, tokens, i);
                Assert.True(n == expected, $"{table} at '{tokens[i].Of(text)}' ({tokens[i].Start}): {n} tokens, the plain walk {expected}");
                positions++;
                found += n > 0 ? 1 : 0;
            }
        }
        Assert.True(positions > 10_000, $"only {positions} tokens read");
        Assert.True(found > 50, $"only {found} matches: the comparison says little");
    }

    [Fact]
    public void Every_phrase_of_the_tables_is_found_in_any_case_after_a_filtered_first_word()
    {
        foreach (var e in ProductGazetteer.Default.Entries)
        {
            foreach (var written in new[] { e.Phrase, e.Phrase.ToUpperInvariant(), char.ToUpperInvariant(e.Phrase[0]) + e.Phrase[1..] })
            {
                var text = "and " + written + " .";
                var tokens = new List<Token>();
                Tokenizer.Tokenize(text, 0, text.Length, tokens);
                var (n, expected) = Both(ProductGazetteer.Default.Phrases, text, tokens, 1);
                Assert.True(n == expected && n > 0, $"'{written}': {n} tokens, the plain walk {expected}");
            }
        }
    }

    [Fact]
    public void A_table_with_a_key_without_a_hash_still_finds_its_ascii_phrases()
    {
        // "ıron" has no fold hash (ı is I ignoring case): the ASCII first-word bits then let every token through
        var names = new InflectedPhraseMatcher<string>(InflectionRules.Default);
        names.Add("steel pipes", "pipes", inflect: false);
        names.Add("ıron works", "iron", inflect: false);
        var text = "Steel PIPES and ıron works";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        Assert.Equal(2, names.Match(text, tokens, 0, out var v));
        Assert.Equal("pipes", v);
        Assert.Equal(2, names.Match(text, tokens, 3, out v));
        Assert.Equal("iron", v);
        Assert.Equal(0, names.Match(text, tokens, 2, out _));
    }

    [Fact]
    public void The_sector_cues_first_words_turn_away_no_token_a_cue_starts_at()
    {
        var taxonomy = SectorTaxonomy.Default;
        var texts = Directory.GetFiles(Path.Combine(SamplesTests.SamplesFolder(), "articles"))
            .Select(File.ReadAllText)
            .Concat(Mixed)
            .Append("Machine-building, IT-компании и Logistics centre; R&D and the HI-TECH PARK, агропромышленный комплекс")
            .ToList();
        var rejected = 0;
        var cues = 0;
        foreach (var text in texts)
        {
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, 0, text.Length, tokens);
            for (var i = 0; i < tokens.Count; i++)
            {
                var n = taxonomy.Cues.Match(text, tokens, i, out _);
                cues += n > 0 ? 1 : 0;
                if (!taxonomy.FirstWords.Rejects(text, tokens[i]))
                    continue;
                rejected++;
                Assert.True(n == 0, $"a cue of {n} tokens starts at '{tokens[i].Of(text)}' ({tokens[i].Start}), which the first words turn away");
            }
        }
        Assert.True(cues > 20 && rejected > 10_000, $"{cues} cues, {rejected} tokens turned away: the comparison says little");
    }

    [Fact]
    public void Product_cues_found_through_the_ascii_table_are_those_of_the_whole_table()
    {
        var cues = ProductCues.Default;
        var texts = Directory.GetFiles(Path.Combine(SamplesTests.SamplesFolder(), "articles"))
            .Select(File.ReadAllText)
            .Concat(Mixed)
            .Append("Supplies to the region's stores are in HIGH demand; поставки «МАЗ» превысили, the oblast's buyers purchase")
            .ToList();
        var found = 0;
        foreach (var text in texts)
        {
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, 0, text.Length, tokens);
            for (var i = 0; i <= tokens.Count; i++)
            {
                var n = cues.Match(text, tokens, i, out var cue);
                var expected = cues.Phrases.Match(text, tokens, i, out var whole);
                Assert.True(n == expected && cue == whole, $"at {i} of '{text[..Math.Min(40, text.Length)]}': {n} tokens ({cue}), the whole table {expected} ({whole})");
                found += n > 0 ? 1 : 0;
            }
        }
        Assert.True(found > 100, $"only {found} cues: the comparison says little");
    }

    [Fact]
    public void A_stem_with_an_ascii_letter_first_lets_every_token_through()
    {
        var words = new AsciiFirstWords();
        words.AddFirstWordOf("steel mill");
        var text = "steel iron";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        Assert.False(words.Rejects(text, tokens[0]));
        Assert.True(words.Rejects(text, tokens[1]));
        words.AddFirstWordOf("ir* works");
        Assert.False(words.Rejects(text, tokens[1]));
    }

    private static (int Filtered, int Plain) Both<T>(InflectedPhraseMatcher<T> table, string text, List<Token> tokens, int at)
    {
        var n = table.Match(text, tokens, at, out var value);
        var expected = table.MatchByKeys(text, tokens, at, out var plain);
        if (n == expected && n > 0)
            Assert.Equal(plain, value);
        return (n, expected);
    }
}
