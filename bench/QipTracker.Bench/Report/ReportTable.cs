using System.Globalization;
using System.Text;
using QipTracker.Bench.Circuits;
using QipTracker.Bench.Figures;
using QipTracker.Bench.Load;
using QipTracker.Bench.Scenarios;

namespace QipTracker.Bench.Report;

/// <summary>
/// The one table the bench prints, in Markdown (so it pastes into RESULTS.md): a row per request with
/// p50 / p95 / p99 ms and requests per second at each number of clients and its SQL round trips, then the
/// aggregates against raw SQL, the one-off durations and memory — each next to its target, met or not. The Blazor
/// circuits' figures follow in a table of their own (a row per number of users), summed up in the main one.
/// </summary>
public sealed class ReportTable(IReadOnlyList<int> clients, bool onPostgres)
{
    private sealed record Row(string Figure, IReadOnlyList<string> Values, string Sql, string Target, string Met);

    private readonly List<Row> _rows = [];
    private IReadOnlyList<CircuitCell> _circuits = [];

    public bool AnyFailed { get; private set; }

    public void Add(Scenario scenario, IReadOnlyList<CellResult> cells)
    {
        var error = cells.FirstOrDefault(c => c.Error is not null)?.Error;
        var values = cells.Select(c => c.Error is not null ? "failed" : string.Create(CultureInfo.InvariantCulture,
            $"{c.P50:F0} / {c.P95:F0} / {c.P99:F0} · {c.PerSecond.ToString(c.PerSecond < 10 ? "F1" : "F0", CultureInfo.InvariantCulture)}/s")).ToList();
        var trips = cells.Where(c => c.Error is null).Select(c => c.RoundTrips).DefaultIfEmpty(double.NaN).Max();
        if (error is not null)
        {
            AnyFailed = true;
            _rows.Add(new(scenario.Name, values, "—", "", $"failed: {error}"));
            return;
        }
        var at = cells.LastOrDefault(c => c.Clients == Targets.Clients) ?? cells[^1];
        var p95Target = scenario.Write ? Targets.WriteP95Ms : Targets.ReadP95Ms;
        var target = $"p95 < {p95Target:F0} ms at {at.Clients}; ≤ {Targets.RoundTrips} SQL";
        var misses = new List<string>();
        if (at.P95 >= p95Target) misses.Add("p95");
        if (trips > Targets.RoundTrips) misses.Add("SQL");
        if (scenario.Name == ScenarioCatalog.StatusUpdate)
        {
            var perSecond = onPostgres ? Targets.StatusUpdatesPerSecondPostgres : Targets.StatusUpdatesPerSecondSqlite;
            target += $"; ≥ {perSecond:F0}/s";
            if (at.PerSecond < perSecond) misses.Add("req/s");
        }
        _rows.Add(new(scenario.Name, values, trips.ToString("F0", CultureInfo.InvariantCulture), target, Met(misses)));
    }

    public void Add(RawSqlComparison.Ratio ratio) =>
        AddFigure($"{ratio.Name}: app ÷ raw SQL", string.Create(CultureInfo.InvariantCulture, $"{ratio.Times:F1} ({ratio.AppMs:F1} ÷ {ratio.SqlMs:F1} ms)"),
            $"≤ {Targets.AppOverRawSql:F0}", ratio.Times <= Targets.AppOverRawSql);

    /// <summary>A one-off duration against its bound: met when under it, shown in seconds from one second up.</summary>
    public void Add(Durations.Figure figure, double underMs) =>
        Add(figure, underMs >= 1_000 ? $"< {underMs / 1_000:F0} s" : $"< {underMs:F0} ms", figure.Milliseconds < underMs);

    public void Add(Durations.Figure figure, string target = "", bool? met = null) =>
        AddFigure(figure.Name, string.Create(CultureInfo.InvariantCulture, $"{figure.Milliseconds:N0} ms{(figure.Note is null ? "" : $" ({figure.Note})")}"), target, met);

    public void AddFigure(string name, string value, string target, bool? met)
    {
        _rows.Add(new(name, [value, .. clients.Skip(1).Select(_ => "")], "", target, met is null ? "" : Met(met.Value ? [] : ["no"])));
    }

