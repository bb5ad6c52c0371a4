using Interregio.Domain;
using Interregio.Output;
using Interregio.Storage;
using Interregio.Tests.Storage.Fixtures;
using static Interregio.Tests.Storage.Fixtures.StoredFacts;

namespace Interregio.Tests.Storage;

/// <summary>
/// What every <see cref="IFactStore"/> must do, whatever the database (Dapper's TestBase idea): a subclass opens a
/// fresh, empty store and inherits every test. SQLite: <see cref="SqliteFactStoreTests"/>; PostgreSQL adds its own.
/// </summary>
public abstract class FactStoreContract : IAsyncLifetime
{
    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected IFactStore Store { get; private set; } = null!;

    /// <summary>A new, empty store for one test.</summary>
    protected abstract Task<IFactStore> OpenEmptyStoreAsync();

    public virtual async ValueTask InitializeAsync() => Store = await OpenEmptyStoreAsync();

    public virtual async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected async Task<List<Fact>> ReadAsync(FactQuery? query = null)
    {
        var list = new List<Fact>();
        await foreach (var f in Store.QueryFactsAsync(query ?? FactQuery.All, Cancel))
            list.Add(f);
        return list;
    }

    [Fact]
    public async Task Every_fact_type_round_trips_through_the_store()
    {
        var (text, facts) = EveryType("every.txt");
        var outcome = Assert.Single(await Store.WriteBatchAsync([Document("every.txt", text, facts)], Cancel));
        Assert.Equal(IngestStatus.New, outcome.Status);
        Assert.Equal(facts.Length, outcome.FactsAdded);

        var read = await ReadAsync();
        // Records with list members compare lists by reference, so compare what the contract writes.
        Assert.Equal(facts.Select(FactJson.ToJson), read.Select(FactJson.ToJson));
        Assert.Equal(facts.Select(f => f.GetType()), read.Select(f => f.GetType()));
        Assert.Equal(facts.Select(f => f.Key), read.Select(f => f.Key));
        var summary = await Store.SummarizeAsync(Cancel);
        Assert.Equal(1, summary.Documents);
        Assert.Equal(facts.Length, summary.Facts);
        Assert.Equal(2, summary.FactsOf(FactType.Trade));
        Assert.Equal(1, summary.FactsOf(FactType.Target));
    }

    [Fact]
    public async Task Writing_the_same_content_again_adds_nothing()
    {
        var doc = Document("a.txt", Trade("a.txt", 152), Trade("a.txt", 80, Samara));
        await Store.WriteBatchAsync([doc], Cancel);
        var before = await Store.SummarizeAsync(Cancel);

        var again = Assert.Single(await Store.WriteBatchAsync([doc], Cancel));

        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal(0, again.FactsAdded);
        var after = await Store.SummarizeAsync(Cancel);
        Assert.Equal(before.Documents, after.Documents);
        Assert.Equal(before.FactsByType, after.FactsByType);
    }

    [Fact]
    public async Task The_same_content_under_another_name_is_unchanged()
    {
        var text = "Trade reached $152 million in 2023.";
        await Store.WriteBatchAsync([Document("a.txt", text, [Trade("a.txt", 152)])], Cancel);

        var copy = Assert.Single(await Store.WriteBatchAsync([Document("copy-of-a.txt", text, [Trade("copy-of-a.txt", 152)])], Cancel));

        Assert.Equal(IngestStatus.Unchanged, copy.Status);
        Assert.Equal(["a.txt"], (await Store.ListDocumentsAsync(Cancel)).Select(d => d.Name));
    }

    [Fact]
    public async Task A_changed_document_under_the_same_name_replaces_it_and_its_facts()
    {
        await Store.WriteBatchAsync([Document("penza.txt", Trade("penza.txt", 152), Trade("penza.txt", 80, Samara))], Cancel);

        var replaced = Assert.Single(await Store.WriteBatchAsync([Document("penza.txt", Trade("penza.txt", 163))], Cancel));

        Assert.Equal(IngestStatus.Replaced, replaced.Status);
        Assert.Equal(1, replaced.FactsAdded);
        var facts = await ReadAsync();
        var trade = Assert.IsType<TradeFact>(Assert.Single(facts));
        Assert.Equal(163_000_000m, trade.Value.Amount);
        var summary = await Store.SummarizeAsync(Cancel);
        Assert.Equal((1, 1), (summary.Documents, summary.Facts));
    }

