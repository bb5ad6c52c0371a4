using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Interregio.Pipeline;
using Interregio.Pipeline.Stages;

namespace Interregio.Bench.EndToEnd;

/// <summary>Time and allocation of one stage (or one recogniser inside the mention stage) over a whole language.</summary>
internal sealed record StageCost(string Stage, double Seconds, long AllocatedBytes, long Calls);

internal sealed record StageProfile(string Language, long Bytes, int Documents, int Sentences, long Facts, string Clock, List<StageCost> Stages)
{
    public const string Prefix = "PROFILE ";

    public string ToLine() => Prefix + JsonSerializer.Serialize(this);

    public static StageProfile? FromLine(string line) =>
        line.StartsWith(Prefix, StringComparison.Ordinal) ? JsonSerializer.Deserialize<StageProfile>(line[Prefix.Length..]) : null;
}

/// <summary>
/// A per-stage breakdown of the default pipeline: it runs the same stages as <see cref="ExtractionPipeline.Extract"/>,
/// in the same order, timing each one on the thread's CPU clock (wall time on a shared machine mostly measures the
/// neighbours), with the bytes each allocates on this thread. Inside the mention stage each recogniser is timed
/// separately (CanMatch included); to keep the clock reads per document rather than per sentence, it runs each
/// recogniser over all the document's sentences before the next one. A recogniser reads only the earlier
/// recognisers' mentions of its own sentence, so the facts come out the same; the fact count in the profile is
/// there to check that against the throughput run.
/// </summary>
internal static class StageProfiler
{
    public static StageProfile Run(string corpus, string language)
    {
        var files = CorpusGenerator.Files(corpus, language);
        var pipeline = ExtractionPipeline.Default;
        ExtractRunner.WarmUp(files, f => pipeline.Extract(ExtractRunner.Read(f)));

        var useCpu = ThreadCpuClock.IsAvailable;
        long Clock() => useCpu ? ThreadCpuClock.Now() : Stopwatch.GetTimestamp();
        var perSecond = useCpu ? 1e9 : Stopwatch.Frequency;
        var costs = new Dictionary<string, (long Ticks, long Alloc, long Calls)>();
        var order = new List<string>();
        void Add(string name, long ticks, long alloc)
        {
            if (!costs.TryGetValue(name, out var c))
                order.Add(name);
            costs[name] = (c.Ticks + ticks, c.Alloc + alloc, c.Calls + 1);
        }

        long bytes = 0, facts = 0;
        var sentences = 0;
        foreach (var f in files)
        {
            var doc = ExtractRunner.Read(f);
            bytes += Encoding.UTF8.GetByteCount(doc.Text);
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            var t0 = Clock();
            var ctx = new DocumentContext(doc, ExtractionOptions.Default);
            Add("(context)", Clock() - t0, GC.GetAllocatedBytesForCurrentThread() - a0);
            foreach (var stage in pipeline.Stages)
            {
                if (stage is MentionStage mentions)
                {
                    foreach (var r in mentions.Recognisers)
                    {
                        var ra = GC.GetAllocatedBytesForCurrentThread();
                        var rt = Clock();
                        foreach (var sentence in ctx.Sentences)
                        {
                            if (r.CanMatch(ctx.Text.AsSpan(sentence.Span.Start, sentence.Span.Length)) && r.IsWanted(ctx, sentence))
                                r.Recognise(ctx, sentence);
                        }
                        Add("MentionStage/" + r.GetType().Name, Clock() - rt, GC.GetAllocatedBytesForCurrentThread() - ra);
                    }
                    continue;
                }
                var sa = GC.GetAllocatedBytesForCurrentThread();
                var st = Clock();
                stage.Run(ctx);
                Add(stage.GetType().Name, Clock() - st, GC.GetAllocatedBytesForCurrentThread() - sa);
            }
            sentences += ctx.Sentences.Count;
            facts += ctx.Facts.Count;
        }
        var list = order.Select(n => new StageCost(n, costs[n].Ticks / perSecond, costs[n].Alloc, costs[n].Calls)).ToList();
        return new StageProfile(language, bytes, files.Length, sentences, facts, useCpu ? "thread CPU time" : "wall time (Stopwatch)", list);
    }
}
