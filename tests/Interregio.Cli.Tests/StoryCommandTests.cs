using Interregio.Domain;
using Interregio.Output;
using Interregio.Tests.Storage.Fixtures;

namespace Interregio.Cli.Tests;

/// <summary>
/// The "done when", as a user runs it: three outlets' copies of a story ingested, and `interregio facts`
/// lists each of their facts once with the three copies in `sources`.
/// </summary>
public sealed class StoryCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("interregio-cli-stories");

    public void Dispose() => _folder.Dispose();

    private Task<CliResult> Run(params string[] args) => CliProcess.RunAsync(_folder.Path, args);

    private static readonly RegionCode Pskov = RegionCode.Parse("RU-PSK");

    [Fact]
    public async Task Facts_as_jsonl_list_a_story_fact_once_with_its_three_sources()
    {
        StoryArticles.WriteTo(_folder["articles"]);
        var ingest = await Run("ingest", _folder["articles"]);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        var r = await Run("facts", "--partner", "RU-PSK", "--format", "jsonl");

        Assert.True(r.ExitCode == 0, r.ToString());
        var facts = r.StdoutLines.Select(FactJsonReader.Read).ToList();
        var exports = Assert.Single(facts.OfType<TradeFact>(), t => t.Flow == TradeFlow.Export && t.Period == Period.Year(2022));
        Assert.Equal(StoryArticles.Copies, exports.Sources);
        Assert.Contains("\"sources\":[\"pskov_a_agency.txt\",\"pskov_b_paper.txt\",\"pskov_c_government.txt\"]", r.StdoutLines.Single(l => l.Contains("\"flow\":\"export\"", StringComparison.Ordinal) && l.Contains("241000000", StringComparison.Ordinal)));
        // Each fact of the copies once; the other two stories keep theirs, the restated 2022 figure among them.
        var ofCopies = facts.Where(f => StoryArticles.Copies.Contains(f.Doc)).ToList();
        Assert.Equal(ofCopies.Count, ofCopies.Select(f => f.Key).Distinct().Count());
        Assert.Equal(2, facts.OfType<TradeFact>().Count(t => t.Partner == Pskov && t.Flow == TradeFlow.Turnover && t.Period == Period.Year(2022)));
        Assert.Contains(facts, f => f.Doc == StoryArticles.VitebskName);
    }

    [Fact]
    public async Task Facts_list_each_figure_of_a_templated_story_with_only_the_copies_that_state_it()
    {
        StoryArticles.WriteTo(_folder["articles"],
        [
            (StoryArticles.AgencyName, StoryArticles.AgencyCopy.Replace("$318.4 million", "$152 million", StringComparison.Ordinal)),
            (StoryArticles.PaperName, StoryArticles.PaperCopy.Replace("$318.4 million", "$125 million", StringComparison.Ordinal)),
        ]);
        Assert.Equal(0, (await Run("ingest", _folder["articles"])).ExitCode);

        var r = await Run("facts", "--partner", "RU-PSK", "--type", "trade", "--format", "jsonl");

        Assert.True(r.ExitCode == 0, r.ToString());
        var turnovers = r.StdoutLines.Select(FactJsonReader.Read).OfType<TradeFact>()
            .Where(t => t.Flow == TradeFlow.Turnover && t.Period == Period.Year(2022)).ToList();
        Assert.Equal(2, turnovers.Count);
        Assert.All(turnovers, t => Assert.Empty(t.Sources));
        Assert.Equal(StoryArticles.AgencyName, Assert.Single(turnovers, t => t.Value.Amount == 152_000_000m).Doc);
        Assert.Equal(StoryArticles.PaperName, Assert.Single(turnovers, t => t.Value.Amount == 125_000_000m).Doc);
        // One story all the same: the figure both copies state is listed once with both.
        var exports = r.StdoutLines.Select(FactJsonReader.Read).OfType<TradeFact>().Single(t => t.Flow == TradeFlow.Export && t.Period == Period.Year(2022));
        Assert.Equal([StoryArticles.AgencyName, StoryArticles.PaperName], exports.Sources);
    }

    [Fact]
    public async Task Facts_as_a_table_name_every_source_of_a_story_fact()
    {
        StoryArticles.WriteTo(_folder["articles"]);
        Assert.Equal(0, (await Run("ingest", _folder["articles"])).ExitCode);

        var r = await Run("facts", "--type", "meeting", "--partner", "RU-PSK");

        Assert.True(r.ExitCode == 0, r.ToString());
        var line = Assert.Single(r.StdoutLines, l => l.Contains("2023-09-22", StringComparison.Ordinal));
        Assert.StartsWith("pskov_a_agency.txt, pskov_b_paper.txt, pskov_c_government.txt\tmeeting\t", line);
    }

    [Fact]
    public async Task Trade_names_every_copy_as_a_source_of_one_report()
    {
        StoryArticles.WriteTo(_folder["articles"]);
        Assert.Equal(0, (await Run("ingest", _folder["articles"])).ExitCode);

        var r = await Run("trade", "Pskov Oblast", "--format", "csv");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("BY,RU-PSK,export,2022-01,2022-12,241000000,USD,exact,,pskov_a_agency.txt;pskov_b_paper.txt;pskov_c_government.txt,false", r.StdoutLines);
        // The 2022 turnover: the story's copies and the stores story that restates it, the same figure, no conflict.
        Assert.Contains("BY,RU-PSK,turnover,2022-01,2022-12,318400000,USD,exact,17,pskov_a_agency.txt;pskov_b_paper.txt;pskov_c_government.txt;pskov_e_stores.txt,false", r.StdoutLines);
    }

    [Fact]
    public async Task The_bundled_samples_reprints_are_one_story_in_the_facts()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples", "articles");
        Assert.Equal(0, (await Run("ingest", samples)).ExitCode);

        var r = await Run("facts", "--partner", "RU-YAR", "--type", "trade", "--format", "jsonl");

        Assert.True(r.ExitCode == 0, r.ToString());
        var facts = r.StdoutLines.Select(FactJsonReader.Read).OfType<TradeFact>().ToList();
        var turnover = Assert.Single(facts, t => t.Flow == TradeFlow.Turnover && t.Period == Period.Year(2022));
        Assert.Equal(["en_dup_a_yaroslavl.txt", "en_dup_b_yaroslavl.txt", "en_dup_c_yaroslavl.html"], turnover.Sources);
    }
}
