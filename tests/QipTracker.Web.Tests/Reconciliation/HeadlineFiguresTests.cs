using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Demo;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Features.Ecib;
using QipTracker.Web.Features.Escalations;
using QipTracker.Web.Features.Home;
using QipTracker.Web.Features.Register;
using QipTracker.Web.Features.Trajectory;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Reconciliation;

/// <summary>
/// One truth on every screen: for the demo trust, the headline figures — root causes, open, overdue, completed
/// (awaiting assurance), assured, delivered, off track or overdue, % of trajectory, and the findings with their
/// reconciliation — computed through every screen's own query and the board paper's assembler, agree with each
/// other and with the entities' own rules. The demo is seeded into an app of its own, since the shared apps hold
/// dozens of test trusts and this is about one whole, realistic plan.
/// </summary>
public abstract class HeadlineFiguresTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly QipAppFactory app = new(provider);
    private Guid trustId;
    private Dictionary<TrustRole, List<Guid>> people = [];

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)app).InitializeAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var seeded = await scope.ServiceProvider.GetRequiredService<DemoTrustSeeder>().SeedAsync();
        var db = scope.ServiceProvider.GetRequiredService<QipDbContext>();
        trustId = await db.Trusts.Where(t => t.Name == seeded.TrustName).Select(t => t.Id).SingleAsync();
        people = (await db.Memberships.Where(m => m.TrustId == trustId).Select(m => new { m.Role, m.UserId }).ToListAsync())
            .GroupBy(m => m.Role).ToDictionary(g => g.Key, g => g.Select(m => m.UserId).Distinct().ToList());
    }

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    private async Task<T> As<T>(TrustRole role, Guid userId, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(userId, trustId, [role], false);
        return await work(scope.ServiceProvider);
    }

    private Task<T> Send<T>(TrustRole role, IRequest<T> request, Guid? userId = null) =>
        As(role, userId ?? people[role][0], sp => sp.GetRequiredService<IMediator>().Send(request));

    [Fact]
    public async Task Every_screen_the_jobs_and_the_board_paper_give_the_demo_trust_the_same_headline_figures()
    {
        var today = app.Clock.Today();

        // The truth: the entities' own rules, in memory, over the whole plan.
        var (plan, findingKinds) = await As(TrustRole.Pmo, people[TrustRole.Pmo][0], async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            return (await db.RootCauses.AsNoTracking().ToListAsync(), await db.Findings.Select(f => f.Kind).ToListAsync());
        });
        var live = plan.Where(r => !r.IsWithdrawn).ToList();
        var truth = new PlanFigures(live.Count, live.Count(r => r.IsOpen), live.Count(r => r.IsOverdue(today)), live.Count(r => r.IsDelivered),
            live.Count(r => r.IsAwaitingAssurance), live.Count(r => r.IsAssured));
        var exceptions = live.Count(r => r.IsOffTrackOrOverdue(today));
        Assert.True(truth is { Overdue: > 0, AwaitingAssurance: > 0, Assured: > 0 }, $"the demo should exercise every figure: {truth}");
        Assert.Equal(truth.Delivered, truth.AwaitingAssurance + truth.Assured);
        Assert.Equal(findingKinds.Count, (await Send(TrustRole.Pmo, new GetLanding())).Plan!.Findings.Total);

        // Home, for every role of the trust.
        foreach (var role in people.Keys)
        {
            var landing = await Send(role, new GetLanding());
            Assert.True(truth == landing.Plan!.RootCauses, $"Home for {role}: {landing.Plan.RootCauses} against {truth}");
        }
        var findings = (await Send(TrustRole.BoardMember, new GetLanding())).Plan!.Findings;
        Assert.Equal(findingKinds.Count(k => k == FindingKind.MustDo), findings.ReportMustDo);
        Assert.Equal(findingKinds.Count(k => k.Priority() == PriorityClass.MustDo), findings.MustDo);
        Assert.Equal(findingKinds.Count(k => k.Priority() == PriorityClass.ShouldDo), findings.ShouldDo);
        Assert.NotEmpty(findings.Reconciliation()); // the demo's notices and Well-led review make the plan differ from the report

        // The trust overview: Blue is assured; Green holds the completed root causes awaiting assurance.
        var overview = await Send(TrustRole.BoardMember, new GetTrustOverview());
        Assert.Equal(truth, overview.Figures);
        Assert.Equal((truth.RootCauses, truth.Assured, truth.Overdue), (overview.Total, overview.Count(Rag.Blue), overview.OverdueTotal));
        Assert.True(overview.Count(Rag.Green) >= truth.AwaitingAssurance);
        Assert.Equal(findings, overview.Findings);

        // The register's totals.
        Assert.Equal(truth.RootCauses, (await Send(TrustRole.Pmo, new SearchRegister(Take: 1))).Total);
        Assert.Equal(truth.Overdue, (await Send(TrustRole.Pmo, new SearchRegister(OverdueOnly: true, Take: 1))).Total);
        Assert.Equal(truth.AwaitingAssurance, (await Send(TrustRole.Pmo, new SearchRegister(Status: RootCauseStatus.Completed, Take: 1))).Total);
        Assert.Equal(truth.Assured, (await Send(TrustRole.Pmo, new SearchRegister(Rag: Rag.Blue, Take: 1))).Total);
        Assert.Equal(truth.Assured, (await Send(TrustRole.Pmo, new SearchRegister(Status: RootCauseStatus.Assured, Take: 1))).Total
                                    + (await Send(TrustRole.Pmo, new SearchRegister(Status: RootCauseStatus.Embedded, Take: 1))).Total);

        // The ISG boards, summed: the PMO's view of each, and each chair's view of their own.
        var isgIds = await As(TrustRole.Pmo, people[TrustRole.Pmo][0], sp => sp.GetRequiredService<QipDbContext>().Isgs.Select(i => new { i.Id, i.ChairId }).ToListAsync());
        var boards = new List<IsgBoard>();
        foreach (var isg in isgIds) boards.Add(await Send(TrustRole.Pmo, new GetIsgBoard(isg.Id)));
        Assert.Equal(truth.RootCauses, boards.Sum(b => b.RagCounts.Sum(c => c.Count)));
        Assert.Equal(truth.Overdue, boards.Sum(b => b.RootCauses.Count(r => r.Overdue)));
        Assert.Equal(truth.AwaitingAssurance, boards.Sum(b => b.Awaiting.Count));
        foreach (var rag in Enum.GetValues<Rag>())
            Assert.Equal(overview.Count(rag), boards.Sum(b => b.RagCounts.Single(c => c.Rag == rag).Count));
        foreach (var isg in isgIds.Where(i => i.ChairId is not null))
        {
            var asChair = await Send(TrustRole.IsgChair, new GetIsgBoard(isg.Id), isg.ChairId);
            var chairHome = (await Send(TrustRole.IsgChair, new GetLanding(), isg.ChairId)).Chair!;
            Assert.Equal(boards.Single(b => b.Id == isg.Id).RagCounts, asChair.RagCounts);
            var chaired = isgIds.Where(i => i.ChairId == isg.ChairId).Select(i => i.Id).ToList();
            Assert.Equal(boards.Where(b => chaired.Contains(b.Id)).Sum(b => b.Awaiting.Count), chairHome.AwaitingAssurance);
        }

        // My work for every owner, against the register filtered to them, and their Home.
        var ownersWithWork = 0;
        foreach (var owner in people[TrustRole.RootCauseOwner])
        {
            var work = await Send(TrustRole.RootCauseOwner, new GetMyWork(), owner);
            var register = await Send(TrustRole.Pmo, new SearchRegister(OwnerId: owner, Take: 500));
            var home = (await Send(TrustRole.RootCauseOwner, new GetLanding(), owner)).Owner!;
            var theirs = live.Where(r => r.OwnerId == owner).ToList();
            Assert.Equal(register.Total, work.Figures.RootCauses);
            Assert.Equal(register.Rows.Select(r => r.Reference).Order(), work.RootCauses.Select(r => r.Reference).Order());
            Assert.Equal(register.Rows.Count(r => r.Overdue), work.Figures.Overdue);
            Assert.Equal(work.RootCauses.Count(r => r.Overdue), work.Figures.Overdue);
            Assert.Equal((theirs.Count(r => r.IsOpen), theirs.Count(r => r.IsOverdue(today))), (work.Figures.Open, work.Figures.Overdue));
            Assert.Equal((work.Figures.Open, work.Figures.Overdue, work.OpenActions, work.OverdueActions),
                (home.OpenRootCauses, home.OverdueRootCauses, home.OpenActions, home.OverdueActions));
            if (theirs.Count > 0) ownersWithWork++;
        }
        Assert.True(ownersWithWork > 1);

        // The ECIB pack and the daily escalation job: the same exceptions, the same overdue.
        var pack = await Send(TrustRole.AccountableExecutive, new GetEcibPack());
        Assert.Equal(exceptions, pack.OffTrack.Count);
        Assert.Equal(truth.Overdue, pack.OffTrack.Count(i => i.DaysOverdue > 0));
        var candidates = await As(TrustRole.Pmo, people[TrustRole.Pmo][0], sp => EscalationCandidates.ReadAsync(sp.GetRequiredService<QipDbContext>(), today, default));
        Assert.Equal(pack.OffTrack.Select(i => i.RootCauseId).Order(), candidates.RootCauses.Select(r => r.Id).Order());

        // The trajectory counts every delivered root cause as completed.
        var trajectory = await Send(TrustRole.BoardMember, new GetTrajectory(today));
        Assert.Equal(truth.Delivered, trajectory.Total.CompletedToDate);
        Assert.Equal(TrajectoryPercent.Of(trajectory.Total.CompletedToDate, trajectory.Total.PlannedToDate), trajectory.Total.PercentToDate);

        // The board paper for this month, as assembled now: the same figures, and the findings both ways.
        var month = new DateOnly(today.Year, today.Month, 1);
        var paper = (await As(TrustRole.Pmo, people[TrustRole.Pmo][0], sp => sp.GetRequiredService<BoardPaperAssembler>().AssembleAsync(month, default))).Content;
        var total = paper.Assessment.Total;
        Assert.Equal((truth.RootCauses, truth.Delivered, findings.Total), (total.RootCausesIdentified, total.Completed, total.FindingsCovered));
        Assert.Equal((trajectory.Total.PlannedToDate, trajectory.Total.PercentToDate), (total.Planned, total.PercentOfTrajectory));
        foreach (var isg in paper.Assessment.Isgs)
        {
            var series = trajectory.Series.Single(s => s.Isg == isg.Isg && s.Priority is null);
            Assert.Equal((series.CompletedToDate, series.PlannedToDate, series.PercentToDate), (isg.Figures.Completed, isg.Figures.Planned, isg.Figures.PercentOfTrajectory));
        }
        Assert.Equal(truth.RootCauses, paper.Assessment.Isgs.Sum(i => i.Figures.RootCausesIdentified));
        Assert.Equal((findings.ReportMustDo, findings.ReportShouldDo, findings), (paper.Situation.MustDoFindings, paper.Situation.ShouldDoFindings, paper.Situation.Findings));
        Assert.Equal(exceptions, paper.Assessment.Exceptions.Count);
        Assert.Equal(truth.Overdue, paper.Assessment.Exceptions.Count(e => e.DaysOverdue > 0));
    }
}

[Collection(OnSqlite.Name)]
public sealed class HeadlineFiguresOnSqlite() : HeadlineFiguresTests(DatabaseProvider.Sqlite);

[Collection(OnPostgres.Name)]
public sealed class HeadlineFiguresOnPostgres() : HeadlineFiguresTests(DatabaseProvider.Postgres);
