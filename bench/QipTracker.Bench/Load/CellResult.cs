namespace QipTracker.Bench.Load;

/// <summary>One scenario at one number of concurrent clients: latency percentiles (ms), requests per second and SQL round trips per request.</summary>
public sealed record CellResult(int Clients, double P50, double P95, double P99, double PerSecond, double RoundTrips, string? Error = null)
{
    public static CellResult Failed(int clients, string error) => new(clients, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, error);
}
