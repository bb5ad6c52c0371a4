namespace Interregio.Domain;

/// <summary>Why a value could not be read. Wording lives in <see cref="ParseErrors"/>, added only at the edge.</summary>
public enum ParseError
{
    None = 0,
    NoNumber,
    BadNumber,
    AmbiguousDecimalComma,
    UnknownCurrency,
    UnknownScale,
    AmountOutOfRange,
    MonthOutOfRange,
    YearOutOfRange,
    EndBeforeStart,
    NeedsReferenceDate,
    UnknownRegion,
    NotAPeriod,
    NotAGrowth,
}

/// <summary>A value, or the check that failed and where. Failing costs no allocation (NodaTime's ParseResult idea).</summary>
public readonly struct ParseResult<T>
{
    private readonly T _value;

    private ParseResult(T value, ParseError error, int offset) => (_value, Error, Offset) = (value, error, offset);

    public ParseError Error { get; }

    /// <summary>Offset into the parsed text where the failure was found; -1 on success.</summary>
    public int Offset { get; }

    public bool Success => Error == ParseError.None;

    public T Value => Success ? _value : throw new InvalidOperationException(ParseErrors.Describe(Error, Offset));

    public bool TryGetValue(out T value)
    {
        value = _value;
        return Success;
    }

    public T GetValueOrThrow() => Value;

    public static ParseResult<T> Ok(T value) => new(value, ParseError.None, -1);

    public static ParseResult<T> Fail(ParseError error, int offset) => new(default!, error, offset);

    public ParseResult<TOther> Cast<TOther>() =>
        Success ? throw new InvalidOperationException("Only a failure can be cast.") : ParseResult<TOther>.Fail(Error, Offset);

    public override string ToString() => Success ? $"Ok({_value})" : ParseErrors.Describe(Error, Offset);
}

public static class ParseErrors
{
    public static string Describe(ParseError error, int offset)
    {
        var what = error switch
        {
            ParseError.None => "no error",
            ParseError.NoNumber => "no number where an amount was expected",
            ParseError.BadNumber => "the number is malformed",
            ParseError.AmbiguousDecimalComma => "a comma followed by fewer than three digits before a scale word (\"1,5 billion\") is a decimal comma in English text and is refused rather than read as thousands",
            ParseError.UnknownCurrency => "no known currency next to the amount",
            ParseError.UnknownScale => "unknown scale word",
            ParseError.AmountOutOfRange => "the amount is out of range",
            ParseError.MonthOutOfRange => "month out of range 1-12",
            ParseError.YearOutOfRange => "year out of range 1900-2100",
            ParseError.EndBeforeStart => "the period ends before it starts",
            ParseError.NeedsReferenceDate => "a relative period needs the article's date",
            ParseError.UnknownRegion => "not a region the gazetteer knows",
            ParseError.NotAPeriod => "not a period",
            ParseError.NotAGrowth => "not a growth figure",
            _ => error.ToString(),
        };
        return offset >= 0 ? $"{what} (at offset {offset})" : what;
    }
}
