using System.Globalization;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Interregio.Benchmarks;

/// <summary>
/// MB/s (10^6 UTF-8 bytes per second) of one operation: the article for extract, one average sentence of the list
/// for a recogniser. Computed from the parameters, so it works in or out of process.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => "Interregio.MBps";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "UTF-8 megabytes (10^6 bytes) of input per second of Mean";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var meanNs = report?.ResultStatistics?.Mean;
        var bytes = BytesPerOperation(benchmarkCase);
        if (meanNs is not > 0 || bytes <= 0)
            return "-";
        return (bytes / meanNs.Value * 1e3).ToString("0.00", CultureInfo.InvariantCulture);
    }

    private static double BytesPerOperation(BenchmarkCase c)
    {
        var language = c.Parameters["Language"] as string ?? "en";
        if (c.Descriptor.Type == typeof(ExtractBenchmarks))
            return Encoding.UTF8.GetByteCount(BenchDocuments.Article(language));
        if (c.Descriptor.Type == typeof(RecogniserBenchmarks) && c.Parameters["Recogniser"] is string r)
            return RecogniserBenchmarks.Sentences(r, language).Sum(s => Encoding.UTF8.GetByteCount(s) + 1) / (double)RecogniserBenchmarks.SentencesPerList;
        return 0;
    }
}
