using System.Diagnostics;

namespace QipTracker.Bench.Circuits;

/// <summary>The app process's memory after a full, compacting collection: the managed heap and the working set, in MB.</summary>
public sealed record ServerMemory(double HeapMb, double WorkingSetMb)
{
    private const double Mb = 1024.0 * 1024.0;

    /// <summary>
    /// Collects everything collectable first (aggressive mode also returns freed memory to the OS, so the working set
    /// shows what is still held), then reads the heap and the working set.
    /// </summary>
    public static ServerMemory AfterFullGc()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return new ServerMemory(GC.GetTotalMemory(forceFullCollection: false) / Mb, process.WorkingSet64 / Mb);
    }
}
