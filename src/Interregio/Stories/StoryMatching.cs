namespace Interregio.Stories;

/// <summary>A stored document that shares at least one band key with a new one: its story and its signature.</summary>
public readonly record struct StoryCandidate(long StoryId, StorySignature Signature);

/// <summary>
/// How a store puts a new document into a story, one document at a time: the documents that share a band key with
/// it (<see cref="StorySignature.BandKeys"/>, looked up in the store's story_bands table) are candidates; the one
/// whose whole signature is most similar, at <see cref="StoryGrouping.SameStoryThreshold"/> or above, gives its
/// story; else the document starts a story of its own.
/// </summary>
/// <remarks>
/// Unlike <see cref="StoryGrouping.Group"/>, a document that resembles two stored stories joins the closer one and
/// does not merge them: a write never moves other documents between stories, so a fact's sources change only when
/// a copy of its own story is added, replaced or removed.
/// </remarks>
public static class StoryMatching
{
    /// <summary>
    /// Candidates checked per document, those sharing the most bands first: a band key that thousands of documents
    /// share is a stock phrase, not a reprint, and checking its first documents is enough.
    /// </summary>
    public const int MaxCandidates = 64;

    /// <summary>
    /// Documents read per band key. Template furniture (a menu, a ticker) puts hundreds of documents under one key;
    /// reading them all made each lookup grow with the corpus (measured: 7,800 documents in, one key held 852).
    /// A real copy shares many keys with the new document, most of them rare, so it is found within these.
    /// </summary>
    public const int MaxPerBandKey = 16;

    /// <summary>The candidates most worth checking: the documents sharing the most band keys, at most <see cref="MaxCandidates"/>.</summary>
    public static IReadOnlyList<long> MostShared(IEnumerable<long> documentIdsPerKey)
    {
        var counts = new Dictionary<long, int>();
        foreach (var id in documentIdsPerKey)
            counts[id] = counts.GetValueOrDefault(id) + 1;
        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(MaxCandidates).Select(c => c.Key)];
    }

    /// <summary>The story of the most similar candidate at the threshold or above (ties: the older story), or null.</summary>
    public static long? BestStory(StorySignature signature, IEnumerable<StoryCandidate> candidates, double threshold = StoryGrouping.SameStoryThreshold)
    {
        ArgumentNullException.ThrowIfNull(signature);
        long? best = null;
        var bestSimilarity = -1.0;
        foreach (var c in candidates)
        {
            var similarity = signature.Similarity(c.Signature);
            if (similarity < threshold)
                continue;
            if (similarity > bestSimilarity || (similarity == bestSimilarity && c.StoryId < best))
            {
                best = c.StoryId;
                bestSimilarity = similarity;
            }
        }
        return best;
    }
}
