using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Escalations;
using QipTracker.Web.Jobs;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

/// <summary>
/// The escalations list as its people use it: scoped to the person by default (owner: theirs; chair: their ISGs;
/// PMO: the trust), filtered and paged on the server, actions named under their root cause, and — before the daily
/// job has run — saying what is late and when it will be escalated rather than "Nothing is escalated".
/// </summary>
public abstract class EscalationListTests(QipAppFactory app)
{
    private async Task RunJob()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync("overdue-escalation");
    }

    private DateOnly Today => app.Clock.Today();

    [Fact]
    public async Task Before_the_first_run_an_owner_is_told_what_is_late_and_when_the_ladder_will_tell_their_chair()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Esw {Guid.NewGuid():N}"[..11]); // RC-001 is 5 days overdue
        await AddActionAsync(trust, trust.RootCauseIds[1], "Re-audit fridge temperatures", Today.AddDays(-3));

        var before = await app.SendAs(trust, TrustRole.RootCauseOwner, new ListEscalations());

        Assert.Equal(0, before.Total);
        Assert.Equal(new NotYetEscalated(2, "07:00", 1, 7, 14, 21), before.Waiting); // RC-001 and the action
        await RunJob();
        var after = await app.SendAs(trust, TrustRole.RootCauseOwner, new ListEscalations());
        Assert.Equal((2, 0), (after.Total, after.Waiting.Items));
    }

    [Fact]
    public async Task An_action_is_escalated_under_its_root_cause_and_named()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Esa {Guid.NewGuid():N}"[..11]);
        await AddActionAsync(trust, trust.RootCauseIds[2], "Install a locked clinical waste store", Today.AddDays(-9));
        await RunJob();

        var list = await app.SendAs(trust, TrustRole.Pmo, new ListEscalations(Kind: EscalatedItemKind.Action));

        var row = Assert.Single(list.Rows);
        Assert.Equal(("RC-003", "Install a locked clinical waste store", Today.AddDays(-9), trust.RootCauseIds[2]),
            (row.Reference, row.ActionTitle, row.DueOn, row.RootCauseId));
        Assert.Equal(EscalationLevel.IsgChair, row.Level);
        Assert.Equal("Unscheduled Care", row.Isg);
    }

    [Fact]
    public async Task A_chair_sees_their_own_ISGs_by_default_and_the_list_filters_and_pages_on_the_server()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Esl {Guid.NewGuid():N}"[..11]);
        // A second ISG, chaired by someone else, with four late root causes of the same owner.
        var other = await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var isg = new ImprovementSteeringGroup(trust.TrustId, "Workforce", ReportingCadence.Fortnightly);
            isg.Appoint(trust[TrustRole.Pmo].Id, null);
            db.Isgs.Add(isg);
            db.RootCauses.AddRange(Enumerable.Range(1, 4).Select(i =>
                new RootCause(trust.TrustId, $"W-{i}", $"Workforce cause {i}", trust[TrustRole.RootCauseOwner].Id, isg.Id, Today.AddDays(-i * 6))));
            await db.SaveChangesAsync();
            return isg.Id;
        });
        await RunJob();

        var chairs = await app.SendAs(trust, TrustRole.IsgChair, new ListEscalations());
        Assert.Equal(EscalationScope.MyIsgs, chairs.Scope);
        Assert.Equal([EscalationScope.Mine, EscalationScope.MyIsgs, EscalationScope.All], chairs.Scopes);
        Assert.Equal(["RC-001"], chairs.Rows.Select(r => r.Reference));
        Assert.Equal([("Unscheduled Care", 1)], chairs.Groups.Select(g => (g.Isg, g.Count)));

        var trustWide = await app.SendAs(trust, TrustRole.IsgChair, new ListEscalations(EscalationScope.All));
        Assert.Equal(5, trustWide.Total);
        Assert.Equal([("Unscheduled Care", 1), ("Workforce", 4)], trustWide.Groups.Select(g => (g.Isg, g.Count)));
        Assert.Equal(["RC-001", "W-4", "W-3", "W-2", "W-1"], trustWide.Rows.Select(r => r.Reference)); // by ISG, highest rung first
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.RootCauseOwner, new ListEscalations(EscalationScope.All)));
        Assert.Equal(EscalationScope.All, (await app.SendAs(trust, TrustRole.Pmo, new ListEscalations())).Scope);

        // Filters: ISG, rung, why, and whether a recovery plan is written.
        Assert.Equal(4, (await app.SendAs(trust, TrustRole.Pmo, new ListEscalations(IsgId: other))).Total);
        var atChair = await app.SendAs(trust, TrustRole.Pmo, new ListEscalations(Level: EscalationLevel.IsgChair));
        Assert.Equal(["W-2"], atChair.Rows.Select(r => r.Reference)); // 12 days late: the chair's rung (W-3 at 18 days is the executive's)
        Assert.Equal(0, (await app.SendAs(trust, TrustRole.Pmo, new ListEscalations(Reason: EscalationReason.OffTrack))).Total);
        var w1 = trustWide.Rows.Single(r => r.Reference == "W-1");
        await app.SendAs(trust, TrustRole.RootCauseOwner, new WriteRecoveryPlan(w1.Id, "Bank staff from Monday", w1.Version));
        Assert.Equal(["W-1"], (await app.SendAs(trust, TrustRole.Pmo, new ListEscalations(HasRecoveryPlan: true))).Rows.Select(r => r.Reference));
        Assert.Equal(4, (await app.SendAs(trust, TrustRole.Pmo, new ListEscalations(HasRecoveryPlan: false))).Total);

        // Paging: two at a time, every item once.
        var pages = new List<EscalationRow>();
        for (var page = 1; page <= 3; page++)
        {
            var slice = await app.SendAs(trust, TrustRole.Pmo, new ListEscalations(Page: page, PageSize: 2));
            Assert.Equal(5, slice.Total);
            pages.AddRange(slice.Rows);
        }
        Assert.Equal(trustWide.Rows.Select(r => r.Id), pages.Select(r => r.Id));
        await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo, new ListEscalations(PageSize: 1000)));
    }

    private Task AddActionAsync(TestTrust trust, Guid rootCauseId, string title, DateOnly dueOn) =>
        app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            db.Actions.Add(new ImprovementAction(trust.TrustId, rootCauseId, title, trust[TrustRole.RootCauseOwner].Id, dueOn));
            return await db.SaveChangesAsync();
        });
}

[Collection(OnSqlite.Name)]
public sealed class EscalationListOnSqlite(SqliteApp app) : EscalationListTests(app);
[Collection(OnPostgres.Name)]
public sealed class EscalationListOnPostgres(PostgresApp app) : EscalationListTests(app);
