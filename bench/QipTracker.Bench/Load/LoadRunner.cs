using System.Diagnostics;

namespace QipTracker.Bench.Load;

/// <summary>
/// Runs one scenario with N concurrent clients: each client loops on its own turn until the cell has its number of
/// requests or its time is up (every client finishes at least one turn). Throughput is timed requests over the
/// cell's wall time.
/// </summary>
/// <param name="requestsPerClient">Turns wanted per client (the cell stops earlier when <paramref name="budget"/> runs out).</param>
public sealed class LoadRunner(TimeSpan budget, int requestsPerClient, int minimumRequests)
{
    public async Task<CellResult> RunAsync(int clients, Func<int, Lap, Task> turn)
    {
        var target = Math.Max(minimumRequests, clients * requestsPerClient);
        var times = new List<double>();
        var trips = new List<double>();
        var started = 0;
        var wall = Stopwatch.StartNew();
        string? error = null;
        async Task Client(int client)
        {
            for (var n = 0; ; n++)
            {
                if (n > 0 && (wall.Elapsed > budget || error is not null)) return;
                if (Interlocked.Increment(ref started) > target && n > 0) return;
                var lap = new Lap();
                try
                {
                    await turn(client, lap);
                }
                catch (Exception e)
                {
                    error ??= $"{e.GetType().Name}: {e.Message}";
                    return;
                }
                lock (times)
                {
                    times.Add(lap.Milliseconds);
                    trips.Add(lap.RoundTrips);
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(() => Client(c))));
        var elapsed = wall.Elapsed.TotalSeconds;
        if (error is not null) return CellResult.Failed(clients, error);
        times.Sort();
        return new CellResult(clients, Percentiles.Of(times, 50), Percentiles.Of(times, 95), Percentiles.Of(times, 99),
            times.Count / elapsed, Percentiles.Median(trips));
    }
}
