using Interregio.Text;

namespace Interregio.Tests.Corpus;

/// <summary>
/// Amounts of money in Russian reports: a decimal comma ("68,4 млн"), scale words and their abbreviations
/// ("млн", "млрд", "тыс."), currencies in words and symbols. Values are the contract's: amount in units, then currency.
/// </summary>
public static class MoneyCorpusRu
{
    public static readonly RecogniserCorpus Corpus = new(Recognitions.Money, new CorpusContext(new DateOnly(2025, 6, 12), Language.Russian))
    {
        Positive =
        [
            new("152000000 USD", "152 млн долларов", "152 млн долларов США", "152 млн. долларов", "$152 млн", "152 миллиона долларов",
                "152 млн долл.", "152 млн долл. США", "USD 152 млн", "152 миллиона долларов США"),
            new("68400000 USD", "68,4 млн долларов", "$68,4 млн", "68,4 миллиона долларов", "68,4 млн долл."),
            new("1500000000 USD", "$1,5 млрд", "1,5 млрд долларов", "1,5 миллиарда долларов", "полтора миллиарда долларов"),
            new("1000000000 USD", "1 млрд долларов", "один миллиард долларов", "$1 млрд"),
            new("400000000 USD", "0,4 млрд долларов", "400 млн долларов"),
            new("700000 USD", "700 тыс. долларов", "700 тысяч долларов"),
            new("1980000000 USD", "1,98 млрд долларов"),
            // plain "рублей" is kept as RUB; Belarusian rubles are always named as such
            new("1200000000 RUB", "1,2 млрд российских рублей", "1,2 млрд рублей", "1,2 миллиарда российских рублей", "1,2 млрд руб."),
            new("50000000 BYN", "50 млн белорусских рублей", "50 млн бел. руб."),
            new("5000000 EUR", "5 млн евро", "5 миллионов евро"),
            new("15000 USD", "15 тыс. долл. США", "15 тысяч долларов США"),
            new("300000000 RUB", "300 млн рублей", "300 миллионов рублей", "300 млн российских рублей"),
            new("2500000000 USD", "2,5 млрд долл. США", "$2,5 млрд", "два с половиной миллиарда долларов"),
        ],
        Negative =
        [
            "68,4 млн тонн",
            // a currency ticker's rate
            "USD 3,0412",
            "9-е место",
            "150 машин",
            "30 торговых точках",
            "2027 году",
            "долларов",
            "152 млн",
        ],
    };
}
