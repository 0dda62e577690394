using System.Diagnostics;
using QipTracker.Bench.Data;
using QipTracker.Bench.Report;

namespace QipTracker.Bench.Circuits;

/// <summary>
/// Blazor Server at N users (issue 14, point 4): the bench's host serves the app over HTTP, and for each number of
/// users each signs in in a browser context of their own and holds a page open — a real circuit — clicking at a steady
/// pace. The server's memory is read after a full GC before they come, while they are there and after they have left
/// and the server has ended their circuits (after the retention period the bench shortens, see <see cref="BenchHost.CircuitRetention"/>).
/// </summary>
public sealed class CircuitLoad(BenchHost host, GeneratedTrust plan, BenchOptions options, TextWriter log)
{
    private const int SigningInAtOnce = 4;

    public async Task<IReadOnlyList<CircuitCell>> RunAsync()
    {
        var users = CircuitUsers.Of(plan);
        var most = options.Circuits.Max();
        if (most > users.Count) throw new ArgumentException($"--circuits {most}: the trust has {users.Count} people to sign in.");
        var baseUrl = await host.ServeAsync();
        await using var chromium = await Chromium.LaunchAsync();

        // Warm-up, not reported: one user of each page goes once round its cycle (compiles, fills caches and pools).
        var firstOfEach = users.GroupBy(u => u.Page).Select(g => g.First()).ToList();
        await HoldAsync(chromium, baseUrl, firstOfEach, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5));

        var cells = new List<CircuitCell>();
        foreach (var n in options.Circuits)
        {
            var cell = await HoldAsync(chromium, baseUrl, users.Take(n).ToList(), TimeSpan.FromSeconds(options.ClickEvery), TimeSpan.FromSeconds(options.Hold));
            cells.Add(cell);
            await log.WriteLineAsync(FormattableString.Invariant(
                $"  measured Blazor circuits, {n} user(s): heap {cell.Before.HeapMb:F0} → {cell.Open.HeapMb:F0} → {cell.After.HeapMb:F0} MB, clicks p95 {cell.ClickP95:F0} ms, {cell.Failures.Count} failures"));
        }
        return cells;
    }

    private async Task<CircuitCell> HoldAsync(Chromium chromium, string baseUrl, IReadOnlyList<CircuitUser> who, TimeSpan every, TimeSpan hold)
    {
        var circuits = host.Circuits;
        var before = ServerMemory.AfterFullGc();
        var lostBefore = circuits.ConnectionsLost;
        var failures = new List<string>();
        var signedIn = new List<SimulatedUser>();
        using (var gate = new SemaphoreSlim(SigningInAtOnce))
        {
            await Task.WhenAll(who.Select(async user =>
            {
                await gate.WaitAsync();
                try
                {
                    var simulated = await SimulatedUser.SignInAsync(chromium.Browser, baseUrl, user);
                    lock (signedIn) signedIn.Add(simulated);
                }
                catch (Exception e) when (e is Microsoft.Playwright.PlaywrightException or TimeoutException)
                {
                    lock (failures) failures.Add($"{user.Page}: signing in failed: {e.Message.Split('\n')[0]}");
                }
                finally { gate.Release(); }
            }));
        }

        double peak, cpuMs;
        await using (var memory = new MemoryWatch())
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var until = DateTime.UtcNow + hold;
            // Each user starts at a different point of the first interval, so clicks arrive spread out, not in step.
            await Task.WhenAll(signedIn.Select((u, i) => u.ClickAsync(every, every * i / Math.Max(1, signedIn.Count), until)));
            cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            peak = memory.PeakMb;
        }
        var load = CircuitCell.LoadAverageNow();
        foreach (var user in signedIn)
        {
            failures.AddRange(user.Failures);
            if (await user.WhatWentWrongAsync() is { } wrong) failures.Add($"{user.User.Page}, at the end: {wrong}");
        }
        var dropped = circuits.ConnectionsLost - lostBefore;
        if (dropped > 0) failures.Add($"{dropped} circuit connection(s) lost while the pages were open");
        var clicks = signedIn.SelectMany(u => u.ClickMs).Order().ToList();
        var open = ServerMemory.AfterFullGc();
        var openCircuits = circuits.Open;

        foreach (var user in signedIn) await user.DisposeAsync();
        await circuits.WaitUntilNoneOpenAsync(BenchHost.CircuitRetention + TimeSpan.FromSeconds(30));
        var after = ServerMemory.AfterFullGc();
        return new CircuitCell(who.Count, CircuitUsers.Mix(who), before, open, after, peak, clicks, failures, openCircuits, circuits.Open,
            clicks.Count == 0 ? double.NaN : cpuMs / clicks.Count, load);
    }
}
