using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Interregio.Bench.EndToEnd;

/// <summary>
/// One timed pass of one tool over one language of the corpus (for extract: the fastest of its passes, each listed
/// in <see cref="PassCpuSeconds"/>). Every measurement runs in its own process, so
/// <see cref="PeakWorkingSetBytes"/> is that tool's own peak. <see cref="Bytes"/> are UTF-8 bytes as stored on disk
/// (a Cyrillic letter is two), and MB means 10^6 bytes.
/// </summary>
internal sealed record Measurement
{
    public required string Tool { get; init; }
    public required string Language { get; init; }
    public int Documents { get; init; }
    public long Bytes { get; init; }
    /// <summary>Time inside the measured call only (extract, regex count, library parse).</summary>
    public double Seconds { get; init; }
    /// <summary>CPU time of the measuring thread (ours) or process (node) inside the measured call.</summary>
    public double? CpuSeconds { get; init; }
    /// <summary>Reading and decoding the files (ours only): SHA-256, BOM and UTF-8 checks.</summary>
    public double? ReadSeconds { get; init; }
    public long PeakWorkingSetBytes { get; init; }
    public long? AllocatedBytes { get; init; }
    public int? Gen0 { get; init; }
    public int? Gen1 { get; init; }
    public int? Gen2 { get; init; }
    /// <summary>What the tool found: facts for ours, matches for the others.</summary>
    public long Found { get; init; }
    public string FoundLabel { get; init; } = "";
    public string? Note { get; init; }
    /// <summary>Extract's CPU seconds of every timed pass, fastest first (the measurement itself is the fastest).</summary>
    public double[]? PassCpuSeconds { get; init; }

    [JsonIgnore]
    public double MegabytesPerSecond => Seconds > 0 ? Bytes / 1e6 / Seconds : 0;

    [JsonIgnore]
    public double? MegabytesPerCpuSecond => CpuSeconds is > 0 and var c ? Bytes / 1e6 / c : null;

    [JsonIgnore]
    public double DocumentsPerSecond => Seconds > 0 ? Documents / Seconds : 0;

    public const string Prefix = "RESULT ";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToLine() => Prefix + JsonSerializer.Serialize(this, Json);

    public static Measurement? FromLine(string line) =>
        line.StartsWith(Prefix, StringComparison.Ordinal) ? JsonSerializer.Deserialize<Measurement>(line[Prefix.Length..], Json) : null;

    public static long PeakWorkingSet()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64;
    }
}
