using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Interregio.Tests.EndToEnd;

/// <summary>True positives, false positives and false negatives of one fact type.</summary>
public readonly record struct Counts(int Tp, int Fp, int Fn)
{
    public static Counts operator +(Counts a, Counts b) => new(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn);

    /// <summary>As the grader's prf(): with nothing predicted, precision is 1 only when nothing was missed.</summary>
    public double Precision => Tp + Fp > 0 ? (double)Tp / (Tp + Fp) : Fn == 0 ? 1.0 : 0.0;

    public double Recall => Tp + Fn > 0 ? (double)Tp / (Tp + Fn) : 1.0;

    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0.0;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} (tp {Tp} fp {Fp} fn {Fn})");
}

/// <summary>
/// A C# port of the matching rules of ../shared/eval/score.py, so a test can grade extraction without Python:
/// trade keyed by (doc, reporter, partner, flow, period) and checked on amount (0.5%), currency, qualifier and a
/// stated growth (0.5 points); meetings keyed by (doc, date) and checked on partner and participants' surnames;
/// enterprises and outlets keyed by their normalised name; products matched by HS heading and flow. An optional
/// gold fact is neither required nor counted against a prediction that matches it, and a prediction whose quote
/// is not in its document is a false positive. Graded one document at a time: every key holds the document, so the
/// sum over documents is the grader's total.
/// </summary>
public static partial class SampleGrader
{
    public static readonly string[] Types = ["trade", "meeting", "enterprise", "product", "outlets"];

    private static readonly HashSet<string> OrgSuffixes =
    [
        "concern", "plant", "factory", "works", "ojsc", "jsc", "cjsc", "llc", "company", "holding", "group", "management",
        "the", "brand", "stores", "store", "chain", "enterprise",
    ];

