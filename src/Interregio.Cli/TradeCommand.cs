using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Interregio.Domain;
using Interregio.Output;
using Interregio.Storage;
using Spectre.Console;

namespace Interregio.Cli;

/// <summary>
/// interregio trade REGION [--db] [--format table|jsonl|csv]: the region's trade series, one row per (reporter, flow,
/// period) with the chosen value and every source; then its products by HS heading and its enterprises.
/// </summary>
public static class TradeCommand
{
    public static Command Create()
    {
        var region = new Argument<string>("REGION") { Description = "an ISO code (RU-PNZ, BY-MA) or a region name (\"Penza Oblast\", penza)" };
        var db = CommandOptions.Database();
        var format = new Option<string>("--format")
        {
            Description = "table; jsonl (one object a line: rows of the series, then products and enterprises, each with \"row\"); csv (the series only)",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        var cmd = new Command("trade", "Show a region's trade series with its sources, goods by HS heading and enterprises") { region, db, format };
        cmd.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetValue(region)!;
            if (!CommandOptions.TryRegion(name, out var code))
                return CommandOptions.UsageError($"'{name}' is not a region code or name the gazetteer knows");
            var store = await CommandOptions.OpenExistingAsync(parse.GetValue(db)!, cancellationToken);
            if (store is null)
                return ExitCodes.Usage;
            await using (store)
            {
                var overview = await RegionTradeOverview.LoadAsync(store, code, cancellationToken);
                switch (parse.GetValue(format))
                {
                    case "jsonl":
                        WriteJsonLines(overview);
                        break;
                    case "csv":
                        WriteCsv(overview);
                        break;
                    default:
                        WriteTable(overview);
                        break;
                }
            }
            return ExitCodes.Success;
        });
        return cmd;
    }

    /// <summary>"2024" for a calendar year, else the months: "2025-01..2025-05".</summary>
    public static string PeriodText(Period p) => p.IsFullYear ? p.FromYear.ToString(CultureInfo.InvariantCulture) : p.ToString();

    private static string Growth(decimal? g) => g is { } v ? v.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) + "%" : "";

    private static string Flows(IEnumerable<TradeFlow> flows) => string.Join("/", flows.Select(f => f.ToContract()));

    private static void WriteTable(RegionTradeOverview o)
    {
        var title = CommandOptions.RegionName(o.Region);
        if (!Terminal.IsInteractive)
        {
            // Plain tab-separated sections, each under a "# " line, for grep and cut.
            var w = Console.Out;
            w.WriteLine($"# trade: {title}");
            w.WriteLine("reporter\tpartner\tflow\tperiod\tvalue\tqualifier\tgrowth\tsources\tconflict");
            foreach (var r in o.Series)
                w.WriteLine($"{r.Reporter}\t{r.Partner}\t{r.Flow.ToContract()}\t{PeriodText(r.Period)}\t{FactTable.Money(r.Value)}\t{r.Qualifier.ToContract()}\t{Growth(r.GrowthPct)}\t{string.Join(" ", r.Sources)}\t{(r.HasConflict ? "yes" : "")}");
            if (o.Products.Count > 0)
            {
                w.WriteLine("# products by HS heading");
                w.WriteLine("hs\tproducts\tflow\tsources");
                foreach (var p in o.Products)
                    w.WriteLine($"{p.Heading}\t{string.Join(", ", p.Names)}\t{Flows(p.Flows)}\t{string.Join(" ", p.Sources)}");
            }
            if (o.Enterprises.Count > 0)
            {
                w.WriteLine("# enterprises");
                w.WriteLine("name\tcountry\tdocuments");
                foreach (var e in o.Enterprises)
                    w.WriteLine($"{e.Name}\t{e.Country}\t{e.Documents}");
            }
            return;
        }
        if (o.IsEmpty)
        {
            AnsiConsole.MarkupLine($"No trade figures, products or enterprises of {Markup.Escape(title)} are stored.");
            return;
        }
        var series = new Table().Title($"Trade: {Markup.Escape(title)}")
            .AddColumns("reporter", "partner", "flow", "period")
            .AddColumn(new TableColumn("value").RightAligned())
            .AddColumn("qualifier")
            .AddColumn(new TableColumn("growth").RightAligned())
            .AddColumn("sources");
        foreach (var r in o.Series)
        {
            series.AddRow(
                Markup.Escape(r.Reporter.Code), Markup.Escape(r.Partner.Code), r.Flow.ToContract(), Markup.Escape(PeriodText(r.Period)),
                Markup.Escape(FactTable.Money(r.Value)) + (r.HasConflict ? " [red]conflict[/]" : ""),
                r.Qualifier.ToContract(), Growth(r.GrowthPct), Markup.Escape(string.Join("\n", r.Sources)));
        }
        AnsiConsole.Write(series);
        if (o.Products.Count > 0)
        {
            var products = new Table().Title("Products by HS heading").AddColumns("HS", "products", "flow", "sources");
            foreach (var p in o.Products)
                products.AddRow(Markup.Escape(p.Heading), Markup.Escape(string.Join(", ", p.Names)), Flows(p.Flows), Markup.Escape(string.Join("\n", p.Sources)));
            AnsiConsole.Write(products);
        }
        if (o.Enterprises.Count > 0)
        {
            var enterprises = new Table().Title("Enterprises").AddColumns("name", "country").AddColumn(new TableColumn("documents").RightAligned());
            foreach (var e in o.Enterprises)
                enterprises.AddRow(Markup.Escape(e.Name), Markup.Escape(e.Country), e.Documents.ToString(CultureInfo.InvariantCulture));
            AnsiConsole.Write(enterprises);
        }
    }

    private static void WriteJsonLines(RegionTradeOverview o)
    {
        using var stdout = Console.OpenStandardOutput();
        var newline = "\n"u8.ToArray();
        void Line(Action<Utf8JsonWriter> body)
        {
            using (var w = new Utf8JsonWriter(stdout, FactJson.WriterOptions))
            {
                w.WriteStartObject();
                body(w);
                w.WriteEndObject();
            }
            stdout.Write(newline);
        }
        foreach (var r in o.Series)
        {
            Line(w =>
            {
                w.WriteString("row", "trade");
                w.WriteString("reporter", r.Reporter.Code);
                w.WriteString("partner", r.Partner.Code);
                w.WriteString("flow", r.Flow.ToContract());
                w.WriteStartObject("period");
                w.WriteString("from", r.Period.FromText);
                w.WriteString("to", r.Period.ToText);
                w.WriteEndObject();
                w.WriteStartObject("value");
                Number(w, "amount", r.Value.Amount);
                w.WriteString("currency", r.Value.Currency.ToString());
                w.WriteString("qualifier", r.Qualifier.ToContract());
                w.WriteEndObject();
                if (r.GrowthPct is { } g)
                    Number(w, "growth_pct", g);
                Strings(w, "sources", r.Sources);
                w.WriteBoolean("conflict", r.HasConflict);
            });
        }
        foreach (var p in o.Products)
        {
            Line(w =>
            {
                w.WriteString("row", "product");
                w.WriteString("partner", o.Region.Code);
                w.WriteString("hs", p.Heading);
                Strings(w, "names", p.Names);
                Strings(w, "flows", p.Flows.Select(f => f.ToContract()));
                Strings(w, "sources", p.Sources);
            });
        }
        foreach (var e in o.Enterprises)
        {
            Line(w =>
            {
                w.WriteString("row", "enterprise");
                w.WriteString("partner", o.Region.Code);
                w.WriteString("name", e.Name);
                w.WriteString("country", e.Country);
                if (e.Id is not null)
                    w.WriteString("id", e.Id);
                w.WriteNumber("documents", e.Documents);
            });
        }
    }

    /// <summary>Whole numbers without a decimal point (152000000, not 152000000.00), as the contract writer does.</summary>
    private static void Number(Utf8JsonWriter w, string name, decimal value)
    {
        if (value == decimal.Truncate(value) && Math.Abs(value) < long.MaxValue)
            w.WriteNumber(name, (long)value);
        else
            w.WriteNumber(name, value / 1.000000000000000000000000000000000m);
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteStringValue(v);
        w.WriteEndArray();
    }

    public static readonly string[] CsvHeader =
        ["reporter", "partner", "flow", "period_from", "period_to", "amount", "currency", "qualifier", "growth_pct", "sources", "conflict"];

    private static void WriteCsv(RegionTradeOverview o)
    {
        var w = Console.Out;
        w.Write(string.Join(",", CsvHeader) + "\r\n");
        foreach (var r in o.Series)
        {
            string[] fields =
            [
                r.Reporter.Code, r.Partner.Code, r.Flow.ToContract(), r.Period.FromText, r.Period.ToText,
                r.Value.Amount.ToString("0.##", CultureInfo.InvariantCulture), r.Value.Currency.ToString(), r.Qualifier.ToContract(),
                r.GrowthPct?.ToString("0.##", CultureInfo.InvariantCulture) ?? "", string.Join(";", r.Sources), r.HasConflict ? "true" : "false",
            ];
            w.Write(string.Join(",", fields.Select(Csv)) + "\r\n");
        }
    }

    /// <summary>
    /// RFC 4180 quoting; a field starting with = + - @ is prefixed with ' so a spreadsheet does not run it as a
    /// formula (document names come from files anyone can name).
    /// </summary>
    public static string Csv(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' && !decimal.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            field = "'" + field;
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
            return field;
        var sb = new StringBuilder(field.Length + 2).Append('"');
        foreach (var c in field)
            sb.Append(c == '"' ? "\"\"" : c);
        return sb.Append('"').ToString();
    }
}
