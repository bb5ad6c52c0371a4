using System.Text;
using System.Text.Json;
using Interregio.Gazetteers;

namespace Interregio.Bench.EndToEnd;

/// <summary>What a generated corpus holds, written beside it so a later run can reuse it instead of regenerating.</summary>
internal sealed record CorpusManifest(int GeneratorVersion, int Seed, long TargetBytes, LanguagePart English, LanguagePart Russian)
{
    public long Bytes => English.Bytes + Russian.Bytes;

    public int Documents => English.Documents + Russian.Documents;
}

internal sealed record LanguagePart(string Folder, int Documents, long Bytes);

/// <summary>
/// Writes a reproducible corpus (fixed seed) of English and Russian template articles into
/// <c>CORPUS/en</c> and <c>CORPUS/ru</c>, about half the bytes each, plus <c>manifest.json</c>.
/// </summary>
internal static class CorpusGenerator
{
    /// <summary>Bump when the templates change, so stale corpora are regenerated.</summary>
    public const int Version = 1;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static CorpusManifest? ReadManifest(string corpus)
    {
        var path = Path.Combine(corpus, "manifest.json");
        return File.Exists(path) ? JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(path)) : null;
    }

    public static CorpusManifest EnsureCorpus(string corpus, long targetBytes, int seed, TextWriter log)
    {
        var existing = ReadManifest(corpus);
        if (existing is not null && existing.GeneratorVersion == Version && existing.Seed == seed && existing.TargetBytes == targetBytes)
        {
            log.WriteLine($"corpus: reusing {corpus} ({existing.Documents} documents, {existing.Bytes / 1e6:0.0} MB)");
            return existing;
        }
        return Generate(corpus, targetBytes, seed, log);
    }

    public static CorpusManifest Generate(string corpus, long targetBytes, int seed, TextWriter log)
    {
        var regions = RegionGazetteer.Default.Regions;
        var partners = regions.Where(r => r.Code.Code.StartsWith("RU-", StringComparison.Ordinal)).ToList();
        var oblasts = regions.Where(r => r.Code.Code.StartsWith("BY-", StringComparison.Ordinal) && r.Kind == "oblast").ToList();
        var partnersRu = partners.Select(RussianForms.Decline).OfType<RussianRegionForms>().ToList();
        var oblastsRu = oblasts.Select(RussianForms.Decline).OfType<RussianRegionForms>().ToList();
        if (partners.Count == 0 || oblasts.Count == 0 || partnersRu.Count == 0 || oblastsRu.Count == 0)
            throw new InvalidOperationException("the region gazetteer has no Russian regions or Belarusian oblasts to write about");

        foreach (var sub in new[] { "en", "ru" })
        {
            var dir = Path.Combine(corpus, sub);
            if (Directory.Exists(dir))
                Directory.Delete(dir, recursive: true);
            Directory.CreateDirectory(dir);
        }
        var manifestPath = Path.Combine(corpus, "manifest.json");
        if (File.Exists(manifestPath))
            File.Delete(manifestPath);

        var rng = new Random(seed);
        var en = WritePart(Path.Combine(corpus, "en"), "en", targetBytes / 2, new EnglishArticleWriter(new Random(rng.Next()), partners, oblasts));
        var ru = WritePart(Path.Combine(corpus, "ru"), "ru", targetBytes - en.Bytes, new RussianArticleWriter(new Random(rng.Next()), partnersRu, oblastsRu));
        var manifest = new CorpusManifest(Version, seed, targetBytes, en, ru);
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(manifest, Json));
        log.WriteLine($"corpus: generated {manifest.Documents} documents, {manifest.Bytes / 1e6:0.0} MB in {corpus} " +
            $"(en {en.Documents} docs {en.Bytes / 1e6:0.0} MB from {partners.Count} regions; ru {ru.Documents} docs {ru.Bytes / 1e6:0.0} MB from {partnersRu.Count} regions)");
        return manifest;
    }

    private static LanguagePart WritePart(string dir, string prefix, long targetBytes, ArticleWriter writer)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long bytes = 0;
        var n = 0;
        while (bytes < targetBytes)
        {
            var text = writer.Write(n);
            var data = utf8.GetBytes(text);
            n++;
            File.WriteAllBytes(Path.Combine(dir, $"{prefix}_{n:000000}.txt"), data);
            bytes += data.Length;
        }
        return new LanguagePart(Path.GetFileName(dir), n, bytes);
    }

    /// <summary>The corpus files of one language in a stable order.</summary>
    public static string[] Files(string corpus, string language)
    {
        var files = Directory.GetFiles(Path.Combine(corpus, language), "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }
}
