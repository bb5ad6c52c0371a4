using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>Amounts of money in English reports. Values are the contract's: amount in units, then the currency.</summary>
public static class MoneyCorpusEn
{
    public static readonly RecogniserCorpus Corpus = new(Recognitions.Money, new CorpusContext(new DateOnly(2025, 6, 12), Language.English))
    {
        Positive =
        [
            new("152000000 USD", "$152 million", "US$152 million", "USD 152 million", "152 million US dollars", "$152m",
                "152 million dollars", "$152 mln", "$152mn", "$ 152 million", "$152,000,000"),
            new("1200000000 USD", "US$1.2 billion", "$1.2 billion", "$1.2bn", "USD 1.2 billion", "1.2 billion US dollars",
                "$1.2 bln", "US$ 1.2 bn"),
            new("3200000000 USD", "USD 3.2bn", "USD 3.2 billion", "3.2 billion dollars"),
            new("82000000 USD", "$82 mln", "$82m", "82 million U.S. dollars", "USD 82 mln."),
            new("27000000 USD", "$ 27 million", "27 million USD"),
            // amounts in words: "trade reached half a billion dollars"
            new("500000000 USD", "half a billion dollars", "$500 million", "$0.5 billion"),
            new("1000000000 USD", "a billion dollars", "$1 billion", "one billion US dollars"),
            new("2100000000 USD", "2.1 billion US dollars", "$2.1 billion"),
            new("48600000 USD", "USD 48.6 million", "$48.6 million"),
            new("1620000000 USD", "$1.62 billion", "$1,620 million"),
            // a repeated currency word after the scale belongs to the amount
            new("1500000 USD", "$1.5 million dollars", "$1,500,000"),
            new("3600000000 RUB", "3.6 billion Russian rubles", "3.6 billion roubles", "RUB 3.6 billion", "3.6 billion rubles"),
            new("5000000 EUR", "€5 million", "EUR 5 million", "5 million euros"),
            new("12000000 BYN", "12 million Belarusian rubles", "BYN 12 million"),
        ],
        Negative =
        [
            // English "$1,5 billion" is a decimal comma: refused with a warning, never read as 15 billion
            new("$1,5 billion", "decimal comma"),
            new("USD 2,3 million", "decimal comma"),
            "1,300 tractors",
            // a ticker's exchange rate is far below any trade amount
            "USD 3.2677",
            "EUR 3.5412",
            "2024",
            "152 million",
            "a billion",
            "10%",
            "1.5 times",
            "dollars",
            "the dollar exchange rate",
        ],
    };
}
