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
