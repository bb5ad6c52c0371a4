using System.Runtime.CompilerServices;
using System.Text;
using Interregio.Domain;
using Interregio.Input;
using Interregio.Output;
using Interregio.Pipeline;
using Interregio.Stories;

namespace Interregio.Tests.Stories;

/// <summary>
/// Reprints group into one story and their facts merge with every source; different stories, even about the same
/// region and in the same stock phrases, stay apart.
/// </summary>
public sealed class StoryGroupingTests
{
    private static readonly string[] Duplicates = ["en_dup_a_yaroslavl.txt", "en_dup_b_yaroslavl.txt", "en_dup_c_yaroslavl.html"];

    // Two more Yaroslavl stories, written for this test: same region, same governor, same stock phrases, other news.
    private const string OtherYaroslavlStoryA =
        "YAROSLAVL, 3 October (Test Agency) – Yaroslavl Oblast and Vitebsk Oblast signed an agreement on cooperation in flax processing, tourism and education, Governor of Yaroslavl Oblast Mikhail Yevrayev said after talks with Chairman of the Vitebsk Oblast Executive Committee Alexander Subbotin.\n"
        + "In January-August 2023, trade between Belarus and Yaroslavl Oblast amounted to $410 million, up 6% year on year.\n"
        + "The sides agreed to open a tourist route between Rostov Veliky and Polotsk and to exchange student groups next spring.\n";

    private const string OtherYaroslavlStoryB =
        "MINSK, 20 February (Test Agency) – A delegation of Belarusian truck makers visited the Yaroslavl Motor Plant to discuss supplies of engines that meet the new emission standards, the plant's press service reported.\n"
        + "In 2023, trade between Belarus and Yaroslavl Oblast amounted to $640 million. Belarusian exports reached $402 million.\n"
        + "The plant plans to double deliveries to MAZ and to start supplying engines for Belarusian combine harvesters in the autumn.\n";

