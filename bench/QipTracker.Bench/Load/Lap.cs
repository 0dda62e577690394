using System.Diagnostics;

namespace QipTracker.Bench.Load;

/// <summary>
/// Times the part of a client's turn the user waits for, and counts its SQL round trips. What a client does
/// before it (reading the versions a write needs) is not timed.
/// </summary>
public sealed class Lap
{
    public double Milliseconds { get; private set; }
    public int RoundTrips { get; private set; }

    public async Task Time(Func<Task> work)
    {
        var tally = RoundTripCounter.Count();
        var stopwatch = Stopwatch.StartNew();
        await work();
        Milliseconds += stopwatch.Elapsed.TotalMilliseconds;
        RoundTrips += tally.Commands;
    }

    public async Task<T> Time<T>(Func<Task<T>> work)
    {
        var result = default(T)!;
        await Time(async () => { result = await work(); });
        return result;
    }
}