    [GeneratedRegex(@"[^\w\s-]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NotWordSpaceOrDash();

    /// <summary>Grades one document's predictions of one type; <paramref name="log"/> receives what the grader's --verbose prints.</summary>
    public static Counts Grade(string type, IReadOnlyList<JsonElement> gold, IReadOnlyList<JsonElement> predicted, string visibleText, Action<string> log)
    {
        var g = gold.Where(f => Str(f, "type") == type).ToList();
        var p = new List<JsonElement>();
        var unsupported = 0;
        foreach (var f in predicted.Where(f => Str(f, "type") == type))
        {
            var quote = Squash(WebUtility.HtmlDecode(Str(f, "quote") ?? ""));
            if (quote.Length == 0 || !visibleText.Contains(quote, StringComparison.Ordinal))
            {
                unsupported++;
                log($"[{type}] quote not found in document: {f.GetRawText()}");
                continue;
            }
            p.Add(f);
        }
        var counts = type == "product" ? GradeProducts(g, p, log) : GradeKeyed(type, g, p, log);
        return counts with { Fp = counts.Fp + unsupported };
    }

    private static Counts GradeKeyed(string type, List<JsonElement> gold, List<JsonElement> predicted, Action<string> log)
    {
        Func<JsonElement, string> key = type switch
        {
            "trade" => f => string.Join('|', Str(f, "doc"), Str(f, "reporter") ?? "BY", Str(f, "partner"), Str(f, "flow"),
                Str(f, "period", "from"), Str(f, "period", "to")),
            "meeting" => f => string.Join('|', Str(f, "doc"), Str(f, "date")),
            "enterprise" => f => string.Join('|', Str(f, "doc"), NormOrg(Str(f, "name") ?? "")),
            "outlets" => f => string.Join('|', Str(f, "doc"), NormOrg(Str(f, "owner") ?? "")),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a graded type"),
        };
        Func<JsonElement, JsonElement, string?> ok = type switch
        {
            "trade" => TradeOk,
            "meeting" => MeetingOk,
            "enterprise" => (g, p) => Str(g, "country") == Str(p, "country") ? null : $"country {Str(p, "country")} != {Str(g, "country")}",
            _ => OutletsOk,
        };
        int tp = 0, fp = 0, fn = 0;
        var used = new HashSet<int>();
        foreach (var p in predicted)
        {
            var k = key(p);
            var candidate = Enumerable.Range(0, gold.Count).Where(i => !used.Contains(i) && key(gold[i]) == k).Select(i => (int?)i).FirstOrDefault();
            if (candidate is not { } gi)
            {
                fp++;
                log($"[{type}] false positive (no gold with this key): {p.GetRawText()}");
                continue;
            }
            used.Add(gi);
            var why = ok(gold[gi], p);
            if (why is null)
            {
                if (!IsOptional(gold[gi]))
                    tp++;
            }
            else
            {
                fp++;
                if (!IsOptional(gold[gi]))
                    fn++;
                log($"[{type}] wrong: {why}: {p.GetRawText()}");
            }
        }
        for (var i = 0; i < gold.Count; i++)
        {
            if (!used.Contains(i) && !IsOptional(gold[i]))
            {
                fn++;
                log($"[{type}] missed: {gold[i].GetRawText()}");
            }
        }
        return new Counts(tp, fp, fn);
    }

    private static Counts GradeProducts(List<JsonElement> gold, List<JsonElement> predicted, Action<string> log)
    {
        int tp = 0, fp = 0, fn = 0;
        var used = new HashSet<int>();
        foreach (var p in predicted)
        {
            var hs = p.TryGetProperty("hs", out var h) ? h.ValueKind == JsonValueKind.Array ? h.EnumerateArray().Select(Text).FirstOrDefault() ?? "" : Text(h) : "";
            int? hit = null;
            for (var i = 0; i < gold.Count && hit is null; i++)
            {
                if (used.Contains(i) || Str(gold[i], "doc") != Str(p, "doc"))
                    continue;
                var goldHs = gold[i].TryGetProperty("hs", out var gh) && gh.ValueKind == JsonValueKind.Array ? gh.EnumerateArray().Select(Text).ToList() : [];
                if (goldHs.Contains(hs) && Str(gold[i], "flow") == Str(p, "flow"))
                    hit = i;
            }
            if (hit is not { } gi)
            {
                fp++;
                log($"[product] false positive (no gold with this HS heading and flow): {p.GetRawText()}");
                continue;
            }
            used.Add(gi);
            if (!IsOptional(gold[gi]))
                tp++;
        }
        for (var i = 0; i < gold.Count; i++)
        {
            if (!used.Contains(i) && !IsOptional(gold[i]))
            {
                fn++;
                log($"[product] missed: {gold[i].GetRawText()}");
            }
        }
        return new Counts(tp, fp, fn);
    }

    private static string? TradeOk(JsonElement g, JsonElement p)
    {
        var ga = Num(g, "value", "amount");
        var pa = Num(p, "value", "amount");
        if (ga is null || pa is null || Math.Abs(ga.Value - pa.Value) > 0.005 * Math.Abs(ga.Value))
            return $"amount {pa} != {ga}";
        if ((Str(g, "value", "currency") ?? "USD") != (Str(p, "value", "currency") ?? "USD"))
            return $"currency {Str(p, "value", "currency")} != {Str(g, "value", "currency")}";
        if (Str(g, "value", "qualifier") != Str(p, "value", "qualifier"))
            return $"qualifier {Str(p, "value", "qualifier")} != {Str(g, "value", "qualifier")}";
        var gg = Num(g, "growth_pct");
        var pg = Num(p, "growth_pct");
        if (gg is not null && (pg is null || Math.Abs(gg.Value - pg.Value) > 0.5))
            return $"growth_pct {pg} != {gg}";
        return null;
    }

    private static string? MeetingOk(JsonElement g, JsonElement p)
    {
        if (Str(g, "partner") != Str(p, "partner"))
            return $"partner {Str(p, "partner")} != {Str(g, "partner")}";
        var gs = Surnames(g);
        var ps = Surnames(p);
        var missing = gs.Except(ps).Order(StringComparer.Ordinal).ToList();
        return missing.Count == 0 ? null : $"participants missing [{string.Join(", ", missing)}]";
    }

    private static string? OutletsOk(JsonElement g, JsonElement p)
    {
        if (Num(g, "count") != Num(p, "count"))
            return $"count {Str(p, "count")} != {Str(g, "count")}";
        return Str(g, "qualifier") == Str(p, "qualifier") ? null : $"qualifier {Str(p, "qualifier")} != {Str(g, "qualifier")}";
    }

    private static HashSet<string> Surnames(JsonElement f)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (f.TryGetProperty("participants", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in list.EnumerateArray())
            {
                if (x.ValueKind != JsonValueKind.Object)
                    continue;
                var parts = (Str(x, "name") ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                set.Add(parts.Length > 0 ? parts[^1].ToLowerInvariant() : "");
            }
        }
        return set;
    }

    internal static string NormOrg(string name)
    {
        var words = NotWordSpaceOrDash().Replace(name.ToLowerInvariant(), " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Where(w => !OrgSuffixes.Contains(w)));
    }

    private static bool IsOptional(JsonElement f) => f.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;

    /// <summary>A field as text (strings as themselves, other values as JSON), or null when missing or null.</summary>
    private static string? Str(JsonElement f, params string[] path)
    {
        var e = f;
        foreach (var name in path)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out e))
                return null;
        }
        return e.ValueKind == JsonValueKind.Null ? null : Text(e);
    }

    private static string Text(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText();

    private static double? Num(JsonElement f, params string[] path) =>
        Str(f, path) is { } s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>
    /// The document's text as the grader compares quotes with it: for HTML, a space at every tag, script and style
    /// left out, entities decoded; then NBSP folded and whitespace collapsed.
    /// </summary>
    public static string VisibleText(string path)
    {
        var raw = File.ReadAllText(path, Encoding.UTF8);
        if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            raw = Input.VisibleText.Of(raw);
        return Squash(WebUtility.HtmlDecode(raw));
    }

    public static string Squash(string s) => Input.VisibleText.Squash(s);
}
