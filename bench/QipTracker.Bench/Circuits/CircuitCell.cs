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
public sealed record CircuitCell(int Users, string Mix, ServerMemory Before, ServerMemory Open, ServerMemory After, double PeakWorkingSetMb,
    IReadOnlyList<double> ClickMs, IReadOnlyList<string> Failures, int CircuitsOpen, int CircuitsLeft, double ServerCpuMsPerClick)
{
    public double ClickP50 => Percentiles.Of(ClickMs, 50);
    public double ClickP95 => Percentiles.Of(ClickMs, 95);

    /// <summary>What the users added to the managed heap, each.</summary>
    public double HeapPerCircuitMb => (Open.HeapMb - Before.HeapMb) / Users;

    public double WorkingSetPerCircuitMb => (Open.WorkingSetMb - Before.WorkingSetMb) / Users;
}
