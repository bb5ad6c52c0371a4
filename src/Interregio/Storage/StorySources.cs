using System.Text.Json;
using Interregio.Domain;

namespace Interregio.Storage;

/// <summary>The sources a store's query found for a fact: every document of its story that states it.</summary>
public static class StorySources
{
    /// <summary>
    /// The fact with <see cref="Fact.Sources"/> set when two or more documents of its story state it; a fact one
    /// document states keeps the sources it was stored with (none, as extraction writes it), so its line is unchanged.
    /// </summary>
    public static Fact With(Fact fact, IReadOnlyList<string>? sources) =>
        sources is { Count: > 1 } ? fact with { Sources = sources } : fact;

    /// <summary>The same, from a JSON array of document names (SQLite's json_group_array).</summary>
    public static Fact With(Fact fact, string? sourcesJson) => With(fact, FromJson(sourcesJson));

    /// <summary>Document names from a JSON array (SQLite's json_group_array); null stays null.</summary>
    public static IReadOnlyList<string>? FromJson(string? sourcesJson) =>
        sourcesJson is null ? null : JsonSerializer.Deserialize<string[]>(sourcesJson);
}
