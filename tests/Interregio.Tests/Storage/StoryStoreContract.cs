using Dapper;
using Interregio.Domain;
using Interregio.Pipeline;
using Interregio.Storage;
using Interregio.Storage.Postgres;
using Interregio.Storage.Sqlite;
using Interregio.Tests.Storage.Fixtures;
using Microsoft.Data.Sqlite;
using Npgsql;
using static Interregio.Tests.Storage.Fixtures.StoryArticles;

namespace Interregio.Tests.Storage;

/// <summary>
/// Stories in the store, whatever the database: the same report in three outlets, ingested through the real
/// pipeline, is one story whose facts are listed once with every copy as a source; other stories about the same
/// region stay apart; re-ingesting adds nothing; replacing a copy moves it out of (or keeps it in) its story.
/// </summary>
public abstract class StoryStoreContract : IAsyncLifetime
{
    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly RegionCode Pskov = RegionCode.Parse("RU-PSK");

    protected readonly TempFolder Folder = new("interregio-stories");

    protected IFactStore Store { get; private set; } = null!;

    protected abstract Task<IFactStore> OpenEmptyStoreAsync();

    /// <summary>Rows in the stories table.</summary>
    protected abstract Task<int> CountStoriesAsync();

    /// <summary>The web API's paging queries over the same database.</summary>
    protected abstract IFactQueries Queries { get; }

    public virtual async ValueTask InitializeAsync() => Store = await OpenEmptyStoreAsync();

    public virtual async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    protected string Articles => Folder["articles"];

    protected Task<IngestReport> IngestAsync(IngestOptions? options = null) =>
        new IngestService(Store).IngestAsync([Articles], options, cancellationToken: Cancel);

    protected async Task<List<Fact>> ReadAsync(FactQuery? query = null)
    {
        var list = new List<Fact>();
        await foreach (var f in Store.QueryFactsAsync(query ?? FactQuery.All, Cancel))
            list.Add(f);
        return list;
    }

    protected static TradeFact? Trade(IEnumerable<Fact> facts, TradeFlow flow, int year, decimal amount) =>
        facts.OfType<TradeFact>().SingleOrDefault(t => t.Partner == Pskov && t.Flow == flow && t.Period == Period.Year(year) && t.Value.Amount == amount);

    private static IEnumerable<string> SourcesOf(Fact f) => f.Sources.Count > 0 ? f.Sources : [f.Doc];

    [Fact]
    public async Task Three_outlets_copies_make_each_fact_listed_once_with_its_three_sources()
    {
        WriteTo(Articles);
        // One document per batch: each copy finds the others in the database, not in its own batch.
        await IngestAsync(IngestOptions.Default with { BatchSize = 1 });

        var facts = await ReadAsync();

        var turnover = Trade(facts.Where(f => f.Sources.Count > 1), TradeFlow.Turnover, 2022, 318_400_000m);
        Assert.NotNull(turnover);
        Assert.Equal(Copies, turnover.Sources);
        Assert.Equal(AgencyName, turnover.Doc);
        var exports = Trade(facts, TradeFlow.Export, 2022, 241_000_000m);
        Assert.NotNull(exports);
        Assert.Equal(Copies, exports.Sources);
        var meeting = Assert.Single(facts.OfType<MeetingFact>(), m => m.Date == new DateOnly(2023, 9, 22));
        Assert.Equal(Copies, meeting.Sources);
        // No fact of the three copies is listed twice, whichever copy states it.
        var copyFacts = facts.Where(f => Copies.Contains(f.Doc)).ToList();
        Assert.Equal(copyFacts.Count, copyFacts.Select(f => f.Key).Distinct().Count());
    }

