using System.Diagnostics;
using System.Globalization;
using System.Text;
using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Storage;

namespace Interregio.Bench.Api;

/// <summary>
/// A large fact base shaped like the real one: documents about one region each, with trade figures (most reports of a
/// figure agree; a few percent disagree, so conflicts exist without dominating), meetings, enterprises from a shared
/// pool, goods by HS heading, outlets, proposals and sectors. Every fact's quote stands in its document's text at its
/// offsets. Written through the store API (<see cref="IFactStore.WriteBatchAsync"/>), so the rows, indexes and story
/// grouping are exactly what an ingest makes, on SQLite or PostgreSQL alike.
/// </summary>
public sealed class FactBaseGenerator(int seed = 20240611)
{
    public const int FactsPerDocument = 40;

    private static readonly string[] Syllables =
        ["ka", "lo", "mir", "ven", "to", "ra", "sel", "dan", "gor", "vi", "ne", "pol", "zu", "bre", "tam", "ko", "lis", "ur", "fen", "ga"];

    private static readonly string[] HsHeadings =
        ["0201", "0207", "0401", "0402", "0406", "1601", "1905", "3102", "3105", "4411", "6403", "7208", "7305", "8418", "8429", "8432", "8450", "8701", "8704", "9401"];

    private static readonly string[] Goods =
        ["beef", "poultry", "milk", "milk powder", "cheese", "sausages", "bakery", "fertilisers", "potash", "fibreboard", "footwear", "hot-rolled sheet",
         "pipes", "refrigerators", "loaders", "tractors", "washing machines", "trucks", "buses", "furniture"];

    private static readonly string[] Sectors = ["agriculture_food", "machine_building", "chemicals", "construction", "light_industry", "wood_processing", "energy", "transport_logistics"];

    private readonly Random _random = new(seed);
    private readonly string[] _enterprises = [];

    public IReadOnlyList<RegionCode> Regions { get; } = RegionGazetteer.Default.Regions
        .Where(r => !r.IsCountry && r.Code.Code.StartsWith("RU-", StringComparison.Ordinal))
        .Select(r => r.Code)
        .ToList();

    public List<string> DocumentNames { get; } = [];

    /// <summary>Writes documents until at least <paramref name="facts"/> facts are stored; prints progress to stderr.</summary>
    public async Task<(int Documents, long Facts)> WriteAsync(IFactStore store, long facts, int batchSize, CancellationToken cancellationToken)
    {
        var pool = new string[2_000];
        for (var i = 0; i < pool.Length; i++)
            pool[i] = Capitalise(Word(3)) + (i % 3 == 0 ? " Plant" : i % 3 == 1 ? "mash" : " Holding");
        var documents = (int)((facts + FactsPerDocument - 1) / FactsPerDocument);
        long written = 0;
        var clock = Stopwatch.StartNew();
        for (var first = 0; first < documents; first += batchSize)
        {
            var batch = new List<DocumentRecord>(batchSize);
            for (var d = first; d < Math.Min(documents, first + batchSize); d++)
                batch.Add(Document(d, pool));
            var outcomes = await store.WriteBatchAsync(batch, cancellationToken);
            written += outcomes.Sum(o => o.FactsAdded);
            if ((first / batchSize) % 20 == 0)
                Console.Error.WriteLine($"  {first + batch.Count:N0}/{documents:N0} documents, {written:N0} facts, {clock.Elapsed.TotalSeconds:F0} s");
        }
        return (documents, written);
    }