    [Fact]
    public async Task A_fact_stated_twice_in_a_document_is_stored_once()
    {
        var first = Trade("twice.txt", 152);
        var restated = first with { Source = first.Source with { Start = 100, End = 100 + first.Quote.Length } };

        var outcome = Assert.Single(await Store.WriteBatchAsync([Document("twice.txt", first, restated)], Cancel));

        Assert.Equal(1, outcome.FactsAdded);
        Assert.Equal(0, Assert.Single(await ReadAsync()).Source.Start);
    }

    [Fact]
    public async Task A_batch_with_a_refused_fact_writes_nothing_and_keeps_what_was_stored()
    {
        await Store.WriteBatchAsync([Document("kept.txt", Trade("kept.txt", 152))], Cancel);
        var good = Document("good.txt", Trade("good.txt", 10));
        var bad = Document("bad.txt", Trade("bad.txt", 20, qualifier: Qualifier.Unknown));

        var e = await Assert.ThrowsAsync<FactRejectedException>(() => Store.WriteBatchAsync([good, bad], Cancel));

        Assert.Contains("bad.txt", e.Message);
        Assert.Contains("qualifier", e.Message);
        Assert.Equal(["kept.txt"], (await Store.ListDocumentsAsync(Cancel)).Select(d => d.Name));
        Assert.Equal(152_000_000m, Assert.IsType<TradeFact>(Assert.Single(await ReadAsync())).Value.Amount);
    }

    private static readonly Provenance At = new("bad.txt", "A sentence.", 0, 11);