    [Fact]
    public async Task Copies_of_a_story_that_state_different_figures_list_each_figure_with_only_the_copies_stating_it()
    {
        // Templated reports: the same text with another 2022 turnover in the paper. One story, but a source must
        // never be named for a figure it does not state.
        WriteTo(Articles,
        [
            (AgencyName, AgencyCopy.Replace("$318.4 million", "$152 million", StringComparison.Ordinal)),
            (PaperName, PaperCopy.Replace("$318.4 million", "$125 million", StringComparison.Ordinal)),
            (GovernmentName, GovernmentCopy.Replace("$318.4 million", "$152 million", StringComparison.Ordinal)),
        ]);
        await IngestAsync(IngestOptions.Default with { BatchSize = 1 });
        Assert.Equal(1, await CountStoriesAsync());

        var facts = await ReadAsync();

        Assert.Equal([AgencyName, GovernmentName], SourcesOf(Trade(facts, TradeFlow.Turnover, 2022, 152_000_000m)!));
        var paperFigure = Trade(facts, TradeFlow.Turnover, 2022, 125_000_000m);
        Assert.NotNull(paperFigure);
        Assert.Equal(PaperName, paperFigure.Doc);
        Assert.Equal([PaperName], SourcesOf(paperFigure));
        Assert.Equal(Copies, Trade(facts, TradeFlow.Export, 2022, 241_000_000m)!.Sources);

        // The analytics see both figures (so a conflict), each with its own source, and the export once.
        var reports = await Queries.TradeReportsAsync(Cancel);
        var turnovers = reports.Where(r => r.Fact.Partner == Pskov && r.Fact.Flow == TradeFlow.Turnover && r.Fact.Period == Period.Year(2022)).ToList();
        Assert.Equal(2, turnovers.Count);
        Assert.Equal([AgencyName, GovernmentName], SourcesOf(Assert.Single(turnovers, r => r.Fact.Value.Amount == 152_000_000m).Fact));
        Assert.Equal([PaperName], SourcesOf(Assert.Single(turnovers, r => r.Fact.Value.Amount == 125_000_000m).Fact));
        Assert.Single(reports, r => r.Fact.Partner == Pskov && r.Fact.Flow == TradeFlow.Export && r.Fact.Period == Period.Year(2022));
        var listed = await ReadAsync(new FactQuery { Partner = Pskov, Type = FactType.Trade });
        Assert.Equal(listed.Count, (await Queries.CountByPartnerAsync(Cancel)).Single(c => c.Partner == "RU-PSK" && c.Type == FactType.Trade).Count);

        // The web's pages and a document filter follow the same rule.
        var page = await Queries.PageAsync(new FactPageQuery { Partner = Pskov, Type = FactType.Trade, Limit = 100 }, Cancel);
        var pageFacts = page.Items.Select(i => i.Fact).ToList();
        Assert.Equal([PaperName], SourcesOf(Trade(pageFacts, TradeFlow.Turnover, 2022, 125_000_000m)!));
        Assert.Equal([AgencyName, GovernmentName], SourcesOf(Trade(pageFacts, TradeFlow.Turnover, 2022, 152_000_000m)!));
        var paper = await ReadAsync(new FactQuery { Document = PaperName });
        Assert.NotNull(Trade(paper, TradeFlow.Turnover, 2022, 125_000_000m));
        Assert.Null(Trade(paper, TradeFlow.Turnover, 2022, 152_000_000m));
    }

    [Fact]
    public async Task Other_stories_about_the_same_region_are_not_merged_and_a_restated_figure_is_a_second_confirmation()
    {
        WriteTo(Articles);
        await IngestAsync();

        var facts = await ReadAsync();

        // The 2022 figure: once for the story of the three copies, once for the stores story that restates it.
        var turnovers = facts.OfType<TradeFact>()
            .Where(t => t.Partner == Pskov && t.Flow == TradeFlow.Turnover && t.Period == Period.Year(2022)).ToList();
        Assert.Equal(2, turnovers.Count);
        Assert.Contains(turnovers, t => t.Sources.SequenceEqual(Copies));
        Assert.Contains(turnovers, t => t.Doc == StoresName && t.Sources.Count == 0);
        // The Vitebsk story keeps its own facts, each from itself alone.
        var vitebsk = facts.Where(f => f.Doc == VitebskName).ToList();
        Assert.NotEmpty(vitebsk);
        Assert.All(vitebsk, f => Assert.Equal([VitebskName], SourcesOf(f)));
        Assert.NotNull(Trade(vitebsk, TradeFlow.Turnover, 2020, 262_700_000m));
        // Sector facts share keys across all five documents: merged only within the story.
        Assert.Equal(3, facts.OfType<SectorFact>().Count(s => s.Name == "agriculture_food"));
        Assert.Equal(3, await CountStoriesAsync());
    }

    [Fact]
    public async Task Ingesting_again_adds_nothing()
    {
        WriteTo(Articles);
        await IngestAsync();
        var before = (await ReadAsync()).Select(Output.FactJson.ToJson).ToList();

        var again = await IngestAsync();

        Assert.Equal(new IngestCounts(New: 0, Unchanged: All.Count, Replaced: 0, Failed: 0), again.Documents);
        Assert.Equal(before, (await ReadAsync()).Select(Output.FactJson.ToJson));
        Assert.Equal(3, await CountStoriesAsync());
    }