    private DocumentRecord Document(int index, string[] enterprisePool)
    {
        var region = Regions[index % Regions.Count];
        var regionName = RegionGazetteer.Default[region.Code]!.NameEn;
        var name = $"gen_{index:D7}_{region.Code.ToLowerInvariant()}.txt";
        DocumentNames.Add(name);
        var published = new DateOnly(2012 + _random.Next(13), 1 + _random.Next(12), 1 + _random.Next(28));
        var text = new StringBuilder(6_000);
        var facts = new List<Fact>(FactsPerDocument);

        // Each sentence carries made-up words between the template's, so no two documents share enough four-word
        // shingles to be grouped as reprints of one story (real reprints are rare; the samples test them).
        Provenance Sentence(string body)
        {
            var sentence = $"{Capitalise(Word(2))} {Word(2)}: {body} {Word(3)}.";
            var start = text.Length;
            text.Append(sentence).Append(' ');
            if (_random.Next(6) == 0)
                text.Append('\n');
            return new Provenance(name, sentence, start, start + sentence.Length);
        }

        text.Append("MINSK, ").Append(published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append(" (BelTA) – ").Append(Word(4)).Append(".\n");

        var flows = new[] { TradeFlow.Turnover, TradeFlow.Export, TradeFlow.Import };
        var keys = new HashSet<(TradeFlow, Period)>();
        while (keys.Count < 10)
        {
            var year = 2010 + _random.Next(15);
            var period = _random.Next(3) == 0 ? Period.Of(year, 1, year, 3 * (1 + _random.Next(3))) : Period.Year(year);
            var flow = flows[_random.Next(flows.Length)];
            if (!keys.Add((flow, period)))
                continue;
            // One true value per (region, flow, period); 3 reports in 1,000 state another figure. A figure here has
            // ~18 reports (83 regions, 3 flows, ~45 periods), so about one key in twenty is in conflict.
            var truth = 50 + StableHash(region.Code, flow, period) % 2_000;
            var amount = _random.Next(1_000) < 3 ? truth * (0.7m + (decimal)_random.NextDouble() * 0.6m) : truth;
            amount = Math.Round(amount, 1) * 1_000_000m;
            var qualifier = _random.Next(10) switch { 0 => Qualifier.Over, 1 => Qualifier.Approx, _ => Qualifier.Exact };
            decimal? growth = _random.Next(4) == 0 ? _random.Next(-20, 40) : null;
            var source = Sentence($"{FlowWords(flow)} between Belarus and {regionName} {Word(2)} reached ${amount / 1_000_000m:0.#} million in {period.FromText}..{period.ToText} {Word(2)}");
            facts.Add(new TradeFact(source, RegionCode.Parse("BY"), region, flow, period, Money.Of(amount, Currency.USD), qualifier, growth));
        }

        var dates = new HashSet<DateOnly>();
        while (dates.Count < 8)
            dates.Add(new DateOnly(2012 + _random.Next(13), 1 + _random.Next(12), 1 + _random.Next(28)));
        foreach (var date in dates)
        {
            var governor = $"{Capitalise(Word(2))} {Capitalise(Word(3))}";
            var source = Sentence($"the governor of {regionName} {governor} met {Capitalise(Word(3))} in Minsk on {date:d MMMM yyyy}");
            facts.Add(new MeetingFact(source, date, "Minsk", region,
                [new Participant(governor, $"Governor of {regionName}"), new Participant(Capitalise(Word(3)), "Minister of Industry of Belarus")]));
        }

        foreach (var enterprise in Pick(enterprisePool, 8))
        {
            var source = Sentence($"{enterprise} {Word(2)} works with partners in {regionName} {Word(2)}");
            facts.Add(new EnterpriseFact(source, enterprise, _random.Next(2) == 0 ? "BY" : "RU", null, [], region));
        }

        foreach (var i in Pick(Enumerable.Range(0, Goods.Length).ToArray(), 8))
        {
            var flow = _random.Next(2) == 0 ? TradeFlow.Export : TradeFlow.Import;
            var source = Sentence($"{regionName} {Word(2)} buys Belarusian {Goods[i]} {Word(2)}");
            facts.Add(new ProductFact(source, Goods[i], [HsHeadings[i]], flow, region));
        }

        foreach (var owner in Pick(enterprisePool, 3))
        {
            var count = 1 + _random.Next(60);
            var source = Sentence($"{owner} {Word(2)} runs {count} branded stores in {regionName}");
            facts.Add(new OutletsFact(source, owner, count, Qualifier.Exact, "stores", region));
        }

        for (var p = 0; p < 2; p++)
        {
            var topic = $"{Word(3)} {Word(2)} assembly";
            var source = Sentence($"the sides proposed a joint {topic} in {regionName}");
            facts.Add(new ProposalFact(source, topic, ProposalStatus.Proposed, region));
        }

        var sector = Sectors[_random.Next(Sectors.Length)];
        facts.Add(new SectorFact(Sentence($"cooperation in {sector.Replace('_', ' ')} {Word(2)} grows"), sector, region));

        var body = text.ToString();
        return new DocumentRecord(name, DocumentRecord.HashOf(body), body, facts)
        {
            ReferenceDate = published,
            Language = "en",
            Title = $"Belarus and {regionName}: {Word(3)}",
        };
    }

    // HashCode.Combine is seeded per process; the true figures must not change between runs.
    private static uint StableHash(string region, TradeFlow flow, Period period)
    {
        var h = 2166136261u;
        foreach (var c in $"{region}|{flow}|{period.FromText}|{period.ToText}")
            h = (h ^ c) * 16777619u;
        return h;
    }

    private static string FlowWords(TradeFlow flow) => flow switch
    {
        TradeFlow.Export => "Belarusian exports",
        TradeFlow.Import => "Belarusian imports",
        _ => "trade",
    };

    private IEnumerable<T> Pick<T>(T[] pool, int count)
    {
        var chosen = new HashSet<int>();
        while (chosen.Count < Math.Min(count, pool.Length))
            chosen.Add(_random.Next(pool.Length));
        return chosen.Select(i => pool[i]);
    }

    private string Word(int syllables)
    {
        var sb = new StringBuilder(syllables * 3);
        for (var i = 0; i < syllables; i++)
            sb.Append(Syllables[_random.Next(Syllables.Length)]);
        return sb.ToString();
    }

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
