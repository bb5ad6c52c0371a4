using System.Globalization;
using System.Text;

namespace Interregio.Bench.EndToEnd;

/// <summary>
/// Shared machinery of the two template writers: a seeded random source, the article's date and year, and the
/// layout every scraped agency page has (navigation, a currency ticker, headline, body with repeated paragraphs,
/// tags and other headlines). All sentences are written for this benchmark.
/// </summary>
internal abstract class ArticleWriter(Random rng)
{
    protected Random Rng { get; } = rng;

    protected static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes one article; <paramref name="index"/> only varies the layout.</summary>
    public abstract string Write(int index);

    protected T Pick<T>(IReadOnlyList<T> items) => items[Rng.Next(items.Count)];

    protected bool Chance(double p) => Rng.NextDouble() < p;

    protected int Between(int min, int maxInclusive) => Rng.Next(min, maxInclusive + 1);

    /// <summary>
    /// Assembles the page: furniture lines, headline, dateline paragraph, body, and the scraper's repeats (a few
    /// paragraphs again, or the whole body again with one paragraph more, as pages that render twice do).
    /// </summary>
    protected string Layout(IReadOnlyList<string> header, string headline, string first, List<string> body, IReadOnlyList<string> footer)
    {
        var sb = new StringBuilder(8 * 1024);
        foreach (var h in header)
            sb.Append(h).Append('\n');
        sb.Append('\n').Append(headline).Append("\n\n");
        sb.Append(first).Append('\n');
        foreach (var p in body)
            sb.Append(p).Append('\n');
        var roll = Rng.NextDouble();
        if (roll < 0.15)
        {
            // the whole body again, with one paragraph more in the second copy
            sb.Append(first).Append('\n');
            foreach (var p in body)
                sb.Append(p).Append('\n');
            sb.Append(body[Rng.Next(body.Count)]).Append('\n');
        }
        else if (roll < 0.55)
        {
            var repeats = Between(1, 3);
            var at = Rng.Next(body.Count);
            for (var i = 0; i < repeats && at + i < body.Count; i++)
                sb.Append(body[at + i]).Append('\n');
        }
        sb.Append('\n');
        foreach (var f in footer)
            sb.Append(f).Append('\n');
        return sb.ToString();
    }

    protected string Decimal1(double value) => value.ToString("0.#", Invariant);

    protected static string Decimal1Comma(double value) => value.ToString("0.#", Invariant).Replace('.', ',');
}
