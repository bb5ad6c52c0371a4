using Interregio.Pipeline;
using Interregio.Pipeline.Stages;

namespace Interregio.Tests;

/// <summary>
/// Year inference reads only paragraphs that look like figures ("$", "USD", "млн", "млрд", or "dollar", "million",
/// "billion", "долл" in any case); the English words and the Russian one are searched apart, which must find the
/// same paragraphs as one search for all four.
/// </summary>
public sealed class YearInferenceFigureTests
{
    [Theory]
    [InlineData("Trade in 2024 reached 300 MILLION units.", 2025)]
    [InlineData("Trade in 2024 reached three Billion.", 2025)]
    [InlineData("Trade in 2024 was paid in Dollars.", 2025)]
    [InlineData("Товарооборот в 2024 году составил 300 ДОЛЛАРОВ.", 2025)]
    [InlineData("Товарооборот в 2024 году составил 300 Долл.", 2025)]
    [InlineData("Товарооборот в январе-мае 2025 года: сто долларов.", 2025)]
    [InlineData("Trade in 2024 reached 300 units.", null)]
    [InlineData("Товарооборот в 2024 году составил 300 рублей, дом и дело.", null)]
    public void A_year_is_inferred_only_from_a_paragraph_with_figure_words(string paragraph, int? expected)
    {
        var ctx = new DocumentContext(new SourceDocument("t.txt", paragraph), ExtractionOptions.Default);
        new ParagraphStage().Run(ctx);
        Assert.Equal(expected, new DatelineStage().InferYear(ctx));
    }
}