    private static string SamplesFolder([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "samples", "articles")))
                    return Path.Combine(dir.FullName, "samples", "articles");
            }
        }
        throw new DirectoryNotFoundException("samples/articles not found above the test source or output folder");
    }

    private static (List<(string Doc, StorySignature Signature)> Signatures, List<Fact> Facts) ExtractAll(IEnumerable<SourceDocument> documents)
    {
        var signatures = new List<(string, StorySignature)>();
        var facts = new List<Fact>();
        foreach (var doc in documents)
        {
            var result = ExtractionPipeline.Default.Extract(doc);
            signatures.Add((doc.Name, StorySignature.Of(result.Context)));
            facts.AddRange(result.Facts);
        }
        return (signatures, facts);
    }

    private static IEnumerable<SourceDocument> Samples()
    {
        foreach (var read in DocumentReader.ReadAll([SamplesFolder()]))
            yield return read.Document ?? throw new InvalidOperationException(read.Error!.ToString());
        yield return new SourceDocument("other_yaroslavl_a.txt", OtherYaroslavlStoryA);
        yield return new SourceDocument("other_yaroslavl_b.txt", OtherYaroslavlStoryB);
    }

    [Fact]
    public void Three_outlets_copies_group_into_one_story_and_every_other_article_stands_alone()
    {
        var (signatures, _) = ExtractAll(Samples());
        var stories = StoryGrouping.Group(signatures);
        var multi = Assert.Single(stories, s => s.Documents.Count > 1);
        Assert.Equal(Duplicates, multi.Documents);
        Assert.Equal("en_dup_a_yaroslavl.txt", multi.Id);
        Assert.Equal(signatures.Count - 2, stories.Count);
    }

    [Fact]
    public void Similarity_is_well_above_the_threshold_for_reprints_and_well_below_for_other_stories_of_the_region()
    {
        var (signatures, _) = ExtractAll(Samples());
        var sig = signatures.ToDictionary(s => s.Doc, s => s.Signature);
        foreach (var a in Duplicates)
        {
            foreach (var b in Duplicates.Where(b => b != a))
                Assert.True(sig[a].Similarity(sig[b]) >= 0.4, $"{a} ~ {b}: {sig[a].Similarity(sig[b]):0.00}");
            Assert.True(sig[a].Similarity(sig["other_yaroslavl_a.txt"]) < 0.15);
            Assert.True(sig[a].Similarity(sig["other_yaroslavl_b.txt"]) < 0.15);
        }
        Assert.True(sig["other_yaroslavl_a.txt"].Similarity(sig["other_yaroslavl_b.txt"]) < 0.15);
    }

    [Fact]
    public void Facts_of_a_story_appear_once_with_all_their_sources()
    {
        var (signatures, facts) = ExtractAll(Samples());
        var merged = StoryGrouping.MergeByStory(signatures, facts);
        var yaroslavl = merged.Where(f => Duplicates.Contains(f.Doc)).ToList();
        Assert.Equal(yaroslavl.Count, yaroslavl.Select(f => $"{f.Type}|{f.Key}").Distinct().Count());
        var trade2022 = Assert.Single(yaroslavl.OfType<TradeFact>(), t => t.Flow == TradeFlow.Turnover && t.Value.Amount == 624_300_000m);
        Assert.Equal(Duplicates, trade2022.Sources);
        var meeting = Assert.Single(yaroslavl.OfType<MeetingFact>());
        Assert.Equal(Duplicates, meeting.Sources);
        // the other stories about Yaroslavl Oblast keep their own facts, with themselves as the only source
        Assert.Contains(merged.OfType<TradeFact>(), t => t.Doc == "other_yaroslavl_b.txt" && t.Value.Amount == 640_000_000m && t.Sources.SequenceEqual(["other_yaroslavl_b.txt"]));
        // and nothing is lost: every fact key of every document is still there
        Assert.Equal(
            facts.Select(f => $"{f.Type}|{f.Key}|{StoryOf(f.Doc)}").Distinct().Count(),
            merged.Count);

        static string StoryOf(string doc) => Duplicates.Contains(doc) ? "yaroslavl" : doc;
    }

    [Fact]
    public void Sources_are_written_to_the_json_lines()
    {
        var (signatures, facts) = ExtractAll(Samples());
        var merged = StoryGrouping.MergeByStory(signatures, facts).Where(f => Duplicates.Contains(f.Doc)).ToList();
        using var ms = new MemoryStream();
        FactJson.WriteLines(ms, merged);
        var json = Encoding.UTF8.GetString(ms.ToArray());
        Assert.Contains("\"sources\":[\"en_dup_a_yaroslavl.txt\",\"en_dup_b_yaroslavl.txt\",\"en_dup_c_yaroslavl.html\"]", json);
    }

    [Fact]
    public void Signatures_are_stable_across_processes_and_round_trip()
    {
        var a = StorySignature.Of(OtherYaroslavlStoryA);
        var b = StorySignature.FromValues(a.Values, a.Shingles);
        Assert.Equal(1.0, a.Similarity(b));
        // a fixed value: string.GetHashCode would differ from run to run and break stored signatures
        Assert.Equal(StorySignature.Of("Trade between Belarus and Yaroslavl Oblast grew").Values[0], StorySignature.Of("trade  between belarus, and YAROSLAVL oblast grew!").Values[0]);
        Assert.Equal(0, StorySignature.Of("too short").Similarity(StorySignature.Of("too short")));
    }

    [Fact]
    public void The_signature_of_a_document_is_that_of_its_kept_paragraphs_and_stores_as_bytes()
    {
        var path = Path.Combine(SamplesFolder(), "en_dup_a_yaroslavl.txt");
        var context = ExtractionPipeline.Default.Extract(new SourceDocument("a.txt", File.ReadAllText(path))).Context;
        var kept = string.Join("\n", context.KeptParagraphs.Select(p => context.Text.Substring(p.Span.Start, p.Span.Length)));
        Assert.NotEqual(kept.Length, context.Text.Length);

        var signature = StorySignature.Of(context);

        Assert.Equal(StorySignature.Of(kept).Values.ToArray(), signature.Values.ToArray());
        Assert.Equal(signature.Values.ToArray(), StorySignature.FromBytes(signature.ToBytes()).Values.ToArray());
        Assert.Equal(StorySignature.Bands, signature.BandKeys().Distinct().Count());
        Assert.Empty(StorySignature.Of("too short").BandKeys());
    }

    [Fact]
    public void A_text_repeated_many_times_has_the_signature_of_one_copy()
    {
        var one = StorySignature.Of(OtherYaroslavlStoryA);
        var many = StorySignature.Of(string.Concat(Enumerable.Repeat(OtherYaroslavlStoryA + "\n", 2000)));

        // The shingles that span two copies are the only new ones: the estimate stays close to 1.
        Assert.True(one.Similarity(many) > 0.85, $"{one.Similarity(many)}");
    }

    [Fact]
    public void Banding_finds_every_pair_above_the_threshold_in_a_larger_corpus()
    {
        // 300 distinct generated texts, each with a light rewrite: 300 stories of two
        var random = new Random(7);
        string[] words = ["trade", "Belarus", "oblast", "million", "exports", "tractors", "governor", "plant", "grew", "supplies", "buses", "elevators", "meeting", "agreement", "region", "dairy", "timber", "engines", "visit", "minister"];
        var docs = new List<(string, StorySignature)>();
        for (var i = 0; i < 300; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 120).Select(_ => words[random.Next(words.Length)] + random.Next(50)));
            var rewrite = string.Join(' ', text.Split(' ').Select(w => random.Next(25) == 0 ? "changed" : w));
            docs.Add(($"d{i}", StorySignature.Of(text)));
            docs.Add(($"d{i}r", StorySignature.Of(rewrite)));
        }
        var stories = StoryGrouping.Group(docs);
        var sig = docs.ToDictionary(d => d.Item1, d => d.Item2);
        Assert.True(300 == stories.Count, string.Join("; ", stories.Where(s => s.Documents.Count != 2).Select(s => $"{string.Join(",", s.Documents)} {(sig.TryGetValue(s.Id + "r", out var r) ? sig[s.Id].Similarity(r) : -1):0.00} shingles {sig[s.Id].Shingles}")));
        Assert.All(stories, s => Assert.Equal([s.Id, s.Id + "r"], s.Documents));
    }
}
