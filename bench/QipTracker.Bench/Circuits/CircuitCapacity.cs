using QipTracker.Bench.Report;

namespace QipTracker.Bench.Circuits;

/// <summary>
/// What the circuits figures say about one app node, derived from the measured cells only: the memory a circuit holds
/// (the slope of the heap's growth over the number of users), how many circuits a memory budget holds, how many users
/// the node's cores serve at the measured CPU per click and pace, up to which number of users the click p95 stayed
/// under its target with nothing failing, and whether memory went back to its baseline when the users left.
/// </summary>
/// <param name="PerCircuitMb">The slope of the heap's growth over the users, over the numbers of users where nothing failed
/// (over all of them if something failed everywhere).</param>
/// <param name="ByMemory">Circuits the memory budget holds; null when the heap did not grow with the users.</param>
/// <param name="ByCpu">Users whose clicks keep the cores at the CPU target, at the CPU per click of the most users with no
/// failure; null without a click.</param>
/// <param name="HeldTo">The most users measured with click p95 under target and no failure, every fewer number holding too; null if none.</param>
/// <param name="Circuits">The node's capacity: the lower of memory and CPU when the largest number measured held (the most
/// measured when neither bounds it); else <see cref="HeldTo"/>.</param>
/// <param name="LeftMb">Heap still held after the most users left, over its baseline.</param>
/// <param name="AddedMb">Heap the most users added while they were there.</param>
public sealed record CircuitCapacity(double PerCircuitMb, int? ByMemory, int? ByCpu, int? HeldTo, int Circuits, int MostUsers, double LeftMb, double AddedMb, int CircuitsLeft)
{
    public bool LatencyHeld => HeldTo == MostUsers;

    /// <summary>Memory came back: what is left is a small share of what the users added, and no circuit is left open.</summary>
    public bool NoLeak => CircuitsLeft == 0 && LeftMb <= Targets.CircuitLeakShare * Math.Max(AddedMb, 0);

    public static CircuitCapacity Of(IReadOnlyList<CircuitCell> cells, int cores, double clickEverySeconds)
    {
        var ordered = cells.OrderBy(c => c.Users).ToList();
        var most = ordered[^1];
        // Memory is read where every circuit held: a dropped circuit's state is freed or rebuilt, so its memory is not a circuit's.
        var held = ordered.Where(c => c.Failures.Count == 0).ToList();
        var perCircuit = Slope((held.Count > 0 ? held : ordered).Select(c => ((double)c.Users, c.Open.HeapMb - c.Before.HeapMb)).ToList());
        int? byMemory = perCircuit > 0 ? (int)Math.Floor(Targets.CircuitMemoryBudgetMb / perCircuit) : null;
        // A click's CPU from the most users whose clicks all came back (a timed-out click spends CPU but is not counted);
        // a user makes one click every clickEverySeconds: CPU per click ÷ pace of each core's second.
        var costed = ordered.LastOrDefault(c => c.Failures.Count == 0 && c.ClickMs.Count > 0) ?? most;
        int? byCpu = costed.ClickMs.Count > 0 && costed.ServerCpuMsPerClick > 0
            ? (int)Math.Floor(cores * 1_000 * Targets.CircuitCpuShare / (costed.ServerCpuMsPerClick / clickEverySeconds))
            : null;
        int? heldTo = null;
        foreach (var cell in ordered)
        {
            if (cell.ClickMs.Count == 0 || cell.Failures.Count > 0 || cell.ClickP95 >= Targets.ClickP95Ms) break;
            heldTo = cell.Users;
        }
        var circuits = heldTo != most.Users ? heldTo ?? 0
            : byMemory is null && byCpu is null ? most.Users
            : Math.Min(byMemory ?? int.MaxValue, byCpu ?? int.MaxValue);
        return new CircuitCapacity(perCircuit, byMemory, byCpu, heldTo, circuits, most.Users,
            most.After.HeapMb - most.Before.HeapMb, most.Open.HeapMb - most.Before.HeapMb, most.CircuitsLeft);
    }

    /// <summary>Least-squares slope of y over x (one point: through the origin).</summary>
    public static double Slope(IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count == 1) return points[0].Y / points[0].X;
        var (mx, my) = (points.Average(p => p.X), points.Average(p => p.Y));
        var sxx = points.Sum(p => (p.X - mx) * (p.X - mx));
        return sxx == 0 ? my / mx : points.Sum(p => (p.X - mx) * (p.Y - my)) / sxx;
    }
}
