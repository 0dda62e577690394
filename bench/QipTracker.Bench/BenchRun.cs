using System.Globalization;
using System.Runtime.InteropServices;
using QipTracker.Bench.Circuits;
using QipTracker.Bench.Data;
using QipTracker.Bench.Figures;
using QipTracker.Bench.Load;
using QipTracker.Bench.Report;
using QipTracker.Bench.Scenarios;

namespace QipTracker.Bench;

/// <summary>
/// One run of the benchmark: seed the shape into the configured database, run the daily jobs, load every request
/// at each number of clients, compare the aggregates with raw SQL, time the one-off work, and print the table.
/// Exits 1 when any figure could not be measured (the table still shows the rest).
/// </summary>
public static class BenchRun
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        var options = BenchOptions.Parse(args);
        await using var host = await BenchHost.StartAsync(options.AppArgs);
        if (options.Saas && !host.OnPostgres) throw new ArgumentException("--shape saas runs on PostgreSQL: pass --Database:Provider=Postgres --ConnectionStrings:Qip=...");
        var provider = host.OnPostgres ? "PostgreSQL" : "SQLite";
        var shape = options.Shape;
        await output.WriteLineAsync($"QipTracker benchmark — {shape.Name} on {provider}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        await output.WriteLineAsync($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");

        var (plan, seedTook, rows) = await new Seeder(host.Services, output).SeedAsync(shape);
        var trust = new BenchTrust(plan);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Seeded {shape.Trusts} trust(s), {rows:N0} rows in {seedTook.TotalSeconds:F0} s; requests run in {trust.Name}: {plan.Findings.Count:N0} findings, {plan.RootCauses.Count:N0} root causes, {plan.Actions.Count:N0} actions, {plan.Users.Count} users, {plan.Kpis.Count} KPIs × {plan.Measurements.Count / Math.Max(1, plan.Kpis.Count)} measurements, {plan.Sprints.Count} sprints"));

        var table = new ReportTable(options.Clients, host.OnPostgres);
        var durations = new Durations(host, trust);

        // The morning's jobs first: the sprint-rhythm job opens the sprints the owners update, the escalations are listed.
        // Their rows follow the requests' in the table.
        IReadOnlyList<Durations.Figure> jobs = [];
        await Try(options, table, "daily jobs", async () => jobs = await durations.JobsAsync(shape.Trusts));

        var (perClient, minimum) = options.Requests;
        var runner = new LoadRunner(TimeSpan.FromSeconds(options.CellSeconds), perClient, minimum);
        var memory = new MemoryWatch();
        await using (memory)
        {
            var scenarios = ScenarioCatalog.Reads(host, trust).ToList();
            // Whatever --only names: the writes' rows need their set-up.
            await Try(options with { Only = null }, table, "writes (set-up)", async () => scenarios.AddRange(await ScenarioCatalog.WritesAsync(host, trust)));
            foreach (var scenario in scenarios.Where(s => options.Measures(s.Name)))
            {
                var cells = new List<CellResult>();
                var warm = await runner.RunAsync(1, scenario.Turn); // compiles queries, fills the pool; not reported
                foreach (var clients in options.Clients)
                    cells.Add(warm.Error is null ? await runner.RunAsync(clients, scenario.Turn) : CellResult.Failed(clients, warm.Error));
                table.Add(scenario, cells);
                await output.WriteLineAsync($"  measured {scenario.Name}");
            }
        }

        await Try(options, table, "app ÷ raw SQL", async () =>
        {
            foreach (var ratio in await new RawSqlComparison(host, trust, options.RawSqlRuns).RunAsync()) table.Add(ratio);
        });
        foreach (var job in jobs)
            if (job.Name.StartsWith("daily escalation job, first", StringComparison.Ordinal)) table.Add(job, Targets.EscalationJobMs);
            else table.Add(job);
        await Try(options, table, "SPC", async () => table.Add(await durations.SpcAsync(), Targets.Spc300KpisMs));
        await Try(options, table, "board paper", async () =>
        {
            foreach (var figure in await durations.BoardPaperAsync())
                if (figure.Name.Contains("DOCX", StringComparison.Ordinal)) table.Add(figure, Targets.BoardPaperDocxMs);
                else table.Add(figure);
        });
        await Try(options, table, "import", async () =>
        {
            var sizes = options.ImportSizes;
            var imports = await durations.ImportsAsync(sizes);
            var (middle, last) = (sizes.Count / 2, sizes.Count - 1);
            var growth = imports[last].Milliseconds / sizes[last] / (imports[middle].Milliseconds / sizes[middle]);
            for (var i = 0; i < imports.Count; i++)
                if (i == middle && sizes[i] == 2_000)
                    table.Add(imports[i], Targets.Import2000RowsMs);
                else if (i == last)
                    table.Add(imports[i] with { Note = string.Create(CultureInfo.InvariantCulture, $"{imports[i].Note}; × {growth:F2} the middle size's cost a row") },
                        $"a row ≤ {Targets.ImportPerRowGrowth} × the middle size's", growth <= Targets.ImportPerRowGrowth);
                else table.Add(imports[i]);
        });
        if (options.Measures("peak working set"))
            table.AddFigure("peak working set under load", string.Create(CultureInfo.InvariantCulture, $"{memory.PeakMb:F0} MB (process peak, seeding included: {MemoryWatch.ProcessPeakMb:F0} MB)"),
            $"< {Targets.PeakWorkingSetMb:F0} MB", memory.PeakMb < Targets.PeakWorkingSetMb);

        // Last: serving HTTP starts the app's pipeline, which the figures above do without (and the
        // circuits' memory would blur the peak working set's).
        await Try(options, table, "Blazor circuits", async () =>
        {
            var cells = await new CircuitLoad(host, plan, options, output).RunAsync();
            table.Add(cells, CircuitCapacity.Of(cells, Environment.ProcessorCount, options.ClickEvery), options.ClickEvery);
        });

        await output.WriteLineAsync();
        await output.WriteAsync(table.Render());
        return table.AnyFailed ? 1 : 0;
    }

    private static async Task Try(BenchOptions options, ReportTable table, string what, Func<Task> work)
    {
        if (!options.Measures(what)) return;
        try { await work(); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            table.AddFailure(what, e);
        }
    }
}
