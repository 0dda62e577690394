using QipTracker.Bench.Load;

namespace QipTracker.Bench.Circuits;

/// <summary>
/// One number of simulated users: the server's memory before they came (<see cref="Before"/>), while they held their
/// pages open (<see cref="Open"/>, after their clicking) and after they left and their circuits ended
/// (<see cref="After"/>); the peak working set while they clicked; each click's round trip; what failed.
/// </summary>
/// <param name="ClickMs">Every click's round trip, sorted.</param>
/// <param name="CircuitsOpen">Circuits the server held while the users were there (one each, unless a reload made another).</param>
/// <param name="CircuitsLeft">Circuits still open when <see cref="After"/> was read (0: every one ended).</param>
/// <param name="ServerCpuMsPerClick">The app process's CPU time while the users clicked, over the clicks.</param>
/// <param name="LoadAverage">The machine's one-minute load average when they stopped (the browser, and anything else
/// running, share the cores with the app); NaN where the OS does not say.</param>
public sealed record CircuitCell(int Users, string Mix, ServerMemory Before, ServerMemory Open, ServerMemory After, double PeakWorkingSetMb,
    IReadOnlyList<double> ClickMs, IReadOnlyList<string> Failures, int CircuitsOpen, int CircuitsLeft, double ServerCpuMsPerClick,
    double LoadAverage = double.NaN)
{
    public double ClickP50 => Percentiles.Of(ClickMs, 50);
    public double ClickP95 => Percentiles.Of(ClickMs, 95);

    /// <summary>What the users added to the managed heap, each.</summary>
    public double HeapPerCircuitMb => (Open.HeapMb - Before.HeapMb) / Users;

    public double WorkingSetPerCircuitMb => (Open.WorkingSetMb - Before.WorkingSetMb) / Users;

    /// <summary>The one-minute load average now (Linux's /proc/loadavg), or NaN.</summary>
    public static double LoadAverageNow()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return double.NaN;
        }
    }
}
