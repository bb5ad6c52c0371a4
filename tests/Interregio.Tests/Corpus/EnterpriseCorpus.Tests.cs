using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>Wires the corpora of issue 4 (enterprise, product, outlets, proposal, sector) to the runner.</summary>
public sealed class FactTypeCorpusTests
{
    public static TheoryData<string, string?, string?> EnterpriseEn => CorpusRunner.Rows(EnterpriseCorpusEn.Corpus);
    public static TheoryData<string, string?, string?> EnterpriseRu => CorpusRunner.Rows(EnterpriseCorpusRu.Corpus);
    public static TheoryData<string, string?, string?> ProductEn => CorpusRunner.Rows(ProductCorpusEn.Corpus);
    public static TheoryData<string, string?, string?> ProductRu => CorpusRunner.Rows(ProductCorpusRu.Corpus);
    public static TheoryData<string, string?, string?> OutletsEn => CorpusRunner.Rows(OutletsCorpusEn.Corpus);
    public static TheoryData<string, string?, string?> OutletsRu => CorpusRunner.Rows(OutletsCorpusRu.Corpus);
    public static TheoryData<string, string?, string?> ProposalEn => CorpusRunner.Rows(ProposalCorpusEn.Corpus);
    public static TheoryData<string, string?, string?> ProposalRu => CorpusRunner.Rows(ProposalCorpusRu.Corpus);
    public static TheoryData<string, string?, string?> SectorEn => CorpusRunner.Rows(SectorCorpusEn.Corpus);
    public static TheoryData<string, string?, string?> SectorRu => CorpusRunner.Rows(SectorCorpusRu.Corpus);

    [Theory, MemberData(nameof(EnterpriseEn))]
    public void Enterprise_en(string phrase, string? expected, string? warning) => CorpusRunner.Check(EnterpriseCorpusEn.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(EnterpriseRu))]
    public void Enterprise_ru(string phrase, string? expected, string? warning) => CorpusRunner.Check(EnterpriseCorpusRu.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(ProductEn))]
    public void Product_en(string phrase, string? expected, string? warning) => CorpusRunner.Check(ProductCorpusEn.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(ProductRu))]
    public void Product_ru(string phrase, string? expected, string? warning) => CorpusRunner.Check(ProductCorpusRu.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(OutletsEn))]
    public void Outlets_en(string phrase, string? expected, string? warning) => CorpusRunner.Check(OutletsCorpusEn.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(OutletsRu))]
    public void Outlets_ru(string phrase, string? expected, string? warning) => CorpusRunner.Check(OutletsCorpusRu.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(ProposalEn))]
    public void Proposal_en(string phrase, string? expected, string? warning) => CorpusRunner.Check(ProposalCorpusEn.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(ProposalRu))]
    public void Proposal_ru(string phrase, string? expected, string? warning) => CorpusRunner.Check(ProposalCorpusRu.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(SectorEn))]
    public void Sector_en(string phrase, string? expected, string? warning) => CorpusRunner.Check(SectorCorpusEn.Corpus, phrase, expected, warning);

    [Theory, MemberData(nameof(SectorRu))]
    public void Sector_ru(string phrase, string? expected, string? warning) => CorpusRunner.Check(SectorCorpusRu.Corpus, phrase, expected, warning);
}

/// <summary>The gazetteers of issue 4 load, are as large as the issue asks, and generate Russian forms safely.</summary>
public sealed class FactTypeGazetteerTests
{
    [Fact]
    public void Enterprises_number_at_least_300_with_both_countries()
    {
        var g = EnterpriseGazetteer.Default;
        Assert.True(g.Enterprises.Count >= 300, $"{g.Enterprises.Count} enterprises");
        Assert.Contains(g.Enterprises, e => e.Country == "BY");
        Assert.Contains(g.Enterprises, e => e.Country == "RU");
        Assert.Equal("BY", g["mtz"]!.Country);
    }

