using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Text;

namespace Interregio.Storage;

/// <summary>
/// Turns what a user types for a region into its code: an ISO code in any case ("ru-pnz"), or any name the region
/// gazetteer knows, in English or Russian, in any case ("Penza Oblast", "penza", "Пензенская область").
/// </summary>
public static class RegionLookup
{
    public static bool TryResolve(string? text, out RegionCode code) => TryResolve(text, RegionGazetteer.Default, out code);

    public static bool TryResolve(string? text, RegionGazetteer gazetteer, out RegionCode code)
    {
        code = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return false;
        if (gazetteer.TryGetByCode(trimmed, out var byCode))
        {
            code = byCode.Code;
            return true;
        }
        var tokens = new List<Token>();
        Tokenizer.Tokenize(trimmed, 0, trimmed.Length, tokens);
        // The whole input must be one name: "Penza Oblast trade" is not a region.
        if (tokens.Count > 0 && gazetteer.Names.Match(trimmed, tokens, 0, out var entry) == tokens.Count)
        {
            code = entry.Region.Code;
            return true;
        }
        return false;
    }
}
