using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Home;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Features.Register;
using QipTracker.Web.Features.Sprints;
using QipTracker.Web.Tests.Kpis;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

/// <summary>What Home tells each person to look at first: an owner what is due from them; a board member where delivery stands.</summary>
public abstract class HomeTests(QipAppFactory app)
{
    private DateOnly Today => app.Clock.Today();

    [Fact]
    public async Task An_owners_agenda_lists_this_sprints_updates_not_yet_sent_with_the_sprint_end_and_what_is_overdue()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Own {Guid.NewGuid():N}"[..11]);
        var first = await app.SendAs(trust, TrustRole.Pmo, new ScheduleSprints(trust.IsgId, Today));
        var sprint = await app.SendAs(trust, TrustRole.IsgChair, new StartSprint(first.Id, first.Version));

        var work = await app.SendAs(trust, TrustRole.RootCauseOwner, new GetMyWork());

        // In the sprint's scope: RC-001 (overdue, carried in) and RC-002 (due in 5 days); RC-003 falls due after the sprint ends.
        var due = work.Agenda.Where(a => a.Kind == AgendaKind.UpdateDue).ToList();
        Assert.Equal(["RC-001", "RC-002"], due.Select(a => a.Reference).Order());
        Assert.All(due, a => Assert.Equal(sprint.EndsOn, a.By));
        var overdue = Assert.Single(work.Agenda, a => a.Kind == AgendaKind.OverdueRootCause);
        Assert.Equal(("RC-001", (DateOnly?)Today.AddDays(-5)), (overdue.Reference, overdue.By));
        var rc2 = work.RootCauses.Single(r => r.Reference == "RC-002");
        Assert.Equal((sprint.Id, sprint.Number, sprint.EndsOn, (DateTimeOffset?)null), (rc2.Sprint!.SprintId, rc2.Sprint.Number, rc2.Sprint.EndsOn, rc2.Sprint.SentAt));

        // Sending the update in place (as My work does) takes it off the agenda.
        var shown = new SprintUpdateContent(rc2.Status, rc2.Sprint.Narrative ?? "", rc2.ForecastDue, rc2.ReportedOffTrack, rc2.Sprint.KpiValue);
        await app.SendAs(trust, TrustRole.RootCauseOwner, new SubmitSprintUpdates([new SprintUpdateInput(sprint.Id, rc2.Id, rc2.Version, rc2.Sprint.UpdateVersion,
            shown, shown with { Status = RootCauseStatus.InProgress, Narrative = "Fridge audit booked for Tuesday" })]));
        work = await app.SendAs(trust, TrustRole.RootCauseOwner, new GetMyWork());
        Assert.DoesNotContain(work.Agenda, a => a.Kind == AgendaKind.UpdateDue && a.Reference == "RC-002");
        var sent = work.RootCauses.Single(r => r.Reference == "RC-002").Sprint!;
        Assert.Equal("Fridge audit booked for Tuesday", sent.Narrative);
        Assert.NotNull(sent.SentAt);
    }

    [Fact]
    public async Task A_board_members_home_shows_trajectory_with_last_month_the_latest_paper_and_the_kpi_concerns_the_kpi_page_shows()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Brd {Guid.NewGuid():N}"[..11]);
        // Two high-level KPIs whose last point is a special cause; one with a single point (no chart yet).
        foreach (var (code, direction) in new[] { ("AE", ImprovementDirection.Increase), ("WAIT", ImprovementDirection.Decrease) })
        {
            var kpi = await app.CreateAsync(trust, KpiData.HighLevel(code, trust.IsgId, direction));
            kpi = await app.SendAs(trust, TrustRole.Pmo, new SetKpiTarget(kpi.Id, "2025-01", 20, kpi.Version));
            kpi = await app.SendAs(trust, TrustRole.Pmo, new ConfigureSpc(kpi.Id, [], 12, false, 3, kpi.Version));
            await app.MonthlyValuesAsync(trust, kpi.Id, new DateOnly(2025, 1, 1), 13, 10, 7, 10, 13, 10, 7, 10, 13, 10, 7, 10, 18);
        }
        var fresh = await app.CreateAsync(trust, KpiData.HighLevel("NEW", trust.IsgId));
        await app.MonthlyValuesAsync(trust, fresh.Id, new DateOnly(2025, 6, 1), 42);

        var home = await app.SendAs(trust, TrustRole.BoardMember, new GetBoardHome());

        // RC-001 (Must Do) was due 5 days ago and is not done. Other tests move the shared clock, so whether it was
        // also planned by last month's end depends on today's day of the month: both cases are spelled out.
        var lastMonthEnd = new DateOnly(Today.Year, Today.Month, 1).AddDays(-1);
        Assert.Equal(lastMonthEnd, home.LastMonthEnd);
        TrajectoryHeadline[] expected = Today.AddDays(-5) <= lastMonthEnd
                ? [new TrajectoryHeadline(PriorityClass.MustDo, 0, 1, 0.0m, 0.0m, TrajectoryStanding.Behind),
                   new TrajectoryHeadline(PriorityClass.ShouldDo, 0, 0, null, null, TrajectoryStanding.NothingPlanned)]
                : [new TrajectoryHeadline(PriorityClass.MustDo, 0, 1, 0.0m, null), new TrajectoryHeadline(PriorityClass.ShouldDo, 0, 0, null, null)];
        Assert.Equal(expected, home.Trajectory);
        Assert.Null(home.LatestPaper);
        var summary = await app.SendAs(trust, TrustRole.BoardMember, new GetSpcSummary(Kind: KpiKind.HighLevel));
        Assert.Equal(summary.Where(k => KpiSpc.IsConcern(k.Variation, k.Assurance)).Select(k => k.Code), home.Concerns.Select(k => k.Code));
        Assert.Contains(home.Concerns, k => k.Code == "WAIT"); // 18 against a lower-is-better process with limits 2–18: a concern
        Assert.DoesNotContain(home.Concerns, k => k.Code == "NEW");
        Assert.Equal(3, home.KpiCount);

        var paper = await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var generated = new GeneratedPaper(trust.TrustId, new DateOnly(2026, 10, 1), GeneratedPaperKind.BoardPaper, app.Clock.GetUtcNow(), null, "{}",
                "docx-key", 1200, "pdf-key", 3400);
            db.GeneratedPapers.Add(generated);
            await db.SaveChangesAsync();
            return generated.Id;
        });
        home = await app.SendAs(trust, TrustRole.BoardMember, new GetBoardHome());
        Assert.Equal((paper, new DateOnly(2026, 10, 1), 3400L), (home.LatestPaper!.Id, home.LatestPaper.Month, home.LatestPaper.PdfBytes));
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.RootCauseOwner, new GetBoardHome()));
    }
}

[Collection(OnSqlite.Name)]
public sealed class HomeOnSqlite(SqliteApp app) : HomeTests(app);
[Collection(OnPostgres.Name)]
public sealed class HomeOnPostgres(PostgresApp app) : HomeTests(app);
