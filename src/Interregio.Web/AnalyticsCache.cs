using System.Collections.Concurrent;
using Interregio.Analytics;
using Interregio.Domain;
using Interregio.Storage;

namespace Interregio.Web;

/// <summary>
/// The analytics of the whole fact base at one data version: trade series, implied values, conflicts, rankings and
/// fact counts per partner. Built once per version and shared by every request, so the endpoints that read it cost a
/// dictionary lookup, not a pass over a million facts.
/// </summary>
public sealed class AnalyticsSnapshot
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RegionDetails>>> _regions = new(StringComparer.OrdinalIgnoreCase);

    public AnalyticsSnapshot(DataVersion version, IReadOnlyList<TradeReport> reports, IReadOnlyList<PartnerFactCount> counts)
    {
        Version = version;
        Responses = new ResponseBytes(version);
        Points = TradeSeries.Build(reports);
        Series = TradeSeries.ByPartner(Points).ToDictionary(s => s.Partner.Code, StringComparer.OrdinalIgnoreCase);
        // Sorted once per version so a page of /api/conflicts is a slice, not a sort of every conflict.
        Conflicts = Series.Values.SelectMany(s => s.Conflicts)
            .OrderByDescending(c => c.DifferencePct)
            .ThenBy(c => c.Key.Partner.Code, StringComparer.Ordinal)
            .ToList();
        Counts = counts
            .GroupBy(c => c.Partner, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<FactType, int>)g.ToDictionary(c => c.Type, c => c.Count), StringComparer.OrdinalIgnoreCase);
        TurnoverRanking = Rankings.ByLatestTurnover(Points);
        GrowthRanking = Rankings.ByGrowth(Points);
    }

    public DataVersion Version { get; }

    /// <summary>The answers already serialised at this version, by endpoint and parameters.</summary>
    public ResponseBytes Responses { get; }

    /// <summary>The answer for <paramref name="key"/> (the endpoint and its normalised parameters), built and serialised once.</summary>
    public async Task<CachedJson<T>> LoadJsonAsync<T>(string key, Func<ValueTask<T>> build) =>
        new(await Responses.GetOrAddAsync(key, build));

    public Task<CachedJson<T>> JsonAsync<T>(string key, Func<T> build) =>
        LoadJsonAsync(key, () => ValueTask.FromResult(build()));

    public IReadOnlyList<TradeSeriesPoint> Points { get; }

    public IReadOnlyDictionary<string, PartnerTradeSeries> Series { get; }

    /// <summary>Every conflict, the largest difference first (ties by partner code), as /api/conflicts pages them.</summary>
    public IReadOnlyList<TradeConflict> Conflicts { get; }

    /// <summary>Fact counts by type for each partner code that has facts.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<FactType, int>> Counts { get; }

    /// <summary>The default rankings (reporter BY, USD); others are computed from <see cref="Points"/> on request.</summary>
    public IReadOnlyList<TurnoverRank> TurnoverRanking { get; }

    public IReadOnlyList<GrowthRank> GrowthRanking { get; }

    public PartnerTradeSeries SeriesOf(RegionCode partner) =>
        Series.GetValueOrDefault(partner.Code) ?? new PartnerTradeSeries(partner, [], [], [], []);

    /// <summary>How many regions' details have been read into this snapshot (by requests or the warm-up).</summary>
    public int DetailsRead => _regions.Values.Count(e => e.IsValueCreated && e.Value.IsCompletedSuccessfully);

    /// <summary>A region's products, enterprises and meetings, read from the store the first time they are asked for.</summary>
    public async Task<RegionDetails> DetailsAsync(RegionCode partner, IFactStore store)
    {
        var entry = _regions.GetOrAdd(partner.Code, _ => new Lazy<Task<RegionDetails>>(() => RegionDetails.LoadAsync(partner, store)));
        try
        {
            return await entry.Value;
        }
        catch
        {
            // A failed read (a timeout, a dropped connection) is not an answer to keep: the next request tries again.
            _regions.TryRemove(new KeyValuePair<string, Lazy<Task<RegionDetails>>>(partner.Code, entry));
            throw;
        }
    }
}

public sealed record RegionDetails(
    IReadOnlyList<HsChapterSummary> ProductsByChapter,
    IReadOnlyList<EnterpriseSummary> Enterprises,
    IReadOnlyList<MeetingYear> MeetingsPerYear,
    IReadOnlyList<OutletsFact> Outlets)
{
    public static async Task<RegionDetails> LoadAsync(RegionCode partner, IFactStore store)
    {
        var products = await Load<ProductFact>(FactType.Product);
        var enterprises = await Load<EnterpriseFact>(FactType.Enterprise);
        var meetings = await Load<MeetingFact>(FactType.Meeting);
        var outlets = await Load<OutletsFact>(FactType.Outlets);
        return new RegionDetails(
            Summaries.ProductsByChapter(products),
            Summaries.EnterprisesByPartner(enterprises),
            Summaries.MeetingsPerYear(meetings),
            outlets);

        async Task<List<T>> Load<T>(FactType type) where T : Fact
        {
            var list = new List<T>();
            // Not the request's token: the result is shared, and one client going away must not fail it for others.
            await foreach (var fact in store.QueryFactsAsync(new FactQuery { Type = type, Partner = partner }, CancellationToken.None))
            {
                if (fact is T typed)
                    list.Add(typed);
            }
            return list;
        }
    }
}

