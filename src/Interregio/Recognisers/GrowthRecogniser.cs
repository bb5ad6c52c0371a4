using Interregio.Gazetteers;
using Interregio.Pipeline;
using Interregio.Text;

namespace Interregio.Recognisers;

/// <summary>
/// Stated changes: "up 10%", "up by 10%", "grew by 10.5 per cent", "a 10% increase", "30% more than",
/// "fell by 5%", "down 5%", "having fallen by 12%", "grew 1.5 times" (+50), "fell 2 times" (-50), "doubled" (+100),
/// "tripled" (+200). A comparison base right after ("over 2023", "year-on-year", "compared with 2021",
/// "than in the same period of 2021") is taken by the growth, so it never becomes the period of a figure.
/// </summary>
public sealed class GrowthRecogniser : IRecogniser
{
    private readonly CueLexicon lexicon;

    // Growth words that carry their own value ("doubled", "вдвое"); any other growth needs a number.
    private readonly WordSet _valueWords;

    public GrowthRecogniser() : this(CueLexicon.Default) { }

    public GrowthRecogniser(CueLexicon lexicon)
    {
        this.lexicon = lexicon;
        _valueWords = lexicon.FirstWords(true, CueCategory.GrowthUp, CueCategory.GrowthDown);
    }

    /// <summary>
    /// A growth qualifies an amount in its own sentence: the trade assembler reads it for nothing else, and the
    /// comparison base it marks matters only to that sentence's figures. In a sentence without an amount (47% of the
    /// generated corpus's English sentences) the pipeline does not look for one.
    /// </summary>
    public bool IsWanted(DocumentContext context, Sentence sentence) => sentence.Of<MoneyMention>().Any();

