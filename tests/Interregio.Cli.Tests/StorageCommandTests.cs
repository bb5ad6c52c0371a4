using System.Text.Json;
using Interregio.Domain;
using Interregio.Output;
using Interregio.Tests.Storage.Fixtures;

namespace Interregio.Cli.Tests;

/// <summary>ingest, facts, trade and demo run as child processes over a temporary folder: exit codes and output.</summary>
public sealed class StorageCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("interregio-cli");

    private string Articles => _folder["articles"];

    public void Dispose() => _folder.Dispose();

    private Task<CliResult> Run(params string[] args) => CliProcess.RunAsync(_folder.Path, args);

    /// <summary>The articles ingested into interregio.db in the temporary folder.</summary>
    private async Task IngestArticles()
    {
        StorageArticles.WriteTo(Articles);
        var r = await Run("ingest", Articles);
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    [Fact]
    public async Task Ingest_stores_the_articles_and_a_second_run_finds_them_unchanged()
    {
        StorageArticles.WriteTo(Articles);
        var n = StorageArticles.All.Count;

        var first = await Run("ingest", Articles);
        var second = await Run("ingest", Articles);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains($"documents: new {n}, unchanged 0, replaced 0, failed 0", first.StdoutLines);
        Assert.True(File.Exists(_folder["interregio.db"]));
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"documents: new 0, unchanged {n}, replaced 0, failed 0", second.StdoutLines);
        Assert.Contains("facts added: 0", second.StdoutLines);
        // The database line (documents and facts in the file) is the same after both runs.
        Assert.Equal(first.StdoutLines.Single(l => l.StartsWith("database ", StringComparison.Ordinal)),
            second.StdoutLines.Single(l => l.StartsWith("database ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_changed_file_is_reported_as_replaced()
    {
        await IngestArticles();
        File.WriteAllText(Path.Combine(Articles, "en_penza.txt"), StorageArticles.PenzaCorrected);

        var r = await Run("ingest", Articles);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains($"documents: new 0, unchanged {StorageArticles.All.Count - 1}, replaced 1, failed 0", r.StdoutLines);
    }

    [Fact]
    public async Task Failed_inputs_exit_1_with_one_line_each_and_the_rest_is_stored()
    {
        StorageArticles.WriteTo(Articles);
        StorageArticles.WriteUnreadable(Articles);

        var r = await Run("ingest", Articles, "missing-folder");

        Assert.Equal(1, r.ExitCode);
        var failures = r.StderrLines.Where(l => !l.StartsWith("ingest: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(StorageArticles.Unreadable.Count + 1, failures.Count);
        foreach (var name in StorageArticles.Unreadable.Keys)
            Assert.Single(failures, l => l.Contains(name, StringComparison.Ordinal));
        Assert.Single(failures, l => l.StartsWith("missing-folder: ", StringComparison.Ordinal));
        Assert.Contains($"documents: new {StorageArticles.All.Count}, unchanged 0, replaced 0, failed {failures.Count}", r.StdoutLines);
    }

    [Fact]
    public async Task The_database_comes_from_db_else_from_INTERREGIO_DB()
    {
        StorageArticles.WriteTo(Articles);

        var fromOption = await Run("ingest", Articles, "--db", "option.db");
        var fromEnv = await CliProcess.RunAsync(_folder.Path, new Dictionary<string, string?> { ["INTERREGIO_DB"] = "env.db" }, "ingest", Articles);

        Assert.Equal((0, 0), (fromOption.ExitCode, fromEnv.ExitCode));
        Assert.True(File.Exists(_folder["option.db"]));
        Assert.True(File.Exists(_folder["env.db"]));
        Assert.False(File.Exists(_folder["interregio.db"]));
    }

    [Fact]
    public async Task Facts_as_jsonl_writes_only_contract_lines()
    {
        await IngestArticles();

        var r = await Run("facts", "--format", "jsonl");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.NotEmpty(r.StdoutLines);
        foreach (var line in r.StdoutLines)
            Assert.True(FactJsonReader.TryRead(line, out _, out var problem), $"{line}: {problem}");
        Assert.Equal("", r.Stderr);
    }

    [Theory]
    [InlineData("RU-PNZ")]
    [InlineData("Penza Oblast")]
    [InlineData("penza")]
    public async Task Facts_narrow_by_type_and_by_partner_code_or_name(string partner)
    {
        await IngestArticles();

        var r = await Run("facts", "--type", "trade", "--partner", partner, "--format", "jsonl");

        Assert.True(r.ExitCode == 0, r.ToString());
        var facts = r.StdoutLines.Select(FactJsonReader.Read).ToList();
        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Equal(RegionCode.Parse("RU-PNZ"), Assert.IsType<TradeFact>(f).Partner));
    }

    [Fact]
    public async Task Facts_as_a_table_are_plain_tab_separated_lines_when_redirected()
    {
        await IngestArticles();

        var r = await Run("facts", "--type", "meeting");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.NotEmpty(r.StdoutLines);
        Assert.All(r.StdoutLines, l => Assert.Equal(3, l.Split('\t').Length));
        Assert.DoesNotContain('\u001b', r.Stdout);
        Assert.DoesNotContain('┌', r.Stdout);
    }

    [Fact]
    public async Task Trade_as_csv_is_a_header_and_one_row_per_reporter_flow_and_period()
    {
        await IngestArticles();

        var r = await Run("trade", "Penza Oblast", "--format", "csv");

        Assert.True(r.ExitCode == 0, r.ToString());
        var lines = r.StdoutLines;
        Assert.Equal("reporter,partner,flow,period_from,period_to,amount,currency,qualifier,growth_pct,sources,conflict", lines[0]);
        Assert.Contains("BY,RU-PNZ,turnover,2023-01,2023-12,152000000,USD,exact,10,en_penza.txt,false", lines);
        var keys = lines.Skip(1).Select(l => string.Join(",", l.Split(',').Take(5))).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public async Task Trade_as_jsonl_writes_series_rows_then_products_and_enterprises()
    {
        await IngestArticles();

        var r = await Run("trade", "RU-PNZ", "--format", "jsonl");

        Assert.True(r.ExitCode == 0, r.ToString());
        var rows = r.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var kinds = rows.Select(e => e.GetProperty("row").GetString()).ToList();
        Assert.Equal("trade", kinds[0]);
        Assert.Equal(kinds.OrderBy(k => k switch { "trade" => 0, "product" => 1, _ => 2 }), kinds);
        var turnover = rows.Single(e => e.GetProperty("row").GetString() == "trade" && e.GetProperty("flow").GetString() == "turnover");
        Assert.Equal(152_000_000, turnover.GetProperty("value").GetProperty("amount").GetInt64());
        Assert.Equal(["en_penza.txt"], turnover.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Trade_as_a_table_is_plain_sections_when_redirected()
    {
        await IngestArticles();

        var r = await Run("trade", "penza");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("# trade: Penza Oblast (RU-PNZ)", r.StdoutLines[0]);
        Assert.Contains(r.StdoutLines, l => l.StartsWith("BY\tRU-PNZ\tturnover\t2023\tUSD 152 M\texact\t+10%\ten_penza.txt", StringComparison.Ordinal));
    }

    public static TheoryData<string[]> UsageErrors => new()
    {
        new[] { "ingest" },
        new[] { "facts", "--type", "rumour" },
        new[] { "facts", "--format", "xml" },
        new[] { "facts", "--partner", "Atlantis" },
        new[] { "trade", "Atlantis" },
        new[] { "trade", "RU-PNZ", "--format", "pdf" },
        new[] { "ingest", "x", "--batch-size", "0" },
        new[] { "frobnicate" },
        // A database that is not there is a mistake in the command, not a failed input.
        new[] { "facts", "--db", "missing.db" },
        new[] { "trade", "RU-PNZ", "--db", "missing.db" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public async Task A_usage_error_exits_2_with_one_line_on_stderr(string[] args)
    {
        var r = await Run(args);

        Assert.True(r.ExitCode == 2, r.ToString());
        var line = Assert.Single(r.StderrLines);
        Assert.StartsWith("interregio: ", line);
        Assert.Equal("", r.Stdout);
        Assert.False(File.Exists(_folder["missing.db"]));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_a_usage_error_naming_it()
    {
        File.WriteAllText(_folder["notes.db"], "These are notes, not a database, and long enough to be read as a header page.");

        var r = await Run("facts", "--db", "notes.db");

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("interregio: notes.db: ", Assert.Single(r.StderrLines));
    }

    [Fact]
    public async Task Demo_ingests_the_bundled_samples_from_any_folder_and_again_finds_them_unchanged()
    {
        // --no-serve: the demo would otherwise go on serving the dashboard until Ctrl+C.
        var first = await Run("demo", "--no-serve");
        var second = await Run("demo", "--no-serve");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(File.Exists(_folder["interregio.db"]));
        var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples", "articles")).Length;
        Assert.True(samples >= 20, $"{samples} sample articles beside the CLI");
        Assert.Contains($"documents: new {samples}, unchanged 0, replaced 0, failed 0", first.StdoutLines);
        Assert.Contains("partner\tdocuments\ttrade\tmeeting\tenterprise\tproduct\toutlets", first.StdoutLines);
        Assert.Contains(first.StdoutLines, l => l.StartsWith("RU-YAR\t3\t", StringComparison.Ordinal));
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"documents: new 0, unchanged {samples}, replaced 0, failed 0", second.StdoutLines);
    }
}
