using Interregio.Domain;

namespace Interregio.Tests.Export;

/// <summary>One fact of every type, with the text that breaks naive writers: commas, quotes, line breaks, Cyrillic, markup.</summary>
internal static class ExportSamples
{
    private static readonly RegionCode Penza = RegionCode.Parse("RU-PNZ");

    public static Fact[] All =>
    [
        new TradeFact(At("en_01.txt", "Trade between Belarus and Penza Oblast reached $152 million in 2024, up 10%.", 120),
            RegionCode.Parse("BY"), Penza, TradeFlow.Turnover, Period.Year(2024), Money.Of(152_000_000m, Currency.USD), Qualifier.Exact, 10m)
        { Sources = ["en_01.txt", "en_01_reprint.txt"], Sectors = ["agriculture"] },
        new TradeFact(At("ru_02.txt", "Товарооборот за январь–май 2025 года составил \"около\" 1,5 млрд рублей,\r\nснизившись на 12,5%.", 0),
            RegionCode.Parse("BY-MA"), RegionCode.Parse("RU-SMO"), TradeFlow.Export, Period.Of(2025, 1, 2025, 5), Money.Of(1_500_000_000.25m, Currency.RUB), Qualifier.Approx, -12.5m),
        new TradeFact(At("en_03.txt", "=In 2020-2021 exports topped $1 billion", 7),
            RegionCode.Parse("BY"), RegionCode.Parse("RU-SAM"), TradeFlow.Export, Period.Of(2020, 1, 2021, 12), Money.Of(1_000_000_000m, Currency.USD), Qualifier.Over, null),
        new MeetingFact(At("en_04.txt", "Aleksandr Lukashenko met with Governor Oleg Melnichenko, \"a friend\", in Minsk.", 300),
            new DateOnly(2024, 3, 1), "Minsk", Penza,
            [new Participant("Aleksandr Lukashenko", "President of Belarus"), new Participant("Oleg Melnichenko", "Governor of Penza Oblast")]),
        new MeetingFact(At("en_05.txt", "Talks were held.", 1), new DateOnly(2023, 11, 30), null, Penza, []),
        new EnterpriseFact(At("en_06.txt", "MAZ, BelAZ and <b>Gomselmash</b> supply machinery.", 50), "MAZ", "BY", "maz", ["Minsk Automobile Plant", "МАЗ"], Penza),
        new EnterpriseFact(At("en_06.txt", "Bellegprom opened stores.", 80), "Bellegprom", "BY", null, [], default),
        new ProductFact(At("en_07.txt", "The region imports butter, cheese and milk powder.", 10), "butter", ["0405"], TradeFlow.Import, Penza),
        new ProductFact(At("en_07.txt", "Dairy products; cheese", 70), "dairy products", ["0401", "0406"], TradeFlow.Export, Penza),
        new OutletsFact(At("en_08.txt", "Bellegprom has nearly 8 branded stores in the region.", 0), "Bellegprom", 8, Qualifier.Under, "branded stores", Penza),
        new ProposalFact(At("en_09.txt", "The sides proposed joint ventures.", 0), "joint ventures", ProposalStatus.Proposed, Penza),
        new SectorFact(At("en_10.txt", "Agriculture is a priority.", 0), "agriculture", Penza),
        new TargetFact(At("en_11.txt", "They aim to reach $1 billion by 2030.", 0), Penza, Money.Of(1_000_000_000m, Currency.USD), 2030),
    ];

    /// <summary>Many trade figures, enough for several Parquet row groups.</summary>
    public static IEnumerable<Fact> ManyTrade(int count)
    {
        var by = RegionCode.Parse("BY");
        var partners = new[] { "RU-PNZ", "RU-SMO", "RU-SAM", "RU-KGD" }.Select(RegionCode.Parse).ToArray();
        for (var i = 0; i < count; i++)
        {
            var year = 2000 + i % 25;
            var quote = $"Trade reached ${i + 1} thousand in {year}.";
            yield return new TradeFact(At($"doc_{i / 10:D6}.txt", quote, i % 1000), by, partners[i % partners.Length],
                (TradeFlow)(1 + i % 3), Period.Year(year), Money.Of(1000m * (i + 1) + (i % 100) / 100m, Currency.USD),
                (Qualifier)(1 + i % 4), i % 7 == 0 ? null : (i % 200) - 100.5m);
        }
    }

    private static Provenance At(string doc, string quote, int start) => new(doc, quote, start, start + quote.Length);
}
