using Interregio.Domain;

namespace Interregio.Stories;

/// <summary>One story: the documents that are copies or light rewrites of one report. <see cref="Id"/> is its first document.</summary>
public sealed record Story(string Id, IReadOnlyList<string> Documents);

/// <summary>
/// Groups documents into stories: two documents are the same story when the estimated Jaccard similarity of their
/// four-word shingles is at least <see cref="SameStoryThreshold"/>, and grouping is transitive (a reprint of a
/// reprint joins the story). Candidate pairs come from locality-sensitive hashing — 64 bands of 2 signature rows;
/// a pair at similarity 0.3 shares a band with probability 0.998 — and each candidate is then checked on the
/// whole signature, so a corpus of many thousand documents is not compared pair by pair.
/// </summary>
public static class StoryGrouping
{
    /// <summary>
    /// Measured on our samples: the three outlets' versions of one story (agency, regional paper, government site,
    /// with a rewritten first line, moved sentences and their own furniture) are at 0.50-0.59 on their whole text;
    /// different stories, including two about the same region with the same stock phrases, stay under 0.1. 0.3
    /// leaves room on both sides for heavier rewriting and for the estimate's error (about 0.04).
    /// </summary>
    public const double SameStoryThreshold = 0.3;

    private const int Bands = StorySignature.Bands;
    private const int Rows = StorySignature.Rows;

    private const int MaxBucketChecks = 64;

    /// <summary>Stories in the order of their first documents; every document is in exactly one story.</summary>
    public static IReadOnlyList<Story> Group(IReadOnlyList<(string Doc, StorySignature Signature)> documents, double threshold = SameStoryThreshold)
    {
        var parent = new int[documents.Count];
        for (var i = 0; i < parent.Length; i++)
            parent[i] = i;

        int Find(int x)
        {
            while (parent[x] != x)
                x = parent[x] = parent[parent[x]];
            return x;
        }

        var checkedPairs = new HashSet<(int, int)>();
        for (var band = 0; band < Bands; band++)
        {
            var buckets = new Dictionary<(ulong, ulong), List<int>>();
            for (var i = 0; i < documents.Count; i++)
            {
                var sig = documents[i].Signature;
                if (sig.Shingles == 0)
                    continue;
                var values = sig.Values;
                var key = (values[band * Rows], values[band * Rows + 1]);
                if (!buckets.TryGetValue(key, out var members))
                    buckets[key] = members = [];
                // a bucket of very many documents is a shingle everyone shares; its first members are enough
                foreach (var j in members.Take(MaxBucketChecks))
                {
                    if (Find(i) == Find(j) || !checkedPairs.Add((j, i)))
                        continue;
                    if (sig.Similarity(documents[j].Signature) >= threshold)
                        parent[Find(i)] = Find(j);
                }
                members.Add(i);
            }
        }

        var groups = new Dictionary<int, List<string>>();
        var order = new List<int>();
        for (var i = 0; i < documents.Count; i++)
        {
            var root = Find(i);
            if (!groups.TryGetValue(root, out var list))
            {
                groups[root] = list = [];
                order.Add(root);
            }
            list.Add(documents[i].Doc);
        }
        return [.. order.Select(r => new Story(groups[r][0], groups[r]))];
    }

    /// <summary>
    /// The facts of a story, each once: facts with the same key (the same figure, meeting, enterprise…) from
    /// different documents are one fact, kept as the first document states it, with <see cref="Fact.Sources"/>
    /// listing every document of the story that states it, in story order.
    /// </summary>
    public static IReadOnlyList<Fact> MergeFacts(Story story, IEnumerable<Fact> facts)
    {
        var rank = story.Documents.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i, StringComparer.Ordinal);
        var merged = new List<(Fact Fact, List<string> Sources)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fact in facts.Where(f => rank.ContainsKey(f.Doc)).OrderBy(f => rank[f.Doc]))
        {
            var key = $"{fact.Type}|{fact.Key}";
            if (byKey.TryGetValue(key, out var at))
            {
                if (!merged[at].Sources.Contains(fact.Doc))
                    merged[at].Sources.Add(fact.Doc);
                continue;
            }
            byKey[key] = merged.Count;
            merged.Add((fact, [.. fact.Sources.Count > 0 ? fact.Sources : [fact.Doc]]));
        }
        return [.. merged.Select(m => m.Fact with { Sources = m.Sources })];
    }

    /// <summary>Groups documents and merges their facts story by story: what `interregio facts` lists.</summary>
    public static IReadOnlyList<Fact> MergeByStory(IReadOnlyList<(string Doc, StorySignature Signature)> documents, IEnumerable<Fact> facts, double threshold = SameStoryThreshold)
    {
        var stories = Group(documents, threshold);
        var storyOf = new Dictionary<string, Story>(StringComparer.Ordinal);
        foreach (var s in stories)
        {
            foreach (var d in s.Documents)
                storyOf[d] = s;
        }
        var all = facts.ToList();
        var result = new List<Fact>();
        foreach (var s in stories)
            result.AddRange(MergeFacts(s, all.Where(f => storyOf.TryGetValue(f.Doc, out var fs) && ReferenceEquals(fs, s))));
        // facts of documents that were not given a signature pass through unchanged
        result.AddRange(all.Where(f => !storyOf.ContainsKey(f.Doc)));
        return result;
    }
}
