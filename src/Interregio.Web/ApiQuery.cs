using System.Globalization;
using System.Text;
using Interregio.Domain;
using Interregio.Gazetteers;

namespace Interregio.Web;

/// <summary>Reads the API's query values; each failure is one sentence for a 400 problem.</summary>
public static class ApiQuery
{
    public static bool TryRegion(string? code, out Region region) =>
        RegionGazetteer.Default.TryGetByCode(code?.Trim() ?? "", out region);

    /// <summary>A partner filter: absent, or a code of the region table.</summary>
    public static string? Partner(string? value, out RegionCode? partner)
    {
        partner = null;
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (!TryRegion(value, out var region))
            return $"partner '{value}' is not an ISO 3166 code of a known region (for example RU-PNZ)";
        partner = region.Code;
        return null;
    }

    public static string? Type(string? value, out FactType? type)
    {
        type = null;
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var parsed = FactTypes.Parse(value.Trim().ToLowerInvariant());
        if (parsed == FactType.Unknown)
            return $"type '{value}' is not one of trade, meeting, enterprise, product, outlets, proposal, sector, target";
        type = parsed;
        return null;
    }

    /// <summary>YYYY or YYYY-MM; a year means its January for "from" and its December for "to".</summary>
    public static string? Month(string name, string? value, bool end, out string? month)
    {
        month = null;
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var v = value.Trim();
        if (v.Length == 4 && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= Period.MinYear and <= Period.MaxYear)
        {
            month = end ? $"{year:D4}-12" : $"{year:D4}-01";
            return null;
        }
        if (v.Length == 7 && Period.TryParse(v, v).Success)
        {
            month = v;
            return null;
        }
        return $"{name} '{value}' is not a year (2024) or a month (2024-05)";
    }

    public static string? Limit(int? value, int max, out int limit)
    {
        limit = value ?? 50;
        return limit < 1 || limit > max ? $"limit must be between 1 and {max}" : null;
    }

    public static string EncodeCursor(long afterId) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes($"f:{afterId.ToString(CultureInfo.InvariantCulture)}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A cursor for lists held in memory (conflicts): the position of the next item, not a storage id.</summary>
    public static string EncodeOffset(int offset) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes($"o:{offset.ToString(CultureInfo.InvariantCulture)}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string? Offset(string? value, out int offset)
    {
        offset = 0;
        if (string.IsNullOrEmpty(value))
            return null;
        try
        {
            var b64 = value.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(b64));
            if (text.StartsWith("o:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var at) && at > 0)
            {
                offset = at;
                return null;
            }
        }
        catch (FormatException)
        {
        }
        return "cursor is not one this API returned; pass next_cursor from the previous page as it is";
    }

    public static string? Cursor(string? value, out long? afterId)
    {
        afterId = null;
        if (string.IsNullOrEmpty(value))
            return null;
        try
        {
            var b64 = value.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(b64));
            if (text.StartsWith("f:", StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                afterId = id;
                return null;
            }
        }
        catch (FormatException)
        {
        }
        return "cursor is not one this API returned; pass next_cursor from the previous page as it is";
    }
}
