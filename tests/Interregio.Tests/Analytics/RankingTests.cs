using Interregio.Analytics;
using Interregio.Domain;
using static Interregio.Tests.Analytics.TradeFacts;

namespace Interregio.Tests.Analytics;

public class RankingTests
{
    private static readonly IReadOnlyList<TradeSeriesPoint> Points = TradeSeries.Build([
        Report("RU-PNZ", "2023", 120),
        Report("RU-PNZ", "2024", 152, growth: 10),
        Report("RU-SMO", "2024", 1620),
        Report("RU-SMO", "2023", 1500),
        Report("RU-SAM", "2022", 400, growth: 30),
        // A partial period and a regional reporter are not in the national full-year ranking.
        Report("RU-KDA", "2025-01..2025-05", 5000),
        Report("RU-KGD", "2024", 9000, reporter: "BY-MI"),
        // Russia as a whole is not a region.
        Report("RU", "2024", 50000),
    ]);

    [Fact]
    public void Regions_rank_by_their_latest_full_year_turnover()
    {
        var ranks = Rankings.ByLatestTurnover(Points);
        Assert.Equal(["RU-SMO", "RU-SAM", "RU-PNZ"], ranks.Select(r => r.Partner.Code));
        Assert.Equal([1, 2, 3], ranks.Select(r => r.Rank));
        Assert.Equal([2024, 2022, 2024], ranks.Select(r => r.Year));
    }

    [Fact]
    public void Growth_is_stated_where_a_report_gives_it_and_computed_otherwise()
    {
        var ranks = Rankings.ByGrowth(Points);
        Assert.Equal(["RU-SAM", "RU-PNZ", "RU-SMO"], ranks.Select(r => r.Partner.Code));
        Assert.Equal([30m, 10m, 8m], ranks.Select(r => r.GrowthPct));
        Assert.Equal([GrowthSource.Stated, GrowthSource.Stated, GrowthSource.Computed], ranks.Select(r => r.Source));
    }

    [Fact]
    public void A_regional_reporter_has_its_own_ranking()
    {
        var ranks = Rankings.ByLatestTurnover(Points, reporter: "BY-MI");
        Assert.Equal("RU-KGD", Assert.Single(ranks).Partner.Code);
    }
}

public class SummaryTests
{
    private static Provenance At(string doc) => new(doc, "A sentence.", 0, 11);

    [Fact]
    public void Products_group_by_hs_chapter_per_partner()
    {
        var pnz = RegionCode.Parse("RU-PNZ");
        var summaries = Summaries.ProductsByChapter([
            new ProductFact(At("a.txt"), "butter", ["0405"], TradeFlow.Export, pnz),
            new ProductFact(At("b.txt"), "cheese", ["0406"], TradeFlow.Export, pnz),
            new ProductFact(At("b.txt"), "Butter", ["0405"], TradeFlow.Export, pnz),
            new ProductFact(At("a.txt"), "washing machines", ["8450"], TradeFlow.Export, pnz),
            new ProductFact(At("c.txt"), "milk", [], TradeFlow.Export, pnz),
        ]);
        Assert.Equal(["04", "84"], summaries.Select(s => s.Chapter));
        var dairy = summaries[0];
        Assert.Equal(["0405", "0406"], dairy.Headings);
        Assert.Equal(["butter", "cheese"], dairy.Names);
        Assert.Equal(2, dairy.Documents);
    }

    [Fact]
    public void Enterprises_are_counted_once_per_partner_by_their_identity()
    {
        var pnz = RegionCode.Parse("RU-PNZ");
        var summaries = Summaries.EnterprisesByPartner([
            new EnterpriseFact(At("a.txt"), "MAZ", "BY", "maz", [], pnz),
            new EnterpriseFact(At("b.txt"), "Minsk Automobile Plant", "BY", "maz", [], pnz),
            new EnterpriseFact(At("b.txt"), "Bellegprom", "BY", null, [], pnz),
            new EnterpriseFact(At("c.txt"), "BelTA", "BY", null, [], default),
        ]);
        Assert.Equal(["MAZ", "Bellegprom"], summaries.Select(s => s.Name));
        Assert.Equal([2, 1], summaries.Select(s => s.Documents));
    }

    [Fact]
    public void Meetings_per_year_count_one_visit_once()
    {
        var pnz = RegionCode.Parse("RU-PNZ");
        var smo = RegionCode.Parse("RU-SMO");
        var years = Summaries.MeetingsPerYear([
            new MeetingFact(At("a.txt"), new DateOnly(2024, 3, 1), "Minsk", pnz, []),
            new MeetingFact(At("b.txt"), new DateOnly(2024, 3, 1), "Minsk", pnz, []),
            new MeetingFact(At("c.txt"), new DateOnly(2024, 9, 5), "Smolensk", smo, []),
            new MeetingFact(At("d.txt"), new DateOnly(2025, 1, 20), "Minsk", pnz, []),
        ]);
        Assert.Equal([2024, 2025], years.Select(y => y.Year));
        Assert.Equal([2, 1], years.Select(y => y.Meetings));
        Assert.Equal(1, years[0].ByPartner["RU-SMO"]);
    }
}
