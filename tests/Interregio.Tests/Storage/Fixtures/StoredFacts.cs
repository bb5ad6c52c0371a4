using Interregio.Domain;
using Interregio.Storage;

namespace Interregio.Tests.Storage.Fixtures;

/// <summary>Facts built by hand for store tests: one of every type, with the values that break naive mappings.</summary>
public static class StoredFacts
{
    public static readonly RegionCode Penza = RegionCode.Parse("RU-PNZ");
    public static readonly RegionCode Samara = RegionCode.Parse("RU-SAM");
    public static readonly RegionCode Belarus = RegionCode.Parse("BY");

    /// <summary>A document text holding every quote below, so each fact's offsets point at its quote.</summary>
    public static (string Text, Fact[] Facts) EveryType(string doc)
    {
        var text = new QuotedText();
        Fact[] facts =
        [
            new TradeFact(text.Add(doc, "Trade between Belarus and Penza Oblast reached $152 million in 2023, up 10%."),
                Belarus, Penza, TradeFlow.Turnover, Period.Year(2023), Money.Of(152_000_000m, Currency.USD), Qualifier.Exact, 10m)
            { Sources = [doc, "reprint.txt"], Sectors = ["agriculture_food"] },
            // A fractional amount, a negative fractional growth, a Belarusian reporter, a part-year period.
            new TradeFact(text.Add(doc, "Товарооборот Могилевской области с Самарской областью за январь–май 2025 года составил около 1,5 млрд рублей, снизившись на 12,5%."),
                RegionCode.Parse("BY-MA"), Samara, TradeFlow.Export, Period.Of(2025, 1, 2025, 5), Money.Of(1_500_000_000.25m, Currency.RUB), Qualifier.Approx, -12.5m),
            new MeetingFact(text.Add(doc, "Roman Golovchenko met with Governor Oleg Melnichenko, \"a friend\", in Minsk."),
                new DateOnly(2024, 3, 14), "Minsk", Penza,
                [new Participant("Roman Golovchenko", "Prime Minister of Belarus"), new Participant("Oleg Melnichenko", "Governor of Penza Oblast")]),
            new MeetingFact(text.Add(doc, "Talks were held."), new DateOnly(2023, 11, 30), null, Penza, []),
            new EnterpriseFact(text.Add(doc, "MAZ, BelAZ and <b>Gomselmash</b> supply machinery."), "MAZ", "BY", "maz", ["Minsk Automobile Plant", "МАЗ"], Penza),
            // No partner and no canonical id: both columns are null.
            new EnterpriseFact(text.Add(doc, "Bellegprom opened stores."), "Bellegprom", "BY", null, [], default),
            new ProductFact(text.Add(doc, "Belarus supplies dairy products; cheese too."), "dairy products", ["0401", "0406"], TradeFlow.Export, Penza),
            new OutletsFact(text.Add(doc, "Bellegprom has nearly 8 branded stores in the region."), "Bellegprom", 8, Qualifier.Under, "branded stores", Penza),
            new ProposalFact(text.Add(doc, "The sides proposed joint ventures."), "joint ventures", ProposalStatus.UnderWay, Penza),
            new SectorFact(text.Add(doc, "Agriculture is a priority."), "agriculture_food", default),
            new TargetFact(text.Add(doc, "They aim to reach $1 billion by 2030."), Penza, Money.Of(1_000_000_000m, Currency.USD), 2030),
        ];
        return (text.ToString(), facts);
    }

    public static TradeFact Trade(string doc, decimal millions, RegionCode? partner = null, int year = 2023, TradeFlow flow = TradeFlow.Turnover, Qualifier qualifier = Qualifier.Exact)
    {
        var quote = $"Trade reached ${millions} million in {year}.";
        return new TradeFact(new Provenance(doc, quote, 0, quote.Length), Belarus, partner ?? Penza, flow, Period.Year(year),
            Money.Of(millions * 1_000_000m, Currency.USD), qualifier, null);
    }

    /// <summary>A document record of the facts, its text their quotes joined, its hash that of the text.</summary>
    public static DocumentRecord Document(string name, params Fact[] facts) => Document(name, string.Join("\n", facts.Select(f => f.Quote)), facts);

    public static DocumentRecord Document(string name, string text, IReadOnlyList<Fact> facts) =>
        new(name, DocumentRecord.HashOf(text), text, facts)
        {
            ReferenceDate = new DateOnly(2024, 3, 14),
            Language = "en",
            Title = $"Title of {name}",
            SourcePath = $"/corpus/{name}",
        };

    /// <summary>Builds a text quote by quote, handing out each quote's provenance.</summary>
    private sealed class QuotedText
    {
        private readonly System.Text.StringBuilder _text = new();

        public Provenance Add(string doc, string quote)
        {
            var start = _text.Length;
            _text.Append(quote).Append('\n');
            return new Provenance(doc, quote, start, start + quote.Length);
        }

        public override string ToString() => _text.ToString();
    }
}
