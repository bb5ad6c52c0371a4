using Interregio.Storage;

namespace Interregio.Tests.Storage;

/// <summary>What a user may type for a region on the command line, and what must not resolve.</summary>
public class RegionLookupTests
{
    public static TheoryData<string, string> Names => new()
    {
        { "RU-PNZ", "RU-PNZ" },
        { "ru-pnz", "RU-PNZ" },
        { "Penza Oblast", "RU-PNZ" },
        { "penza oblast", "RU-PNZ" },
        // The administrative centre's name stands for the region on the command line.
        { "penza", "RU-PNZ" },
        { "  Penza Region ", "RU-PNZ" },
        { "Пензенская область", "RU-PNZ" },
        { "Smolensk Oblast", "RU-SMO" },
        { "BY", "BY" },
        { "by-ma", "BY-MA" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_code_or_name_resolves_to_its_region(string typed, string code)
    {
        Assert.True(RegionLookup.TryResolve(typed, out var region));
        Assert.Equal(code, region.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("Atlantis")]
    [InlineData("RU-XXX")]
    [InlineData("Penza Oblast trade")]
    public void Anything_else_does_not_resolve(string? typed)
    {
        Assert.False(RegionLookup.TryResolve(typed, out var region));
        Assert.True(region.IsDefault);
    }
}