/// <summary>
/// Hands out the snapshot of the current data version. The version (largest ids, document count) is looked up at
/// most every <see cref="CheckInterval"/>, so an ingest by another process shows within that time; a write through
/// this API invalidates at once. One rebuild runs at a time and every waiting request shares it.
/// </summary>
public sealed class AnalyticsCache(IFactQueries queries, IFactStore store, TimeProvider time) : IAsyncDisposable
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    /// <summary>The fact types a region's details are read from (<see cref="RegionDetails.LoadAsync"/>).</summary>
    private static readonly FactType[] DetailTypes = [FactType.Product, FactType.Enterprise, FactType.Meeting, FactType.Outlets];

    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    /// <summary>The warm-up of the newest snapshot's region details (it waits for the one before it to stop).</summary>
    private Task _warming = Task.CompletedTask;
    private volatile AnalyticsSnapshot? _current;
    /// <summary>The version last looked up and when (a <see cref="TimeProvider"/> timestamp); null for "look it up now".</summary>
    private volatile VersionSeen? _seen;

    private long _invalidations;

    private sealed record VersionSeen(DataVersion Version, long At);

    public async Task<AnalyticsSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        var version = await VersionAsync(cancellationToken);
        var current = _current;
        if (current is not null && current.Version == version)
            return current;
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is not null && current.Version == version)
                return current;
            // Build with the version read before the data: a write in between makes the next check rebuild again.
            var reports = await queries.TradeReportsAsync(CancellationToken.None);
            var counts = await queries.CountByPartnerAsync(CancellationToken.None);
            current = new AnalyticsSnapshot(version, reports, counts);
            _current = current;
            _warming = WarmAsync(current, _warming);
            return current;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>
    /// The data version, looked up in the store at most once per <see cref="CheckInterval"/> (and at once after
    /// <see cref="Invalidate"/>): /health and every analytics answer ask for it, and counting the documents on each
    /// request cost PostgreSQL more than the answers themselves (/health 850 req/s at 25,000 documents).
    /// </summary>
    public async Task<DataVersion> VersionAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetTimestamp();
        if (_seen is { } seen && time.GetElapsedTime(seen.At, now) < CheckInterval)
            return seen.Version;
        var invalidations = Volatile.Read(ref _invalidations);
        var version = await queries.VersionAsync(cancellationToken);
        // A lookup that began before a write through the API may have read the version before it: not kept.
        if (Volatile.Read(ref _invalidations) == invalidations)
            _seen = new VersionSeen(version, now);
        return version;
    }

    /// <summary>Makes the next request look up the data version (after a write through the API).</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _invalidations);
        _seen = null;
    }

    /// <summary>Completes when the current warm-up has read every region's details or stopped (for tests).</summary>
    public Task Warming => _warming;

    /// <summary>
    /// Reads the details of every region with products, enterprises, meetings or outlets into <paramref name="snapshot"/>,
    /// one region at a time, in the background: a region's first summary otherwise waits for four reads of its facts
    /// (about 75 ms a region at a million facts, 6 s for all 83), and under load every visitor of a region not yet read
    /// queues behind them. Stops when a newer version replaces the snapshot or the app stops. A failed read is left to
    /// the request that needs it, which reports it.
    /// </summary>
    private async Task WarmAsync(AnalyticsSnapshot snapshot, Task previous)
    {
        await previous;
        await Task.Yield();
        var regions = snapshot.Counts
            .Where(c => DetailTypes.Any(c.Value.ContainsKey))
            .Select(c => RegionCode.TryParse(c.Key))
            .Where(r => r.Success)
            .Select(r => r.Value)
            .OrderByDescending(r => snapshot.Counts[r.Code].Values.Sum())
            .ToList();
        foreach (var region in regions)
        {
            if (_stopping.IsCancellationRequested || !ReferenceEquals(_current, snapshot))
                return;
            try
            {
                await snapshot.DetailsAsync(region, store);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Best effort: DetailsAsync already dropped the failed read, so the next request for the region retries it.
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The store is disposed after this cache (it was created first): stop reading it before it goes.
        await _stopping.CancelAsync();
        await _warming;
        _stopping.Dispose();
    }
}