    [Fact]
    public void Products_number_at_least_400_phrases_each_with_a_4_digit_heading()
    {
        var g = ProductGazetteer.Default;
        var products = g.Entries.Where(e => !e.IsVague).ToList();
        Assert.True(products.Count >= 400, $"{products.Count} product phrases");
        Assert.All(products, p => Assert.All(p.Hs, h => Assert.Matches("^[0-9]{4}$", h)));
    }

    [Fact]
    public void Every_sector_id_of_the_enterprise_gazetteer_is_in_the_taxonomy()
    {
        var sectors = SectorTaxonomy.Default;
        Assert.All(EnterpriseGazetteer.Default.Enterprises.Where(e => e.Sector.Length > 0), e => Assert.NotNull(sectors[e.Sector]));
        Assert.Equal("machine_building", sectors.ForHeading("8701")?.Id);
        Assert.Equal("agriculture_food", sectors.ForHeading("0405")?.Id);
    }

    [Theory]
    [InlineData("Атлант", "атланта")]
    [InlineData("Пензадизельмаш", "пензадизельмаша")]
    [InlineData("говядина", "говядину")]
    [InlineData("Калужский", "калужского")]
    [InlineData("сливочное", "сливочного")]
    [InlineData("двигатели", "двигателей")]
    [InlineData("Перекресток", "перекрестка")]
    public void A_russian_word_has_its_case_forms(string word, string form) =>
        Assert.Contains(form, InflectionRules.Default.FormsOf(word));

    [Theory]
    // the MTZ brand must never be read as the country
    [InlineData("Беларус", "беларуси")]
    [InlineData("Беларус", "беларусь")]
    // abbreviations are not declined
    [InlineData("МАЗ", "маза")]
    public void A_russian_word_does_not_take_a_form_that_is_another_word(string word, string form) =>
        Assert.DoesNotContain(form, InflectionRules.Default.FormsOf(word));

    [Fact]
    public void A_bad_enterprise_row_names_the_file_and_line()
    {
        var tsv = "# source: test\nid\tcountry\tname_en\taliases_en\tname_ru\taliases_ru\tkind\tsector\nmaz\tBelarus\tMAZ\t\tМАЗ\t\tholding\tmachine_building\n";
        var e = Assert.Throws<DataFileException>(() => EnterpriseGazetteer.Load(TsvTable.Parse("enterprises.tsv", new StringReader(tsv), EnterpriseGazetteer.Columns), InflectionRules.Default));
        Assert.Equal("enterprises.tsv:3: country 'Belarus' is not an ISO 3166-1 alpha-2 code", e.Message);
    }

    [Fact]
    public void A_product_row_without_a_heading_names_the_file_and_line()
    {
        var tsv = "phrase\tlang\ths\tnote\ntractors\ten\t87\tagricultural tractors\n";
        var stop = "phrase\tlang\ngoods\ten\n";
        var e = Assert.Throws<DataFileException>(() => ProductGazetteer.Load(
            TsvTable.Parse("products.tsv", new StringReader(tsv), ProductGazetteer.Columns),
            TsvTable.Parse("product-stopwords.tsv", new StringReader(stop), ProductGazetteer.StopwordColumns),
            InflectionRules.Default));
        Assert.Equal("products.tsv:2: '87' is not a 4-digit HS heading", e.Message);
    }

    /// <summary>Every English main name is found as itself in a plain sentence: no alias of another row shadows it.</summary>
    [Fact]
    public void Every_english_main_name_is_found_as_its_own_enterprise()
    {
        var misses = new List<string>();
        foreach (var e in EnterpriseGazetteer.Default.Enterprises.Where(e => e.NameEn.Length > 0))
        {
            var text = $"The governor met the managers of {e.NameEn} on Monday.";
            var facts = ExtractionPipeline.Default.Extract(new SourceDocument("names.txt", text)).Facts.OfType<EnterpriseFact>().ToList();
            if (!facts.Any(f => f.CanonicalId == e.Id))
                misses.Add($"{e.Id} ({e.NameEn}): {string.Join(", ", facts.Select(f => f.CanonicalId ?? f.Name))}");
        }
        Assert.True(misses.Count == 0, "not found as themselves:\n" + string.Join("\n", misses));
    }
}