    [Fact]
    public async Task A_corrected_copy_stays_in_its_story_and_a_copy_replaced_by_another_story_leaves_it()
    {
        WriteTo(Articles);
        await IngestAsync();

        // The paper adds a line to its copy: still the same story.
        WriteTo(Articles, [(PaperName, PaperCopy + "Updated at 18:40 with the programme of the visit.\n")]);
        var corrected = await IngestAsync();
        Assert.Equal(1, corrected.Documents.Replaced);
        Assert.Equal(Copies.Order(StringComparer.Ordinal), Trade(await ReadAsync(), TradeFlow.Export, 2022, 241_000_000m)!.Sources.Order(StringComparer.Ordinal));
        Assert.Equal(3, await CountStoriesAsync());

        // The government site's page now holds another report: it leaves the story and starts its own.
        WriteTo(Articles, [(GovernmentName, VitebskStory.Replace("VITEBSK, 14 April", "POLOTSK, 15 April", StringComparison.Ordinal) + "The talks will continue in Polotsk.\n")]);
        await IngestAsync();
        var facts = await ReadAsync();
        Assert.Equal([AgencyName, PaperName], Trade(facts, TradeFlow.Export, 2022, 241_000_000m)!.Sources.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(facts, f => f.Sources.Contains(GovernmentName) && f.Sources.Contains(AgencyName));
        // Its new content is a copy of the Vitebsk story and joins it.
        Assert.Equal([GovernmentName, VitebskName], Trade(facts, TradeFlow.Turnover, 2020, 262_700_000m)!.Sources.Order(StringComparer.Ordinal));
        Assert.Equal(3, await CountStoriesAsync());
    }

    [Fact]
    public async Task A_story_whose_last_copy_is_replaced_disappears()
    {
        WriteTo(Articles, [(VitebskName, VitebskStory)]);
        await IngestAsync();
        Assert.Equal(1, await CountStoriesAsync());

        WriteTo(Articles, [(VitebskName, StoresStory)]);
        var replaced = await IngestAsync();

        Assert.Equal(1, replaced.Documents.Replaced);
        Assert.Equal(1, await CountStoriesAsync());
        Assert.Null(Trade(await ReadAsync(), TradeFlow.Turnover, 2020, 262_700_000m));
    }

    [Fact]
    public async Task A_document_filter_lists_the_facts_that_document_states_with_every_source()
    {
        WriteTo(Articles);
        await IngestAsync();

        var paper = await ReadAsync(new FactQuery { Document = PaperName });

        var exports = Trade(paper, TradeFlow.Export, 2022, 241_000_000m);
        Assert.NotNull(exports);
        Assert.Equal(Copies, exports.Sources);
        Assert.DoesNotContain(paper, f => f.Doc is VitebskName or StoresName);
    }

    [Fact]
    public async Task Trade_reports_and_partner_counts_take_a_story_once()
    {
        WriteTo(Articles);
        await IngestAsync();

        var reports = await Queries.TradeReportsAsync(Cancel);

        // The 2022 turnover: one report for the three copies, one for the stores story that restates it.
        Assert.Equal(2, reports.Count(r => r.Fact.Partner == Pskov && r.Fact.Flow == TradeFlow.Turnover && r.Fact.Period == Period.Year(2022)));
        var exports = Assert.Single(reports, r => r.Fact.Partner == Pskov && r.Fact.Flow == TradeFlow.Export && r.Fact.Period == Period.Year(2022));
        Assert.Equal(Copies, exports.Fact.Sources);
        var listed = await ReadAsync(new FactQuery { Partner = Pskov, Type = FactType.Trade });
        Assert.Equal(listed.Count, (await Queries.CountByPartnerAsync(Cancel)).Single(c => c.Partner == "RU-PSK" && c.Type == FactType.Trade).Count);

        // Every partner and type, copies and documents alone in their story alike: the counts are the facts listed,
        // and the trade reports are the trade facts listed.
        var all = await ReadAsync();
        var expected = all.Select(f => (FactRecord.Of(f).Partner, f.Type)).Where(f => f.Partner is not null)
            .GroupBy(f => f).Select(g => (g.Key.Partner!, g.Key.Type, g.Count())).Order().ToList();
        var counts = (await Queries.CountByPartnerAsync(Cancel)).Select(c => (c.Partner, c.Type, c.Count)).Order().ToList();
        Assert.Equal(expected, counts);
        Assert.Equal(all.OfType<TradeFact>().Count(), reports.Count);
    }

    [Fact]
    public async Task The_web_pages_of_facts_list_a_story_fact_once_with_its_sources()
    {
        WriteTo(Articles);
        await IngestAsync();

        var items = new List<Fact>();
        long? after = null;
        do
        {
            var query = new FactPageQuery { Partner = Pskov, Type = FactType.Trade, After = after, Limit = 2 };
            var page = await Queries.PageAsync(query, Cancel);
            items.AddRange(page.Items.Select(i => i.Fact));
            after = page.NextAfter;
            // The page the API writes from stored lines is the same facts, sources included, line for line.
            var lines = await Queries.PageJsonAsync(query, Cancel);
            Assert.Equal(page.NextAfter, lines.NextAfter);
            Assert.Equal(page.Items.Select(i => (i.Id, global::Interregio.Output.FactJson.ToJson(i.Fact))), lines.Items.Select(i => (i.Id, System.Text.Encoding.UTF8.GetString(i.Json))));
        }
        while (after is not null);

        Assert.Equal(Copies, Trade(items, TradeFlow.Export, 2022, 241_000_000m)!.Sources);
        Assert.Equal((await ReadAsync(new FactQuery { Partner = Pskov, Type = FactType.Trade })).Count, items.Count);
    }
}

public sealed class SqliteStoryStoreTests : StoryStoreContract
{
    private string DatabasePath => Folder["facts.db"];

