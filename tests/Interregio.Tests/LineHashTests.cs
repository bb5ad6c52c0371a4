using Interregio.Pipeline;
using Interregio.Pipeline.Stages;

namespace Interregio.Tests;

/// <summary>
/// Repeated lines are found by <see cref="ParagraphStage.Seen.LineHash"/> and confirmed by comparing texts: a hash
/// that ignored some characters would only cost comparisons, but one that differed for equal lines would let a
/// repeat through. The lengths below reach every part of it (four lanes, eight-byte words, single bytes).
/// </summary>
public sealed class LineHashTests
{
    [Fact]
    public void Equal_lines_hash_equal_and_a_change_anywhere_changes_the_hash()
    {
        for (var length = 0; length <= 70; length++)
        {
            var line = new string([.. Enumerable.Range(0, length).Select(i => (char)('a' + i % 26))]);
            var hash = ParagraphStage.Seen.LineHash(line);
            Assert.Equal(hash, ParagraphStage.Seen.LineHash(new string(line.AsSpan())));
            for (var at = 0; at < length; at++)
            {
                var changed = line.ToCharArray();
                changed[at] = 'Я';
                Assert.NotEqual(hash, ParagraphStage.Seen.LineHash(changed));
            }
        }
    }

    [Fact]
    public void A_line_repeated_with_other_whitespace_is_set_aside_as_a_repeat()
    {
        const string text = "Trade with Penza Oblast grew to $152 million in 2024.\nMinsk hosted the talks.\nTrade  with Penza\u00A0Oblast grew to $152 million in 2024. \n";
        var ctx = new DocumentContext(new SourceDocument("t.txt", text), ExtractionOptions.Default);
        new ParagraphStage().Run(ctx);
        Assert.Equal([ParagraphStatus.Kept, ParagraphStatus.Kept, ParagraphStatus.Repeated], ctx.Paragraphs.Select(p => p.Status));
        Assert.Equal(0, ctx.Paragraphs[2].RepeatOf);
    }
}