    /// <summary>Every value storage cannot interpret, and the word its refusal must name.</summary>
    public static TheoryData<string, Fact> Refused => new()
    {
        { "qualifier", Trade("bad.txt", 1, qualifier: Qualifier.Unknown) },
        { "flow", Trade("bad.txt", 1, flow: TradeFlow.Unknown) },
        { "currency", Trade("bad.txt", 1) with { Value = default } },
        { "period", Trade("bad.txt", 1) with { Period = default } },
        { "reporter", Trade("bad.txt", 1) with { Reporter = default } },
        { "partner", Trade("bad.txt", 1) with { Partner = default } },
        { "flow", new ProductFact(At, "butter", ["0405"], TradeFlow.Unknown, Penza) },
        { "qualifier", new OutletsFact(At, "Bellegprom", 8, Qualifier.Unknown, "stores", Penza) },
        { "status", new ProposalFact(At, "joint ventures", ProposalStatus.Unknown, Penza) },
        { "currency", new TargetFact(At, Penza, default, 2030) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task An_unknown_value_is_refused_with_the_field_it_is_in(string field, Fact fact)
    {
        var e = await Assert.ThrowsAsync<FactRejectedException>(() => Store.WriteBatchAsync([Document("bad.txt", "A sentence.", [fact])], Cancel));

        Assert.Contains(field, e.Problem);
        Assert.StartsWith("bad.txt: ", e.Message);
        Assert.Equal(0, (await Store.SummarizeAsync(Cancel)).Documents);
    }

    [Fact]
    public async Task A_fact_naming_another_document_is_refused()
    {
        await Assert.ThrowsAsync<FactRejectedException>(() => Store.WriteBatchAsync([Document("a.txt", Trade("b.txt", 1))], Cancel));
    }

    [Fact]
    public async Task Queries_narrow_by_type_partner_and_document()
    {
        var (text, facts) = EveryType("every.txt");
        await Store.WriteBatchAsync([Document("every.txt", text, facts), Document("samara.txt", Trade("samara.txt", 410, Samara))], Cancel);

        var trade = await ReadAsync(new FactQuery { Type = FactType.Trade });
        Assert.Equal(3, trade.Count);
        Assert.All(trade, f => Assert.IsType<TradeFact>(f));

        var samara = await ReadAsync(new FactQuery { Partner = Samara });
        Assert.Equal(["every.txt", "samara.txt"], samara.Select(f => f.Doc));

        var samaraTradeInEvery = await ReadAsync(new FactQuery { Type = FactType.Trade, Partner = Samara, Document = "every.txt" });
        Assert.Equal(Currency.RUB, Assert.IsType<TradeFact>(Assert.Single(samaraTradeInEvery)).Value.Currency);

        Assert.Empty(await ReadAsync(new FactQuery { Document = "nothing.txt" }));
    }

    [Fact]
    public async Task A_fact_without_a_partner_is_stored_and_never_matches_a_partner()
    {
        var (text, facts) = EveryType("every.txt");
        await Store.WriteBatchAsync([Document("every.txt", text, facts)], Cancel);

        var sector = Assert.IsType<SectorFact>(Assert.Single(await ReadAsync(new FactQuery { Type = FactType.Sector })));
        Assert.True(sector.Partner.IsDefault);
        Assert.DoesNotContain(await ReadAsync(new FactQuery { Partner = Penza }), f => f is SectorFact);
    }

    [Fact]
    public async Task A_stored_document_keeps_its_text_date_and_the_offsets_of_its_quotes()
    {
        var (text, facts) = EveryType("every.txt");
        await Store.WriteBatchAsync([Document("every.txt", text, facts)], Cancel);

        var stored = await Store.FindDocumentAsync("every.txt", Cancel);

        Assert.NotNull(stored);
        Assert.Equal(text, stored.Text);
        Assert.Equal(new DateOnly(2024, 3, 14), stored.Info.ReferenceDate);
        Assert.Equal(("en", "Title of every.txt", "/corpus/every.txt"), (stored.Info.Language, stored.Info.Title, stored.Info.SourcePath));
        Assert.Equal(DocumentRecord.HashOf(text), stored.Info.ContentSha256);
        Assert.Equal(facts.Length, stored.Info.Facts);
        foreach (var fact in await ReadAsync())
            Assert.Equal(fact.Quote, stored.Text[fact.Source.Start..fact.Source.End]);
        Assert.Null(await Store.FindDocumentAsync("missing.txt", Cancel));
    }

    [Fact]
    public async Task Stored_content_is_found_by_hash()
    {
        var doc = Document("a.txt", Trade("a.txt", 1));
        await Store.WriteBatchAsync([doc], Cancel);

        var found = await Store.FindStoredContentAsync([doc.ContentSha256, DocumentRecord.HashOf("something else")], Cancel);

        Assert.Equal([doc.ContentSha256], found);
    }

    [Fact]
    public async Task A_large_batch_is_stored_whole_and_its_outcomes_keep_its_order()
    {
        var batch = Enumerable.Range(0, 500).Select(i => Document($"doc_{i:D3}.txt", Trade($"doc_{i:D3}.txt", 100 + i))).ToList();

        var outcomes = await Store.WriteBatchAsync(batch, Cancel);

        Assert.Equal(batch.Select(d => d.Name), outcomes.Select(o => o.Name));
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.New, o.Status));
        var summary = await Store.SummarizeAsync(Cancel);
        Assert.Equal((500, 500), (summary.Documents, summary.Facts));
        Assert.Equal(batch.Select(d => d.Name), (await Store.ListDocumentsAsync(Cancel)).Select(d => d.Name));
    }

    [Fact]
    public async Task An_empty_store_reads_as_empty()
    {
        Assert.Empty(await ReadAsync());
        Assert.Empty(await Store.ListDocumentsAsync(Cancel));
        var summary = await Store.SummarizeAsync(Cancel);
        Assert.Equal((0, 0), (summary.Documents, summary.Facts));
        Assert.Empty(await Store.WriteBatchAsync([], Cancel));
    }
}
