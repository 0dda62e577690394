using System.Globalization;
using System.Text.RegularExpressions;
using QipTracker.Bench;

namespace QipTracker.Bench.Tests;

/// <summary>
/// The benchmark still runs: at its small size on SQLite, in-process, it seeds, loads every request, times the
/// one-off work, holds real Blazor circuits open in Chromium, and prints its table with a measured value in every row.
/// No timing is asserted.
/// </summary>
public sealed partial class BenchSmokeTests
{
    // The rows timed under load: each page and write.
    private static readonly string[] Requests =
    [
        "home (owner: landing + agenda)", "my work (owner)", "ISG page with sprint review (chair)", "trajectory, all ISGs by month (PMO)",
        "register, filtered to in progress (PMO)", "root-cause detail (PMO)", "KPI chart (PMO)", "KPI chart PNG (API)",
        "SPC summary, one ISG (API)", "SPC summary, all KPIs (API)", "escalations (PMO)", "ECIB pack (PMO)",
        "status update (owner)", "sprint update submission (owner)", "evidence upload, 200 KB (owner)",
        "BI pull: root causes, a page (API)", "BI pull: actions, a page (API)", "BI pull: evidence, a page (API)",
        "BI pull: sprint updates, a page (API)", "BI pull: escalations, a page (API)",
    ];

    // Every row the table must have: the requests, the three aggregates, the jobs, SPC, the board paper's three files,
    // the three imports, memory and the Blazor circuits' summary.
    private static readonly string[] Rows =
    [
        .. Requests,
        "trajectory: app ÷ raw SQL", "register: app ÷ raw SQL", "SPC summary, one ISG: app ÷ raw SQL",
        "sprint-rhythm job (closes a sprint per ISG), 1 trust", "daily escalation job, first run, 1 trust", "daily escalation job, next run, 1 trust",
        "SPC for 30 KPIs (in memory)", "board paper: assembling its content", "board paper DOCX (content + Word)",
        "board paper PDF (from the Word file, LibreOffice)", "board paper PPTX (content + deck)",
        "import 40 rows (CSV, applied)", "import 200 rows (CSV, applied)", "import 800 rows (CSV, applied)", "peak working set under load",
        "Blazor circuits: clicks at 2 users, one click each every 0.5 s", "Blazor circuits: memory per circuit (slope of the heap over the users)",
        "Blazor circuits: heap after the 2 users left", "Blazor circuits: per-node capacity",
    ];

    [Fact]
    public async Task The_bench_at_small_size_on_SQLite_prints_every_row_with_a_figure()
    {
        var output = new StringWriter();

        var exit = await BenchRun.RunAsync(["--size", "small", "--seconds", "0.3"], output);

        var text = output.ToString();
        Assert.True(exit == 0, text);
        // The main table, then the circuits' own (a blank line and its note between them).
        var tables = text.Split("\n\n").Select(t => t.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList()).Where(t => t.Count > 0).ToList();
        Assert.Equal(2, tables.Count);
        var lines = tables[0];
        Assert.Equal(Rows.Length + 1, lines.Count); // and the header
        foreach (var row in Rows)
        {
            var line = Assert.Single(lines, l => l.StartsWith($"| {row} |", StringComparison.Ordinal));
            Assert.DoesNotContain("failed", line, StringComparison.Ordinal);
            var firstValue = line.Split('|')[2];
            Assert.Matches(Figure(), firstValue);
        }
        // A request's row has a latency cell at every number of clients and counts the SQL it sent: every request
        // reads or writes the database, so 0 would mean the round-trip counter has come unhooked.
        var sqlColumn = Array.FindIndex(lines[0].Split('|'), c => c.Trim() == "SQL/req");
        foreach (var row in Requests)
        {
            var cells = lines.Single(l => l.StartsWith($"| {row} |", StringComparison.Ordinal)).Split('|');
            Assert.All(cells[2..sqlColumn], c => Assert.Matches(LatencyCell(), c));
            Assert.True(int.Parse(cells[sqlColumn], CultureInfo.InvariantCulture) > 0, $"{row}: no SQL counted");
        }
        // A row per number of simulated users, each having clicked, none failed, every circuit ended after they left.
        var circuits = tables[1];
        Assert.Equal(["1", "2"], circuits.Skip(1).Select(l => l.Split('|')[1].Trim()));
        foreach (var row in circuits.Skip(1).Select(l => l.Split('|').Select(c => c.Trim()).ToArray()))
        {
            Assert.Matches(@"^[0-9]+ / [0-9]+ \([1-9][0-9]*\)$", row[6]); // clicks p50 / p95 (count)
            Assert.Matches(@"^[0-9]+ → 0$", row[9]); // circuits open → left
            Assert.Equal("0", row[10]); // failures
        }
    }

    // A latency cell ("12 / 30 / 41 · 75/s") or a figure ("1,234 ms", "383 MB", "1.1 (6.2 ÷ 5.9 ms)", "140 circuits").
    [GeneratedRegex(@"^\s*-?[0-9][0-9,.]* (/|ms|MB|circuits|\()")]
    private static partial Regex Figure();

    // "12 / 30 / 41 · 75/s": p50 / p95 / p99 ms and requests per second.
    [GeneratedRegex(@"^\s*[0-9]+ / [0-9]+ / [0-9]+ · [0-9.]+/s\s*$")]
    private static partial Regex LatencyCell();
}
