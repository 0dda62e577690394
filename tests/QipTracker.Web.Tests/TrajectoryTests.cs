using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.CommandLine;
using QipTracker.Web.Features.Trajectory;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

/// <summary>Trajectory read from the database: baseline history, completion dates and priority classes as stored.</summary>
public abstract class TrajectoryTests(QipAppFactory app)
{
    private static readonly DateTimeOffset Recorded = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    // Four root causes with hand-picked dates; the test trust's own three are withdrawn, so they drop out.
    private async Task<TestTrust> PlanAsync()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Traj {Guid.NewGuid():N}"[..12]);
        await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var owner = trust[TrustRole.RootCauseOwner].Id;
            var mustDo = await db.Findings.FindAsync(trust.FindingId);
            foreach (var own in db.RootCauses.Where(r => trust.RootCauseIds.Contains(r.Id))) own.Withdraw(new DateOnly(2026, 6, 1));
            var shouldDo = new Finding(trust.TrustId, "SD-1", "The trust should…", FindingKind.ShouldDo, trust.IsgId);
            shouldDo.RecordAddedToPlan(new DateOnly(2026, 6, 1));
            db.Findings.Add(shouldDo);
            RootCause Add(string reference, Finding finding, DateOnly due, DateOnly? completed = null)
            {
                var rc = new RootCause(trust.TrustId, reference, $"Root cause {reference}", owner, trust.IsgId, due);
                rc.RecordAddedToPlan(new DateOnly(2026, 6, 1)); // the plan began in June, long before the clock's today
                rc.Answer(finding);
                if (completed is { } on)
                {
                    rc.AddEvidence(Domain.Plans.Evidence.Note(trust.TrustId, rc.Id, "Audit", "Shows the fix", owner, Recorded));
                    rc.MarkCompleted(on);
                }
                db.RootCauses.Add(rc);
                db.BaselineHistory.Add(new BaselineRecord(trust.TrustId, rc.Id, due, new DateOnly(2026, 6, 1), null, Recorded));
                return rc;
            }
            Add("T-A", mustDo!, new DateOnly(2026, 9, 30), completed: new DateOnly(2026, 9, 30)); // due and done on a month's last day
            var late = Add("T-B", mustDo!, new DateOnly(2026, 10, 15));
            Add("T-C", shouldDo, new DateOnly(2026, 10, 31), completed: new DateOnly(2026, 11, 2));
            Add("T-D", mustDo!, new DateOnly(2026, 12, 15));
            // T-B's due date moves to 20 December by a change approved on 10 November.
            late.Rebaseline(new DateOnly(2026, 12, 20));
            db.BaselineHistory.Add(new BaselineRecord(trust.TrustId, late.Id, new DateOnly(2026, 12, 20), new DateOnly(2026, 11, 10), null, Recorded.AddMonths(5)));
            return await db.SaveChangesAsync();
        });
        return trust;
    }

    [Fact]
    public async Task By_sprint_end_an_isgs_trajectory_counts_at_each_of_its_sprint_ends()
    {
        var trust = await PlanAsync();
        await Assert.ThrowsAsync<Application.RequestValidationException>(() =>
            app.SendAs(trust, TrustRole.Pmo, new GetTrajectory(new DateOnly(2026, 10, 31), trust.IsgId, BySprint: true))); // no calendar yet
        await Assert.ThrowsAsync<Application.RequestValidationException>(() =>
            app.SendAs(trust, TrustRole.Pmo, new GetTrajectory(new DateOnly(2026, 10, 31), null, BySprint: true))); // needs an ISG
        await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            (await db.Isgs.FindAsync(trust.IsgId))!.ScheduleSprints(new DateOnly(2026, 9, 7)); // fortnights from Monday 7 September
            return await db.SaveChangesAsync();
        });

        var report = await app.SendAs(trust, TrustRole.Pmo, new GetTrajectory(new DateOnly(2026, 10, 31), trust.IsgId, BySprint: true));
        var total = report.For(trust.IsgId, null);
        // Sprints end 20 Sep, 4 Oct, 18 Oct, 1 Nov (…): the as-of date closes the list mid-sprint.
        Assert.Equal([new DateOnly(2026, 9, 20), new DateOnly(2026, 10, 4), new DateOnly(2026, 10, 18), new DateOnly(2026, 10, 31)],
            total.Points.Select(p => p.PeriodEnd).Take(4));
        // T-A (30 Sep) is planned and done in the sprint ending 4 Oct; T-B (15 Oct: its move to December is approved only on
        // 10 November) in the one ending 18 Oct; T-C (31 Oct, done 2 Nov) by the as-of date.
        Assert.Equal([0, 1, 2, 3], total.Points.Take(4).Select(p => p.Planned));
        Assert.Equal([0, 1, 1, 1], total.Points.Take(4).Select(p => p.Completed));
        Assert.Equal((3, 1, 33.3m), (total.PlannedToDate, total.CompletedToDate, total.PercentToDate));
    }

    [Fact]
    public async Task As_at_a_month_end_the_baseline_then_in_force_sets_the_plan()
    {
        var trust = await PlanAsync();

        var october = await app.SendAs(trust, TrustRole.BoardMember, new GetTrajectory(new DateOnly(2026, 10, 31)));

        var must = october.For(trust.IsgId, PriorityClass.MustDo);
        Assert.Equal((2, 1, 50.0m), (must.PlannedToDate, must.CompletedToDate, must.PercentToDate)); // T-A done, T-B still planned then
        var should = october.For(trust.IsgId, PriorityClass.ShouldDo);
        Assert.Equal((1, 0, 0.0m), (should.PlannedToDate, should.CompletedToDate, should.PercentToDate)); // T-C done after the month
        Assert.Equal((3, 1, 33.3m), (october.Total.PlannedToDate, october.Total.CompletedToDate, october.Total.PercentToDate));

        // From 10 November T-B is due in December: as at November's end it is no longer planned.
        var november = await app.SendAs(trust, TrustRole.BoardMember, new GetTrajectory(new DateOnly(2026, 11, 30)));
        var mustNow = november.For(trust.IsgId, PriorityClass.MustDo);
        Assert.Equal((1, 1, 100.0m), (mustNow.PlannedToDate, mustNow.CompletedToDate, mustNow.PercentToDate));
        var shouldNow = november.For(trust.IsgId, PriorityClass.ShouldDo);
        Assert.Equal((1, 1, 100.0m), (shouldNow.PlannedToDate, shouldNow.CompletedToDate, shouldNow.PercentToDate));
        Assert.Equal(3, november.Total.Withdrawn);
    }

    [Fact]
    public async Task The_trajectory_verb_prints_json_rows_per_isg_and_priority_with_totals()
    {
        var trust = await PlanAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var verb = ActivatorUtilities.CreateInstance<TrajectoryVerb>(scope.ServiceProvider);
        var output = new StringWriter();

        var exit = await verb.RunAsync(new VerbArguments(["--trust", trust.Name, "--as-of", "2026-10-31", "--format", "json"]), output, new StringWriter(), default);

        Assert.Equal(0, exit);
        var rows = JsonSerializer.Deserialize<List<Row>>(output.ToString(), JsonSerializerOptions.Web)!;
        Assert.Contains(new Row("Unscheduled Care", "MustDo", 2, 1, 50.0m), rows);
        Assert.Contains(new Row("Unscheduled Care", "ShouldDo", 1, 0, 0.0m), rows);
        Assert.Contains(new Row("All", "All", 3, 1, 33.3m), rows);
        Assert.Contains(rows, r => r is { Isg: "All", Priority: "MustDo" });
    }

    [Fact]
    public async Task The_trajectory_verb_refuses_a_bad_date_and_an_unknown_trust()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var verb = ActivatorUtilities.CreateInstance<TrajectoryVerb>(scope.ServiceProvider);
        await Assert.ThrowsAsync<VerbUsageException>(() => verb.RunAsync(new VerbArguments(["--trust", "X", "--as-of", "31/10/2026"]), TextWriter.Null, TextWriter.Null, default));
        var error = new StringWriter();
        Assert.Equal(1, await verb.RunAsync(new VerbArguments(["--trust", "No Such Trust"]), TextWriter.Null, error, default));
        Assert.Contains("No Such Trust", error.ToString());
    }

    [Fact]
    public async Task The_trajectory_page_is_for_the_board_and_the_plan_leads_only()
    {
        var trust = await PlanAsync();
        var board = await app.SignedInAsync(trust[TrustRole.BoardMember]);
        var page = await board.GetStringAsync("/trajectory");
        Assert.Contains("Delivery against trajectory", page);
        Assert.Contains("Unscheduled Care", page);

        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var refused = await owner.GetAsync("/trajectory");
        Assert.StartsWith("/account/denied", refused.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }

    private sealed record Row(string Isg, string Priority, int Planned, int Completed, decimal? Percent);
}

[Collection(OnSqlite.Name)]
public sealed class TrajectoryOnSqlite(SqliteApp app) : TrajectoryTests(app);
[Collection(OnPostgres.Name)]
public sealed class TrajectoryOnPostgres(PostgresApp app) : TrajectoryTests(app);
