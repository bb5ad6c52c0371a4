using Interregio.Domain;
using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Recognisers;
using Interregio.Text;

namespace Interregio.Extraction;

/// <summary>
/// The meeting a report is about: the first sentence with a meeting word ("met", "talks", "at a meeting with")
/// and people with roles. Its date is the day the sentence names ("on 1 April", "yesterday", "today"), else the
/// dateline's; its place the city after "in" ("in Minsk"), else the dateline's city; its partner the region of the
/// participant who represents a Russian region.
/// </summary>
public sealed class MeetingAssembler(CueLexicon lexicon) : IDocumentStage
{
    /// <summary>A meeting is reported at the top of the story; later sentences recall older ones.</summary>
    private const int SentencesToSearch = 8;

    public MeetingAssembler() : this(CueLexicon.Default) { }

    public void Run(DocumentContext ctx)
    {
        if (ctx.ReferenceDate is not { } reference)
            return;
        var text = ctx.Text;
        foreach (var sentence in ctx.Sentences.Take(SentencesToSearch))
        {
            if (!sentence.Of<CueMention>().Any(c => c.Category == CueCategory.Meeting))
                continue;
            var people = sentence.Of<PersonMention>().OrderBy(p => p.First).ToList();
            if (people.Count == 0)
                continue;
            var partnerPerson = people.FirstOrDefault(p => p.RoleRegion is { } r && r.Code.IsPartnerSide && !r.IsCountry);
            var partner = partnerPerson?.RoleRegion?.Code ?? ctx.MainPartner;
            if (partner.IsDefault || (partnerPerson is null && people.Count < 2))
                continue;

            var participants = new List<Participant>();
            foreach (var p in people)
            {
                if (participants.Any(x => Surname(x.Name) == Surname(p.Name)))
                    continue;
                participants.Add(new Participant(p.Name, p.Role ?? ""));
            }
            var date = DateIn(ctx, sentence, reference);
            var place = PlaceIn(ctx, sentence) ?? ctx.DatelineCity;
            ctx.Facts.Add(new MeetingFact(ctx.Provenance(sentence), date, place, partner, participants));
            return;
        }
    }

    private static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts ? parts[^1].ToLowerInvariant() : "";

    /// <summary>"on 1 April", "on April 1", "21 July", "yesterday", "today"; a day after the article falls in the year before.</summary>
    private DateOnly DateIn(DocumentContext ctx, Sentence sentence, DateOnly reference)
    {
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        DateOnly? relative = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            // the dateline's own date is the article's, not necessarily the meeting's
            if (ctx.Dateline is { } dl && dl.Contains(tokens[i].Start))
                continue;
            if (tokens[i].IsAny(text, "yesterday", "вчера", "накануне"))
                relative ??= reference.AddDays(-1);
            if (tokens[i].IsAny(text, "today", "сегодня"))
                relative ??= reference;
            var n = lexicon.Match(CueCategory.Month, text, tokens, i, out var month);
            if (n == 0)
                continue;
            int day;
            if (i > 0 && tokens[i - 1].Kind == TokenKind.Number && int.TryParse(tokens[i - 1].Of(text), out day)) { }
            else if (i + n < tokens.Count && tokens[i + n].Kind == TokenKind.Number && int.TryParse(tokens[i + n].Of(text), out day)) { }
            else
                continue;
            if (day is < 1 or > 31)
                continue;
            var year = reference.Year;
            if (i + n + 1 < tokens.Count && tokens[i + n].IsYear(text, out var y))
                year = y;
            if (day > DateTime.DaysInMonth(year, month.IntValue))
                continue;
            var date = new DateOnly(year, month.IntValue, day);
            return date > reference.AddDays(7) ? date.AddYears(-1) : date;
        }
        return relative ?? reference;
    }

    /// <summary>The first city after "in"/"в": "met in Bryansk", "talks in Minsk".</summary>
    private static string? PlaceIn(DocumentContext ctx, Sentence sentence)
    {
        var text = ctx.Text;
        foreach (var p in sentence.Of<PlaceMention>().OrderBy(p => p.First))
        {
            if (p.Kind != PlaceKind.City || p.First == 0)
                continue;
            var prev = sentence.Tokens[p.First - 1];
            if (prev.IsAny(text, "in", "в", "во"))
                return CityNames.Nominative(ctx, text[p.Span.Start..p.Span.End], p.Region);
        }
        return null;
    }
}

/// <summary>How a city is written in a fact: English as written; Russian in the nominative from the gazetteer.</summary>
public static class CityNames
{
    public static string Nominative(DocumentContext ctx, string written, Region region)
    {
        if (ctx.Language != Language.Russian)
            return written;
        foreach (var c in region.CitiesRu)
        {
            if (written.StartsWith(c[..Math.Max(1, c.Length - 1)], StringComparison.OrdinalIgnoreCase))
                return c;
        }
        return region.CitiesRu.Count > 0 ? region.CitiesRu[0] : written;
    }
}

/// <summary>Removes facts stated twice in one document (the same key), keeping the first.</summary>
public sealed class FactDeduplicationStage : IDocumentStage
{
    public void Run(DocumentContext ctx)
    {
        if (ctx.Facts.Count < 2)
            return;
        // trade facts by the parts of their key, the rest by the key string: no trade key equals another type's
        // ("trade|" starts only trade keys), so this keeps exactly the facts one set of key strings would
        // (each type's keys start with its own name, so a fact alone of its type repeats nothing and needs no key)
        Span<int> ofType = stackalloc int[16];
        foreach (var f in ctx.Facts)
        {
            if ((uint)f.Type < 16)
                ofType[(int)f.Type]++;
        }
        HashSet<string>? seen = null;
        HashSet<(string, string, TradeFlow, Period)>? trade = null;
        var kept = 0;
        for (var i = 0; i < ctx.Facts.Count; i++)
        {
            var f = ctx.Facts[i];
            var isNew = (uint)f.Type < 16 && ofType[(int)f.Type] == 1
                || (f is TradeFact t ? (trade ??= []).Add(t.KeyParts) : (seen ??= new(StringComparer.Ordinal)).Add(f.Key));
            if (isNew)
                ctx.Facts[kept++] = f;
        }
        ctx.Facts.RemoveRange(kept, ctx.Facts.Count - kept);
    }
}
