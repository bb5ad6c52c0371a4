using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Interregio.Benchmarks;

// Standard BenchmarkDotNet switches apply; bench/run.sh passes `--job short --inProcess --filter '*'` so a full run
// stays within a few minutes on a shared 2-core machine and builds nothing extra. The MB/s column is added here.
var config = DefaultConfig.Instance
    .AddColumn(new ThroughputColumn())
    .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
BenchmarkSwitcher.FromAssembly(typeof(RecogniserBenchmarks).Assembly).Run(args, config);
