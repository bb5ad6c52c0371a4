using Interregio.Gazetteers;

namespace Interregio.Tests;

/// <summary>Every embedded data file loads: a bad row fails here, naming the file and line, not at run time.</summary>
public sealed class DataFilesTests
{
    [Fact]
    public void Regions_load_with_every_federal_subject_and_belarusian_oblast()
    {
        var g = RegionGazetteer.Default;
        Assert.True(g.Regions.Count(r => r.Code.IsRussian && !r.IsCountry) >= 83);
        Assert.Equal(7, g.Regions.Count(r => r.Code.IsBelarusian && !r.IsCountry));
        Assert.True(g.TryGetByCode("RU-PNZ", out var penza));
        Assert.Equal("Penza Oblast", penza.NameEn);
    }

    [Fact]
    public void Lexicon_loads_and_knows_months_and_scales()
    {
        var lex = CueLexicon.Default;
        Assert.True(lex.Has(CueCategory.Month));
        Assert.True(lex.Has(CueCategory.Scale));
        Assert.True(lex.Has(CueCategory.QualifierOver));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_names_the_file_and_line()
    {
        var tsv = "# comment\nlang\tcategory\tphrase\tvalue\nen\tmonth\tjanuary\t1\nen\tmonth\tfebruary\n";
        var e = Assert.Throws<DataFileException>(() => TsvTable.Parse("lexicon.tsv", new StringReader(tsv), CueLexicon.Columns));
        Assert.Equal("lexicon.tsv:4: 3 cells where the header has 4", e.Message);
    }

    [Fact]
    public void Every_embedded_file_has_a_source_line()
    {
        foreach (var file in TsvTable.EmbeddedFiles())
        {
            var table = TsvTable.LoadEmbedded(file);
            Assert.True(table.Comments.Any(c => c.StartsWith("source:", StringComparison.OrdinalIgnoreCase)), $"{file} has no '# source:' line");
        }
    }
}
