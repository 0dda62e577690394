using System.Globalization;
using System.Text;
using QipTracker.Bench.Figures;
using QipTracker.Bench.Load;
using QipTracker.Bench.Scenarios;

namespace QipTracker.Bench.Report;

/// <summary>
/// The one table the bench prints, in Markdown (so it pastes into RESULTS.md): a row per request with
/// p50 / p95 / p99 ms and requests per second at each number of clients and its SQL round trips, then the
/// aggregates against raw SQL, the one-off durations and memory — each next to its target, met or not.
/// </summary>
public sealed class ReportTable(IReadOnlyList<int> clients, bool onPostgres)
{
    private sealed record Row(string Figure, IReadOnlyList<string> Values, string Sql, string Target, string Met);

    private readonly List<Row> _rows = [];

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
        return sb.ToString();
    }

    private static string Met(IReadOnlyList<string> misses) => misses.Count == 0 ? "yes" : misses.Count == 1 && misses[0] == "no" ? "no" : $"no ({string.Join(", ", misses)})";
}
