using System.Globalization;

namespace Interregio.Domain;

/// <summary>
/// An inclusive range of whole months. Stored as months since year 0 so comparing and subtracting are integer
/// operations. Only the validating factories create one, so a Period never ends before it starts.
/// </summary>
public readonly record struct Period
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    private Period(int from, int to) => (FromIndex, ToIndex) = (from, to);

    /// <summary>Months since year 0 of the first month (January 2024 = 2024*12 + 0).</summary>
    public int FromIndex { get; }

    /// <summary>Months since year 0 of the last month, inclusive.</summary>
    public int ToIndex { get; }

    public int FromYear => FromIndex / 12;
    public int FromMonth => FromIndex % 12 + 1;
    public int ToYear => ToIndex / 12;
    public int ToMonth => ToIndex % 12 + 1;
    public int Months => ToIndex - FromIndex + 1;
    public bool IsFullYear => FromMonth == 1 && ToMonth == 12 && FromYear == ToYear;
    public bool IsDefault => FromIndex == 0 && ToIndex == 0;

    public static ParseResult<Period> TryCreate(int y1, int m1, int y2, int m2, int offset = -1)
    {
        if (y1 is < MinYear or > MaxYear || y2 is < MinYear or > MaxYear)
            return ParseResult<Period>.Fail(ParseError.YearOutOfRange, offset);
        if (m1 is < 1 or > 12 || m2 is < 1 or > 12)
            return ParseResult<Period>.Fail(ParseError.MonthOutOfRange, offset);
        var from = y1 * 12 + m1 - 1;
        var to = y2 * 12 + m2 - 1;
        return to < from
            ? ParseResult<Period>.Fail(ParseError.EndBeforeStart, offset)
            : ParseResult<Period>.Ok(new Period(from, to));
    }

    public static ParseResult<Period> TryYear(int year, int offset = -1) => TryCreate(year, 1, year, 12, offset);

    public static ParseResult<Period> TryYears(int first, int last, int offset = -1) => TryCreate(first, 1, last, 12, offset);

    /// <summary>For callers holding values already validated (tests, storage round trips).</summary>
    public static Period Of(int y1, int m1, int y2, int m2) => TryCreate(y1, m1, y2, m2).Value;

    public static Period Year(int year) => TryYear(year).Value;

    /// <summary>The same months shifted by whole years ("the same period last year").</summary>
    public Period ShiftYears(int years) => new(FromIndex + 12 * years, ToIndex + 12 * years);

    /// <summary>The period of the same length immediately before, the base a stated growth compares with.</summary>
    public Period PreviousComparable() => IsFullYear || Months % 12 == 0 ? ShiftYears(-Math.Max(1, Months / 12)) : ShiftYears(-1);

    public string FromText => $"{FromYear:D4}-{FromMonth:D2}";
    public string ToText => $"{ToYear:D4}-{ToMonth:D2}";

    public static ParseResult<Period> TryParse(string from, string to)
    {
        if (!TryParseMonth(from, out var y1, out var m1))
            return ParseResult<Period>.Fail(ParseError.NotAPeriod, 0);
        if (!TryParseMonth(to, out var y2, out var m2))
            return ParseResult<Period>.Fail(ParseError.NotAPeriod, 0);
        return TryCreate(y1, m1, y2, m2);
    }

    private static bool TryParseMonth(string s, out int year, out int month)
    {
        year = month = 0;
        return s.Length == 7 && s[4] == '-'
            && int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month);
    }

    public override string ToString() => $"{FromText}..{ToText}";
}
