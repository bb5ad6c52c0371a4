namespace Interregio.Domain;

/// <summary>
/// An ISO 3166-1/3166-2 code (BY, RU, RU-PNZ, BY-MA, UA-43). Only the region gazetteer can create one, so a
/// RegionCode always names a row of the embedded table.
/// </summary>
public readonly record struct RegionCode
{
    internal RegionCode(string code) => Code = code;

    public string Code => field ?? "";

    public bool IsDefault => string.IsNullOrEmpty(Code);

    /// <summary>ISO 3166-1 alpha-2 country of the code: "RU" for RU-PNZ, "BY" for BY or BY-MA.</summary>
    public string Country => Code.Length >= 2 ? Code[..2] : "";

    public bool IsCountry => Code.Length == 2;

    public bool IsBelarusian => Country == "BY";

    public bool IsRussian => Country == "RU";

    /// <summary>Regions ISO lists under Ukraine but Russian reports name as Russian partners.</summary>
    public bool IsPartnerSide => Country is "RU" or "UA";

    public static ParseResult<RegionCode> TryParse(string? code) =>
        code is not null && Gazetteers.RegionGazetteer.Default.TryGetByCode(code, out var region)
            ? ParseResult<RegionCode>.Ok(region.Code)
            : ParseResult<RegionCode>.Fail(ParseError.UnknownRegion, 0);

    public static RegionCode Parse(string code) => TryParse(code).Value;

    public override string ToString() => Code;
}
