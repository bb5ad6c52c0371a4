namespace Interregio.Domain;

public enum Currency
{
    Unknown = 0,
    USD,
    EUR,
    RUB,
    BYN,
    CNY,
}

/// <summary>How a figure is hedged in the text. Unknown is refused by storage.</summary>
public enum Qualifier
{
    Unknown = 0,
    /// <summary>amounted to, reached, was, totalled.</summary>
    Exact,
    /// <summary>exceeded, over, more than, above, topped.</summary>
    Over,
    /// <summary>nearly, almost, under, less than, close to.</summary>
    Under,
    /// <summary>about, around, approximately, some, roughly.</summary>
    Approx,
}

/// <summary>An amount of money in whole units (not millions) with its currency. Never negative.</summary>
public readonly record struct Money
{
    /// <summary>Ten trillion: no trade figure in this domain comes near it; a larger amount is a misread.</summary>
    public const decimal MaxAmount = 10_000_000_000_000m;

    private Money(decimal amount, Currency currency) => (Amount, Currency) = (amount, currency);

    public decimal Amount { get; }
    public Currency Currency { get; }

    public static ParseResult<Money> TryCreate(decimal amount, Currency currency, int offset = -1)
    {
        if (currency == Currency.Unknown)
            return ParseResult<Money>.Fail(ParseError.UnknownCurrency, offset);
        if (amount <= 0 || amount > MaxAmount)
            return ParseResult<Money>.Fail(ParseError.AmountOutOfRange, offset);
        return ParseResult<Money>.Ok(new Money(decimal.Round(amount, 2), currency));
    }

    public static Money Of(decimal amount, Currency currency) => TryCreate(amount, currency).Value;

    public override string ToString() => $"{Amount:0.##} {Currency}";
}

public enum TradeFlow
{
    Unknown = 0,
    Turnover,
    Export,
    Import,
}

public static class DomainText
{
    public static string ToContract(this Qualifier q) => q switch
    {
        Qualifier.Exact => "exact",
        Qualifier.Over => "over",
        Qualifier.Under => "under",
        Qualifier.Approx => "approx",
        _ => throw new ArgumentOutOfRangeException(nameof(q), q, "a qualifier must be known before it is written"),
    };

    public static string ToContract(this TradeFlow f) => f switch
    {
        TradeFlow.Turnover => "turnover",
        TradeFlow.Export => "export",
        TradeFlow.Import => "import",
        _ => throw new ArgumentOutOfRangeException(nameof(f), f, "a flow must be known before it is written"),
    };

    public static Qualifier ParseQualifier(string s) => s switch
    {
        "exact" => Qualifier.Exact,
        "over" => Qualifier.Over,
        "under" => Qualifier.Under,
        "approx" => Qualifier.Approx,
        _ => Qualifier.Unknown,
    };

    public static TradeFlow ParseFlow(string s) => s switch
    {
        "turnover" => TradeFlow.Turnover,
        "export" => TradeFlow.Export,
        "import" => TradeFlow.Import,
        _ => TradeFlow.Unknown,
    };

    public static Currency ParseCurrency(string s) =>
        Enum.TryParse<Currency>(s, ignoreCase: false, out var c) ? c : Currency.Unknown;
}
