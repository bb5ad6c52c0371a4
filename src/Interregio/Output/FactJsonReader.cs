using System.Globalization;
using System.Text.Json;
using Interregio.Domain;

namespace Interregio.Output;

/// <summary>One line of a JSON Lines file: a fact, or why the line is not one.</summary>
public readonly record struct FactLine(int Line, Fact? Fact, string? Problem)
{
    public bool Success => Fact is not null;
}

/// <summary>
/// Reads the interchange format of ../shared/contract/facts-v1.md back into <see cref="Fact"/> records: the inverse
/// of <see cref="FactJson"/>. Storage keeps each fact's JSON line and rebuilds facts with it, and tests read gold files
/// with it. Every value goes through the validating factories (RegionCode, Period, Money), so a fact read here is
/// as trustworthy as one extracted; a line that is not a fact is refused with the field and the reason.
/// </summary>
public static class FactJsonReader
{
    /// <summary>Reads one fact; throws <see cref="FormatException"/> naming the field and what is wrong with it.</summary>
    public static Fact Read(string json) =>
        TryRead(json, out var fact, out var problem) ? fact : throw new FormatException(problem);

    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Fact? fact, out string? problem)
    {
        fact = null;
        problem = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            problem = $"not JSON: {e.Message}";
            return false;
        }
        using (document)
        {
            try
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                    throw new FactFieldException("a fact is a JSON object");
                fact = ReadFact(document.RootElement);
                return true;
            }
            catch (FactFieldException e)
            {
                problem = e.Message;
                return false;
            }
        }
    }

    /// <summary>Every non-blank line of a JSON Lines text, numbered from 1; a bad line is reported and reading goes on.</summary>
    public static IEnumerable<FactLine> ReadLines(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            yield return TryRead(line, out var fact, out var problem)
                ? new FactLine(number, fact, null)
                : new FactLine(number, null, problem);
        }
    }

    private static Fact ReadFact(JsonElement o)
    {
        var typeName = RequiredString(o, "type");
        var type = FactTypes.Parse(typeName);
        var source = new Provenance(RequiredString(o, "doc"), RequiredString(o, "quote"), OptionalInt(o, "start") ?? -1, OptionalInt(o, "end") ?? -1);
        Fact fact = type switch
        {
            FactType.Trade => new TradeFact(
                source,
                RequiredRegion(o, "reporter"),
                RequiredRegion(o, "partner"),
                Flow(o, "flow"),
                ReadPeriod(o),
                ReadMoney(Object(o, "value"), "value"),
                ReadQualifier(Object(o, "value"), "qualifier", "value.qualifier"),
                OptionalDecimal(o, "growth_pct")),
            FactType.Meeting => new MeetingFact(
                source,
                ReadDate(o, "date"),
                OptionalString(o, "place"),
                OptionalRegion(o, "partner"),
                ReadParticipants(o)),
            FactType.Enterprise => new EnterpriseFact(
                source,
                RequiredString(o, "name"),
                RequiredString(o, "country"),
                OptionalString(o, "id"),
                StringList(o, "aliases"),
                OptionalRegion(o, "partner")),
            FactType.Product => new ProductFact(
                source,
                RequiredString(o, "name"),
                StringList(o, "hs"),
                Flow(o, "flow"),
                OptionalRegion(o, "partner")),
            FactType.Outlets => new OutletsFact(
                source,
                RequiredString(o, "owner"),
                OptionalInt(o, "count") ?? throw Missing("count"),
                ReadQualifier(o, "qualifier", "qualifier"),
                RequiredString(o, "kind"),
                OptionalRegion(o, "partner")),
            FactType.Proposal => new ProposalFact(
                source,
                RequiredString(o, "topic"),
                ReadStatus(o),
                OptionalRegion(o, "partner")),
            FactType.Sector => new SectorFact(source, RequiredString(o, "name"), OptionalRegion(o, "partner")),
            FactType.Target => new TargetFact(
                source,
                OptionalRegion(o, "partner"),
                ReadMoney(Object(o, "value"), "value"),
                OptionalInt(o, "by_year")),
            _ => throw new FactFieldException($"field 'type': '{typeName}' is not a fact type of the contract"),
        };
        return fact with { Sources = StringList(o, "sources"), Sectors = StringList(o, "sectors") };
    }

    private static Period ReadPeriod(JsonElement o)
    {
        var period = Object(o, "period");
        var from = RequiredString(period, "from", "period.from");
        var to = RequiredString(period, "to", "period.to");
        var parsed = Period.TryParse(from, to);
        return parsed.Success
            ? parsed.Value
            : throw new FactFieldException($"field 'period': {from}..{to} is not a period of whole months YYYY-MM ({ParseErrors.Describe(parsed.Error, -1)})");
    }

    private static Money ReadMoney(JsonElement value, string path)
    {
        var amount = OptionalDecimal(value, "amount", $"{path}.amount") ?? throw Missing($"{path}.amount");
        var currencyName = RequiredString(value, "currency", $"{path}.currency");
        var currency = DomainText.ParseCurrency(currencyName);
        if (currency == Currency.Unknown)
            throw new FactFieldException($"field '{path}.currency': '{currencyName}' is not a known currency code");
        var money = Money.TryCreate(amount, currency);
        return money.Success
            ? money.Value
            : throw new FactFieldException($"field '{path}.amount': {amount.ToString(CultureInfo.InvariantCulture)} ({ParseErrors.Describe(money.Error, -1)})");
    }

    private static Qualifier ReadQualifier(JsonElement o, string field, string path)
    {
        var name = RequiredString(o, field, path);
        var q = DomainText.ParseQualifier(name);
        return q != Qualifier.Unknown ? q : throw new FactFieldException($"field '{path}': '{name}' is not exact, over, under or approx");
    }

    private static TradeFlow Flow(JsonElement o, string field)
    {
        var name = RequiredString(o, field);
        var flow = DomainText.ParseFlow(name);
        return flow != TradeFlow.Unknown ? flow : throw new FactFieldException($"field '{field}': '{name}' is not turnover, export or import");
    }

    private static ProposalStatus ReadStatus(JsonElement o)
    {
        var name = RequiredString(o, "status");
        return name switch
        {
            "proposed" => ProposalStatus.Proposed,
            "agreed" => ProposalStatus.Agreed,
            "under way" => ProposalStatus.UnderWay,
            _ => throw new FactFieldException($"field 'status': '{name}' is not proposed, agreed or under way"),
        };
    }

    private static DateOnly ReadDate(JsonElement o, string field)
    {
        var text = RequiredString(o, field);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FactFieldException($"field '{field}': '{text}' is not a date YYYY-MM-DD");
    }

    private static IReadOnlyList<Participant> ReadParticipants(JsonElement o)
    {
        if (!o.TryGetProperty("participants", out var array) || array.ValueKind == JsonValueKind.Null)
            return [];
        if (array.ValueKind != JsonValueKind.Array)
            throw new FactFieldException("field 'participants': expected an array of {name, role}");
        var list = new List<Participant>();
        foreach (var p in array.EnumerateArray())
        {
            if (p.ValueKind != JsonValueKind.Object)
                throw new FactFieldException("field 'participants': expected an array of {name, role}");
            list.Add(new Participant(RequiredString(p, "name", "participants.name"), OptionalString(p, "role") ?? ""));
        }
        return list;
    }

    private static RegionCode RequiredRegion(JsonElement o, string field)
    {
        var code = RequiredString(o, field);
        var region = RegionCode.TryParse(code);
        return region.Success ? region.Value : throw new FactFieldException($"field '{field}': '{code}' is not a region code the gazetteer knows");
    }

    /// <summary>A partner may be absent (an enterprise named without one); the writer then writes nothing or "".</summary>
    private static RegionCode OptionalRegion(JsonElement o, string field) =>
        OptionalString(o, field) is { Length: > 0 } ? RequiredRegion(o, field) : default;

    private static JsonElement Object(JsonElement o, string field) =>
        o.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Object
            ? v
            : throw new FactFieldException($"field '{field}': expected an object");

    private static string RequiredString(JsonElement o, string field, string? path = null) =>
        OptionalString(o, field, path) ?? throw Missing(path ?? field);

    private static string? OptionalString(JsonElement o, string field, string? path = null)
    {
        if (!o.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
            return null;
        return v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : throw new FactFieldException($"field '{path ?? field}': expected a string, found {v.ValueKind.ToString().ToLowerInvariant()}");
    }

    private static int? OptionalInt(JsonElement o, string field)
    {
        if (!o.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
            return null;
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)
            ? i
            : throw new FactFieldException($"field '{field}': expected a whole number");
    }

    private static decimal? OptionalDecimal(JsonElement o, string field, string? path = null)
    {
        if (!o.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
            return null;
        return v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d)
            ? d
            : throw new FactFieldException($"field '{path ?? field}': expected a number");
    }

    private static IReadOnlyList<string> StringList(JsonElement o, string field)
    {
        if (!o.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
            return [];
        if (v.ValueKind != JsonValueKind.Array)
            throw new FactFieldException($"field '{field}': expected an array of strings");
        var list = new List<string>(v.GetArrayLength());
        foreach (var item in v.EnumerateArray())
        {
            list.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw new FactFieldException($"field '{field}': expected an array of strings"));
        }
        return list;
    }

    private static FactFieldException Missing(string field) => new($"field '{field}' is missing");

    /// <summary>Carries the one-line reason out of the nested readers; never escapes this class.</summary>
    private sealed class FactFieldException(string message) : Exception(message);
}
