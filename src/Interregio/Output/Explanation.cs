using System.Text;
using Interregio.Pipeline;
using Interregio.Recognisers;

namespace Interregio.Output;

/// <summary>
/// A readable account of what the pipeline saw in a document: its date, the paragraphs it set aside and why, and
/// every sentence with the mentions found in it. Rule-based extraction is only trusted when it can be explained.
/// </summary>
public static class Explanation
{
    public static string Describe(DocumentContext ctx)
    {
        var sb = new StringBuilder();
        var text = ctx.Text;
        sb.AppendLine($"== {ctx.Name}: language {ctx.Language}, date {ctx.ReferenceDate?.ToString("yyyy-MM-dd") ?? "unknown"} ({ctx.ReferenceDateSource ?? "none"}), dateline city {ctx.DatelineCity ?? "-"}, main partner {(ctx.MainPartner.IsDefault ? "-" : ctx.MainPartner.Code)}");
        foreach (var p in ctx.Paragraphs.Where(p => p.Status != ParagraphStatus.Kept))
            sb.AppendLine($"   set aside ({p.Reason}): {Clip(text.Substring(p.Span.Start, p.Span.Length))}");
        foreach (var s in ctx.Sentences)
        {
            if (s.Mentions.Count == 0)
                continue;
            sb.AppendLine($"-- {Clip(text.Substring(s.Span.Start, s.Span.Length))}");
            foreach (var m in s.Mentions.OrderBy(m => m.First))
                sb.AppendLine($"     {Describe(text, m)}");
        }
        return sb.ToString();
    }

    private static string Describe(string text, Mention m)
    {
        var surface = text[m.Span.Start..m.Span.End];
        return m switch
        {
            MoneyMention x => $"money   '{surface}' = {x.Value} ({x.Qualifier})",
            PeriodMention x => $"period  '{surface}' = {x.Period?.ToString() ?? x.Anchor.ToString()}{(x.IsDeadline ? " deadline" : "")}{(x.IsComparisonBase ? " comparison-base" : "")}",
            GrowthMention x => $"growth  '{surface}' = {x.Percent:+0.#;-0.#}%",
            PlaceMention x => $"place   '{surface}' = {x.Region.Code} ({x.Kind})",
            RegionAnaphorMention => $"anaphor '{surface}'",
            PersonMention x => $"person  '{surface}' = {x.Name} / {x.Role} / {x.RoleRegion?.Code.Code ?? "-"}",
            CueMention x => $"cue     '{surface}' = {x.Category}",
            _ => $"{m.GetType().Name} '{surface}'",
        };
    }

    private static string Clip(string s) => s.Length <= 160 ? s : s[..157] + "...";
}
