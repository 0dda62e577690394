using System.Diagnostics;

namespace QipTracker.Bench.Report;

/// <summary>Samples the process's working set while the load runs: the peak under load, apart from the seeding's.</summary>
public sealed class MemoryWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    public MemoryWatch() => _sampling = Task.Run(SampleAsync);

    public double PeakMb => Interlocked.Read(ref _peak) / 1024.0 / 1024.0;

    /// <summary>The process's own high-water mark (Linux VmHWM), seeding included.</summary>
    public static double ProcessPeakMb
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return process.PeakWorkingSet64 / 1024.0 / 1024.0;
        }
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            do
            {
                using var process = Process.GetCurrentProcess();
                var now = process.WorkingSet64;
                if (now > Interlocked.Read(ref _peak)) Interlocked.Exchange(ref _peak, now);
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }
}