    protected override async Task<IFactStore> OpenEmptyStoreAsync() => await SqliteFactStore.OpenAsync(DatabasePath, cancellationToken: Cancel);

    protected override IFactQueries Queries => new FactQueriesSqlite(DatabasePath);

    protected override async Task<int> CountStoriesAsync()
    {
        await using var c = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        return await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM stories");
    }

    [Fact]
    public async Task A_version_1_database_is_migrated_keeping_its_documents_and_groups_new_copies()
    {
        // A database written before stories: its documents have no story and stand alone.
        await Store.DisposeAsync();
        File.Delete(DatabasePath);
        await using (var c = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await c.OpenAsync(Cancel);
            await c.ExecuteAsync(SqliteSchema.Migrations[0].Sql);
            await c.ExecuteAsync("INSERT INTO documents (name, content_sha256, text, ingested_at) VALUES ('old.txt', 'abc', 'An old text.', '2024-01-01T00:00:00Z')");
        }
        var reopened = await SqliteFactStore.OpenAsync(DatabasePath, cancellationToken: Cancel);
        Assert.Equal(SqliteSchema.LatestVersion, reopened.SchemaVersion);
        await reopened.DisposeAsync();
        await InitializeAsync();

        WriteTo(Articles);
        await IngestAsync();

        Assert.Equal(Copies, (await ReadAsync()).OfType<TradeFact>().First(t => t.Sources.Count > 1).Sources);
        Assert.Contains("old.txt", (await Store.ListDocumentsAsync(Cancel)).Select(d => d.Name));
    }
}

public sealed class PostgresStoryStoreTests : StoryStoreContract
{
    private PostgresTestDatabase? _db;

    protected override async Task<IFactStore> OpenEmptyStoreAsync()
    {
        _db = await PostgresTestDatabase.CreateAsync();
        return await PostgresFactStore.OpenAsync(_db.ConnectionString, cancellationToken: Cancel);
    }

    protected override IFactQueries Queries => (IFactQueries)Store;

    protected override async Task<int> CountStoriesAsync()
    {
        await using var c = new NpgsqlConnection(_db!.ConnectionString);
        return await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM stories");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_db is not null)
            await _db.DisposeAsync();
    }

    [Fact]
    public async Task Three_writers_each_holding_one_copy_at_once_make_one_story()
    {
        // Each worker process gets one copy: without the story lock each would miss the others' uncommitted copy
        // and start a story of its own. Run several rounds so the writers really overlap.
        for (var round = 0; round < 5; round++)
        {
            await using (var c = new NpgsqlConnection(_db!.ConnectionString))
                await c.ExecuteAsync("DELETE FROM documents; DELETE FROM stories;");
            var records = All.Take(3).Select(a => DocumentRecord.From(ExtractionPipeline.Default.Extract(
                new SourceDocument(a.Name, a.Text) { SourcePath = a.Name }))).ToList();
            using var start = new SemaphoreSlim(0, records.Count);
            var workers = records.Select(async r =>
            {
                await using var store = await PostgresFactStore.OpenAsync(_db!.ConnectionString, cancellationToken: Cancel);
                await start.WaitAsync(Cancel);
                await store.WriteBatchAsync([r], Cancel);
            }).ToList();
            start.Release(records.Count);
            await Task.WhenAll(workers);

            Assert.Equal(1, await CountStoriesAsync());
            Assert.Equal(Copies, Trade(await ReadAsync(), TradeFlow.Export, 2022, 241_000_000m)!.Sources.Order(StringComparer.Ordinal));
        }
    }
}
