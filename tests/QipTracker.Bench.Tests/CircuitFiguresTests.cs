using QipTracker.Bench.Circuits;
using QipTracker.Bench.Data;
using QipTracker.Bench.Report;
using QipTracker.Domain.Trusts;

namespace QipTracker.Bench.Tests;

/// <summary>
/// The circuits figures' arithmetic and their users, without a browser: memory per circuit is the slope of the heap
/// over the users, the per-node capacity follows from the measured cells (never a constant), and each simulated user is
/// a different person in a role their page is for. The browser run itself is in <see cref="BenchSmokeTests"/>.
/// </summary>
public sealed class CircuitFiguresTests
{
    [Fact]
    public void Memory_per_circuit_is_the_slope_of_the_heap_over_the_users_not_the_fixed_cost()
    {
        // 40 MB of fixed cost (first-use caches), then 2 MB a circuit.
        var cells = new[] { Cell(1, added: 42), Cell(10, added: 60), Cell(50, added: 140) };

        var capacity = CircuitCapacity.Of(cells, cores: 2, clickEverySeconds: 5);

        Assert.Equal(2.0, capacity.PerCircuitMb, precision: 6);
        Assert.Equal((int)(Targets.CircuitMemoryBudgetMb / 2.0), capacity.ByMemory);
    }

    [Fact]
    public void Memory_per_circuit_leaves_out_the_numbers_of_users_whose_circuits_dropped()
    {
        // At 50 users most circuits dropped: the heap held far less than 50 circuits' worth.
        var cells = new[] { Cell(1, added: 42), Cell(10, added: 60), Cell(50, added: 70, failures: ["37 circuit connection(s) lost"]) };

        Assert.Equal(2.0, CircuitCapacity.Of(cells, cores: 2, clickEverySeconds: 5).PerCircuitMb, precision: 6);
    }

    [Fact]
    public void When_clicks_stay_fast_up_to_the_most_users_the_capacity_is_the_lower_of_memory_and_CPU()
    {
        // 10 ms of CPU a click, a click every 5 s: 2 ms a second a user; 2 cores at the CPU share.
        var cells = new[] { Cell(1, added: 5, cpuMs: 10), Cell(50, added: 250, cpuMs: 10) };

        var capacity = CircuitCapacity.Of(cells, cores: 2, clickEverySeconds: 5);

        var byCpu = (int)(2 * 1_000 * Targets.CircuitCpuShare / 2.0);
        Assert.Equal(byCpu, capacity.ByCpu);
        Assert.Equal(50, capacity.HeldTo);
        Assert.True(capacity.LatencyHeld);
        Assert.Equal(Math.Min(capacity.ByMemory!.Value, byCpu), capacity.Circuits);
    }

    [Fact]
    public void When_clicks_are_slow_or_fail_at_more_users_the_capacity_is_the_most_users_that_held()
    {
        var slow = new[] { Cell(1, added: 5), Cell(10, added: 50), Cell(25, added: 125, p95: Targets.ClickP95Ms + 1), Cell(50, added: 250) };
        var failed = new[] { Cell(1, added: 5), Cell(10, added: 50, failures: ["IsgPage, next page: error page"]), Cell(50, added: 250) };
        var never = new[] { Cell(1, added: 5, p95: Targets.ClickP95Ms * 2) };

        Assert.Equal(10, CircuitCapacity.Of(slow, 2, 5).Circuits);
        Assert.False(CircuitCapacity.Of(slow, 2, 5).LatencyHeld);
        Assert.Equal(1, CircuitCapacity.Of(failed, 2, 5).Circuits);
        Assert.Equal(0, CircuitCapacity.Of(never, 2, 5).Circuits);
        Assert.Null(CircuitCapacity.Of(never, 2, 5).HeldTo);
    }

    [Fact]
    public void A_clicks_CPU_is_costed_where_every_click_came_back()
    {
        // At 50 users clicks timed out: their CPU was spent but they are not in the count, so 900 ms a click overstates it.
        var cells = new[] { Cell(1, added: 5, cpuMs: 10), Cell(10, added: 50, cpuMs: 12), Cell(50, added: 250, cpuMs: 900, failures: ["Home, my work: Timeout"]) };

        var capacity = CircuitCapacity.Of(cells, cores: 2, clickEverySeconds: 5);

        Assert.Equal((int)Math.Floor(2 * 1_000 * Targets.CircuitCpuShare / (12 / 5.0)), capacity.ByCpu);
    }

    [Fact]
    public void Memory_left_after_the_users_leave_is_a_leak_beyond_a_small_share_or_with_a_circuit_still_open()
    {
        var share = Targets.CircuitLeakShare;
        CircuitCapacity Leaving(double left, int circuitsLeft = 0) =>
            CircuitCapacity.Of([Cell(50, added: 100, left: left, circuitsLeft: circuitsLeft)], 2, 5);

        Assert.True(Leaving(100 * share * 0.5).NoLeak);
        Assert.True(Leaving(-3).NoLeak);
        Assert.False(Leaving(100 * share * 2).NoLeak);
        Assert.False(Leaving(0, circuitsLeft: 1).NoLeak);
    }

    [Fact]
    public void Each_simulated_user_is_a_different_person_in_a_role_their_page_is_for()
    {
        var plan = new TrustGenerator(TrustShape.Large.Tenth(), 0, DateTimeOffset.UtcNow, "unused hash").Generate();
        var roles = plan.Memberships.ToLookup(m => plan.Users.Single(u => u.Id == m.UserId).Email!, m => m.Role);

        var users = CircuitUsers.Of(plan);

        Assert.Equal(users.Count, users.Select(u => u.Email).Distinct().Count());
        // The first three hold the three pages: a few users already spread over them.
        Assert.Equal([HeldPage.Home, HeldPage.IsgPage, HeldPage.Register], users.Take(3).Select(u => u.Page));
        foreach (var user in users)
        {
            var has = roles[user.Email].ToList();
            switch (user.Page)
            {
                case HeldPage.Home:
                    Assert.Contains(TrustRole.RootCauseOwner, has);
                    break;
                case HeldPage.IsgPage:
                    // Their own ISG: chaired by them or they are its accountable executive.
                    var isg = plan.Isgs.Single(i => user.Path == $"/isgs/{i.Id}");
                    var id = plan.Users.Single(u => u.Email == user.Email).Id;
                    Assert.True(isg.ChairId == id || isg.AccountableExecutiveId == id, $"{user.Email} holds another's ISG page");
                    break;
                default:
                    Assert.True(has.Contains(TrustRole.Pmo) || has.Contains(TrustRole.BoardMember), $"{user.Email} holds the register as {string.Join(", ", has)}");
                    break;
            }
        }
        Assert.Equal("1 home, 1 ISG, 1 register", CircuitUsers.Mix(users.Take(3)));
    }

    private static CircuitCell Cell(int users, double added, double left = 0, double p95 = 100, double cpuMs = 20,
        IReadOnlyList<string>? failures = null, int circuitsLeft = 0)
    {
        var before = new ServerMemory(200, 500);
        // Twenty clicks at p95 (the nearest-rank 95th of twenty is the 19th).
        var clicks = Enumerable.Repeat(p95 / 2, 18).Append(p95).Append(p95).ToList();
        return new CircuitCell(users, "", before, new ServerMemory(200 + added, 500 + added * 2), new ServerMemory(200 + left, 500),
            600, clicks, failures ?? [], users, circuitsLeft, cpuMs);
    }
}