    public void Recognise(DocumentContext ctx, Sentence sentence)
    {
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        List<GrowthMention>? found = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Number && !(t.Kind == TokenKind.Word && _valueWords.Contains(text, t)))
                continue;
            var g = Percent(ctx, tokens, i) ?? Times(ctx, tokens, i) ?? Word(ctx, tokens, i);
            if (g is null)
                continue;
            (found ??= []).Add(g);
            i = g.Last;
        }
        if (found is null)
            return;
        foreach (var g in found)
        {
            sentence.Mentions.Add(g);
            TakeBase(ctx, sentence, g);
        }
    }

    // NUMBER % / per cent / percent, with the direction from a cue before ("up", "fell by") or after ("increase", "more")
    private GrowthMention? Percent(DocumentContext ctx, List<Token> tokens, int i)
    {
        var text = ctx.Text;
        if (tokens[i].Kind != TokenKind.Number)
            return null;
        var j = i + 1;
        if (j < tokens.Count && text[tokens[j].Start] == '%')
            j++;
        else if (j + 1 < tokens.Count && tokens[j].Is(text, "per") && tokens[j + 1].Is(text, "cent"))
            j += 2;
        else if (j < tokens.Count && tokens[j].IsAny(text, "percent", "процента", "процентов", "процент"))
            j++;
        else
            return null;
        if (!NumberReader.ReadDigits(text, tokens[i], ctx.Language == Language.Russian ? Language.Russian : Language.English, false).TryGetValue(out var value))
        {
            // "10.5" read as English; "10,5" in Russian
            if (!decimal.TryParse(tokens[i].Of(text).ToString().Replace(',', '.'), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value))
                return null;
        }
        // a cue before: "up 10%", "up by 10%", "fell by 12%", "growth of 10%", "increased by", "рост на 10%"
        var sign = 0;
        var first = i;
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            var up = lexicon.Match(CueCategory.GrowthUp, text, tokens, k);
            var down = lexicon.Match(CueCategory.GrowthDown, text, tokens, k);
            if (down > 0 && k + down >= i - 1 && k + down <= i)
            {
                sign = -1;
                first = k;
                break;
            }
            if (up > 0 && k + up >= i - 1 && k + up <= i)
            {
                sign = 1;
                first = k;
                break;
            }
            if (!tokens[k].IsAny(text, "by", "of", "на", "an", "a", "almost", "nearly", "about", "some", "over", "more", "than", "почти", "около", "более", "чем"))
                break;
        }
        var last = j - 1;
        if (sign == 0 && j < tokens.Count)
        {
            // after: "a 10% increase", "30% more than", "12% lower", "10% year-on-year growth"
            var down = lexicon.Match(CueCategory.GrowthDown, text, tokens, j);
            var up = lexicon.Match(CueCategory.GrowthUp, text, tokens, j);
            if (down > 0)
            {
                sign = -1;
                last = j + down - 1;
            }
            else if (up > 0)
            {
                sign = 1;
                last = j + up - 1;
            }
        }
        if (sign == 0)
            return null;
        if (first > 0 && tokens[first - 1].IsAny(text, "a", "an"))
            first--;
        return new GrowthMention(first, last - first + 1, new TextSpan(tokens[first].Start, tokens[last].End), sign * value);
    }

    // "grew 1.5 times", "increased 2-fold", "fell 2 times", "в 1,5 раза"
    private GrowthMention? Times(DocumentContext ctx, List<Token> tokens, int i)
    {
        var text = ctx.Text;
        if (tokens[i].Kind != TokenKind.Number || i + 1 >= tokens.Count)
            return null;
        var j = i + 1;
        if (tokens[j].Kind == TokenKind.Dash)
            j++;
        var n = j < tokens.Count ? lexicon.Match(CueCategory.GrowthTimes, text, tokens, j) : 0;
        if (n == 0)
            return null;
        var raw = tokens[i].Of(text).ToString().Replace(',', '.');
        if (!decimal.TryParse(raw, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var factor) || factor <= 0)
            return null;
        var sign = 0;
        var first = i;
        for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            if (lexicon.Match(CueCategory.GrowthDown, text, tokens, k) > 0)
            {
                sign = -1;
                first = k;
                break;
            }
            if (lexicon.Match(CueCategory.GrowthUp, text, tokens, k) > 0)
            {
                sign = 1;
                first = k;
                break;
            }
            if (!tokens[k].IsAny(text, "by", "almost", "nearly", "about", "more", "than", "в", "почти", "более", "чем", "около"))
                break;
        }
        var last = j + n - 1;
        if (sign == 0 && last + 1 < tokens.Count)
        {
            // "в 1,5 раза выросла", "1.5 times more"
            if (lexicon.Match(CueCategory.GrowthDown, text, tokens, last + 1) is var d and > 0)
            {
                sign = -1;
                last += d;
            }
            else if (lexicon.Match(CueCategory.GrowthUp, text, tokens, last + 1) is var u and > 0)
            {
                sign = 1;
                last += u;
            }
        }
        if (sign == 0)
            return null;
        var pct = sign > 0 ? (factor - 1) * 100 : (1 / factor - 1) * 100;
        return new GrowthMention(first, last - first + 1, new TextSpan(tokens[first].Start, tokens[last].End), decimal.Round(pct, 1));
    }

    // "doubled", "tripled", "halved", "вдвое": growth words with a value in the lexicon
    private GrowthMention? Word(DocumentContext ctx, List<Token> tokens, int i)
    {
        var text = ctx.Text;
        var n = lexicon.Match(CueCategory.GrowthUp, text, tokens, i, out var cue);
        if (n == 0)
            n = lexicon.Match(CueCategory.GrowthDown, text, tokens, i, out cue);
        if (n == 0 || cue.Value.Length == 0)
            return null;
        return new GrowthMention(i, n, new TextSpan(tokens[i].Start, tokens[i + n - 1].End), cue.DecimalValue);
    }

    // "up 10% over 2023": the period after a comparison word belongs to the growth
    private void TakeBase(DocumentContext ctx, Sentence sentence, GrowthMention g)
    {
        var text = ctx.Text;
        var tokens = sentence.Tokens;
        var j = g.After;
        // "30% more than in 2023", "12% lower than": the growth's own cue ends with the comparison word
        var sawComparison = false;
        for (var k = g.First + 1; k < g.After && !sawComparison; k++)
            sawComparison = lexicon.Match(CueCategory.ComparisonBase, text, tokens, k) is var c and > 0 && k + c == g.After;
        for (var hops = 0; hops < 3 && j < tokens.Count; hops++)
        {
            var n = lexicon.Match(CueCategory.ComparisonBase, text, tokens, j, out _);
            if (n > 0)
            {
                j += n;
                sawComparison = true;
                continue;
            }
            if (tokens[j].IsAny(text, "the", "in", "of", "with", "to", "к", "по", "с", "сравнению"))
            {
                j++;
                continue;
            }
            break;
        }
        // "fell by 12% in 2022 to $1.85 billion": without a comparison word the period is the figure's own.
        if (!sawComparison)
            return;
        g.Base = BasePeriod(sentence, j);
        if (g.Base is not null)
            g.Base.IsComparisonBase = true;
    }

    internal static PeriodMention? BasePeriod(Sentence sentence, int at) =>
        sentence.Of<PeriodMention>().FirstOrDefault(p => p.First >= at - 1 && p.First <= at + 1);
}
