using System.Runtime.InteropServices;

namespace Interregio.Bench.EndToEnd;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID), a system call of well under
/// a microsecond, taken twice per document). The benchmark machine is shared, so wall-clock MB/s moves with other people's builds; CPU
/// seconds on the one extract thread are what "MB/s on one core" means. Workstation non-concurrent GC runs on
/// that thread, so its cost is included. Null where the clock is not available.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
#pragma warning disable SYSLIB1054 // a blittable out struct needs no generated marshalling (and no unsafe code)
    private static extern int ClockGetTime(int clock, out Timespec value);
#pragma warning restore SYSLIB1054

    public static bool IsAvailable { get; } = Probe();

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux())
            return false;
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Nanoseconds of CPU this thread has used, or 0 when unavailable.</summary>
    public static long Now()
    {
        if (!IsAvailable)
            return 0;
        ClockGetTime(ClockThreadCpuTimeId, out var t);
        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }
}
