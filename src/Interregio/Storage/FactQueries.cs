using System.Text;
using Interregio.Analytics;
using Interregio.Domain;
using Interregio.Output;

namespace Interregio.Storage;

/// <summary>
/// Read queries the web API needs beyond <see cref="IFactStore"/>: keyset paging with period and text filters,
/// counts per partner, the trade figures with their reports' dates for analytics, and a cheap change marker.
/// Implementations are safe to share between threads.
/// </summary>
public interface IFactQueries
{
    /// <summary>One page of facts in storage order (fact id), after the cursor of the previous page.</summary>
    Task<FactPage> PageAsync(FactPageQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="PageAsync"/> with each fact as its contract line (UTF-8 JSON by FactJson's writer), for a response
    /// that writes it as it is instead of decoding and re-encoding it. A store keeping the line returns it as stored;
    /// this default encodes the facts of <see cref="PageAsync"/>.
    /// </summary>
    async Task<FactJsonPage> PageJsonAsync(FactPageQuery query, CancellationToken cancellationToken = default)
    {
        var page = await PageAsync(query, cancellationToken);
        return new FactJsonPage(page.Items.Select(i => new FactJsonItem(i.Id, FactJsonItem.Encode(i.Fact))).ToList(), page.NextAfter);
    }

    /// <summary>
    /// A document and the facts read from it (as <see cref="IFactStore.QueryFactsAsync"/> with its name gives them)
    /// as contract lines, for a response that writes them as they are; null when no document has that name. This
    /// default reads them through <paramref name="store"/> and encodes each fact; a store keeping the lines returns
    /// them as stored.
    /// </summary>
    async Task<DocumentJson?> DocumentJsonAsync(string name, IFactStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var document = await store.FindDocumentAsync(name, cancellationToken);
        if (document is null)
            return null;
        var facts = new List<byte[]>();
        await foreach (var fact in store.QueryFactsAsync(new FactQuery { Document = name }, cancellationToken))
            facts.Add(FactJsonItem.Encode(fact));
        return new DocumentJson(document, facts);
    }

    /// <summary>How many facts of each type name each partner.</summary>
    Task<IReadOnlyList<PartnerFactCount>> CountByPartnerAsync(CancellationToken cancellationToken = default);

    /// <summary>Every trade figure with its report's date: the input of <see cref="TradeSeries.Build(IEnumerable{TradeReport})"/>.</summary>
    Task<IReadOnlyList<TradeReport>> TradeReportsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes whenever a document or fact is added or replaced (replacing inserts new rows): lets a cache know its
    /// data is stale in one index lookup, also when another process (a CLI ingest) wrote.
    /// </summary>
    Task<DataVersion> VersionAsync(CancellationToken cancellationToken = default);
}

public readonly record struct DataVersion(long MaxDocumentId, long MaxFactId, long Documents);

/// <summary>
/// Which facts to page through. From and To (YYYY-MM, inclusive) keep facts whose time overlaps them: a trade
/// figure's period, a meeting's date, and for other facts the date of the report that states them.
/// </summary>
public sealed record FactPageQuery
{
    public const int MaxLimit = 500;

    public FactType? Type { get; init; }

    public RegionCode? Partner { get; init; }

    public string? FromMonth { get; init; }

    public string? ToMonth { get; init; }

    /// <summary>
    /// Words the quote contains, as written, case-insensitive (in any script from three characters on; a shorter text
    /// folds Latin letters only in SQLite). % and _ are themselves, not wildcards.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>The id of the last fact of the previous page; null for the first page.</summary>
    public long? After { get; init; }

    public int Limit { get; init; } = 50;
}

public sealed record FactPageItem(long Id, Fact Fact);

/// <summary>A fact of a page as its contract line in UTF-8: HTML-significant characters are not escaped (FactJson's encoder).</summary>
public sealed record FactJsonItem(long Id, byte[] Json)
{
    public static byte[] Encode(Fact fact) => Encoding.UTF8.GetBytes(FactJson.ToJson(fact));
}

/// <summary>A stored document and its facts as contract lines in UTF-8 (FactJson's encoder).</summary>
public sealed record DocumentJson(StoredDocument Document, IReadOnlyList<byte[]> Facts);

public sealed record FactJsonPage(IReadOnlyList<FactJsonItem> Items, long? NextAfter);

/// <summary>A page read by either store: each row's stored contract line and the documents of its story that state it.</summary>
public sealed record StoredFactRows(IReadOnlyList<(long Id, string FactJson, IReadOnlyList<string>? Sources)> Rows, bool More)
{
    public FactPage ToPage()
    {
        var items = Rows.Select(r => new FactPageItem(r.Id, StorySources.With(FactJsonReader.Read(r.FactJson), r.Sources))).ToList();
        return new FactPage(items, More ? items[^1].Id : null);
    }

    /// <summary>
    /// The stored lines as they are: only a fact that several documents of its story state is decoded, to add its
    /// sources. Decoding and re-encoding every fact was most of a facts page's CPU time.
    /// </summary>
    public FactJsonPage ToJsonPage()
    {
        var items = new List<FactJsonItem>(Rows.Count);
        foreach (var r in Rows)
        {
            items.Add(new FactJsonItem(r.Id, r.Sources is { Count: > 1 }
                ? FactJsonItem.Encode(StorySources.With(FactJsonReader.Read(r.FactJson), r.Sources))
                : Encoding.UTF8.GetBytes(r.FactJson)));
        }
        return new FactJsonPage(items, More ? items[^1].Id : null);
    }
}

/// <summary>A page of facts and the id to continue after, or null when this is the last page.</summary>
public sealed record FactPage(IReadOnlyList<FactPageItem> Items, long? NextAfter);

public sealed record PartnerFactCount(string Partner, FactType Type, int Count);