    /// <summary>The circuits' own table, and its summary in the main one: click latency, memory per circuit, the leak check, the per-node capacity.</summary>
    public void Add(IReadOnlyList<CircuitCell> cells, CircuitCapacity capacity, double clickEverySeconds)
    {
        _circuits = cells;
        var most = cells.MaxBy(c => c.Users)!;
        string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
        AddFigure(F($"Blazor circuits: clicks at {most.Users} users, one click each every {clickEverySeconds:0.#} s"),
            F($"{most.ClickP50:F0} / {most.ClickP95:F0} ms p50 / p95 ({most.ClickMs.Count} clicks, {most.Failures.Count} failures)"),
            $"p95 < {Targets.ClickP95Ms:F0} ms, no failure", most.Failures.Count == 0 && most.ClickP95 < Targets.ClickP95Ms);
        AddFigure("Blazor circuits: memory per circuit (slope of the heap over the users)",
            F($"{capacity.PerCircuitMb:F2} MB managed heap (working set at {most.Users} users: {most.WorkingSetPerCircuitMb:F2} MB a user)"), "", null);
        AddFigure($"Blazor circuits: heap after the {most.Users} users left",
            F($"{capacity.LeftMb:F1} MB over the baseline (they had added {capacity.AddedMb:F1} MB; {capacity.CircuitsLeft} circuits left)"),
            $"≤ {Targets.CircuitLeakShare:P0} of what they added", capacity.NoLeak);
        AddFigure("Blazor circuits: per-node capacity", F($"{capacity.Circuits} circuits ({Explain(capacity, clickEverySeconds)})"), "", null);
    }

    private static string Explain(CircuitCapacity c, double every)
    {
        string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
        var memory = c.ByMemory is { } m ? F($"memory: {Targets.CircuitMemoryBudgetMb:F0} MB ÷ {c.PerCircuitMb:F2} MB = {m}") : "memory: no growth measured";
        var cpu = c.ByCpu is { } u ? F($"CPU: {u} users at one click per {every:0.#} s with {Targets.CircuitCpuShare:P0} of the cores") : "CPU: no clicks";
        var latency = c.LatencyHeld ? F($"click p95 < {Targets.ClickP95Ms:F0} ms held to {c.MostUsers}, the most measured")
            : c.HeldTo is { } h ? F($"click p95 < {Targets.ClickP95Ms:F0} ms held only to {h} users") : F($"click p95 < {Targets.ClickP95Ms:F0} ms not held even at the fewest users");
        return $"{memory}; {cpu}; {latency}";
    }

    public void AddFailure(string name, Exception e)
    {
        AnyFailed = true;
        _rows.Add(new(name, clients.Select(_ => "failed").ToList(), "", "", $"failed: {e.GetType().Name}: {e.Message}"));
    }

    public string Render()
    {
        var header = new List<string> { "figure" };
        header.AddRange(clients.Select((c, i) => i == 0 ? $"{c} client{(c == 1 ? "" : "s")} · or value" : $"{c} clients"));
        header.AddRange(["SQL/req", "target", "met"]);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"| {string.Join(" | ", header)} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"|{string.Concat(header.Select(_ => "---|"))}");
        foreach (var row in _rows)
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {string.Join(" | ", [row.Figure, .. row.Values, row.Sql, row.Target, row.Met])} |");
        sb.AppendLine();
        sb.AppendLine("Cells: p50 / p95 / p99 ms · requests per second (a page's row times all the requests it sends on opening).");
        if (_circuits.Count > 0) RenderCircuits(sb);
        return sb.ToString();
    }

    private void RenderCircuits(StringBuilder sb)
    {
        sb.AppendLine();
        sb.AppendLine("| users | pages held | heap MB: before → open → after | working set MB: before → open → after (peak) | MB a circuit: heap / working set | clicks p50 / p95 ms (clicks) | server CPU ms a click | load average | circuits open → left | failures |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var c in _circuits)
        {
            var failures = c.Failures.Count == 0 ? "0" : $"{c.Failures.Count}: {string.Join("; ", c.Failures.Distinct().Take(3))}";
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {c.Users} | {c.Mix} | {c.Before.HeapMb:F0} → {c.Open.HeapMb:F0} → {c.After.HeapMb:F0} | {c.Before.WorkingSetMb:F0} → {c.Open.WorkingSetMb:F0} → {c.After.WorkingSetMb:F0} ({c.PeakWorkingSetMb:F0}) | {c.HeapPerCircuitMb:F2} / {c.WorkingSetPerCircuitMb:F2} | {c.ClickP50:F0} / {c.ClickP95:F0} ({c.ClickMs.Count}) | {c.ServerCpuMsPerClick:F1} | {c.LoadAverage:F1} | {c.CircuitsOpen} → {c.CircuitsLeft} | {failures} |");
        }
        sb.AppendLine();
        sb.AppendLine("Memory after a full, compacting GC of the app's process: before the users came, while they held their pages open (after clicking), after they left and the server ended their circuits.");
    }

    private static string Met(IReadOnlyList<string> misses) => misses.Count == 0 ? "yes" : misses.Count == 1 && misses[0] == "no" ? "no" : $"no ({string.Join(", ", misses)})";
}
