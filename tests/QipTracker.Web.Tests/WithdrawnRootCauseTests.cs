using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Actions;
using QipTracker.Web.Features.ChangeRequests;
using QipTracker.Web.Features.Evidence;
using QipTracker.Web.Features.Findings;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Features.Register;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

/// <summary>
/// A root cause the ECIB withdrew from the plan is changed by nobody: its page hides the buttons, and the server refuses
/// what a script or a stale tab still sends, whoever sends it, with the Domain's words for it.
/// </summary>
public abstract class WithdrawnRootCauseTests(QipAppFactory app)
{
    private const string Withdrawn = "Root cause RC-001 was withdrawn from the plan.";

    /// <summary>
    /// RC-001 with an action owned by someone who may not update the root cause itself (so that path is tried too), moved
    /// on once while the root cause was live; then withdrawn by an approved change request.
    /// </summary>
    private async Task<(TestTrust Trust, Guid RootCauseId, ActionDto Action)> WithdrawnWithAnActionAsync()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Withdrawn {Guid.NewGuid():N}"[..17]);
        var id = trust.RootCauseIds[0];
        var actionOwner = trust[TrustRole.BoardMember];
        var added = await app.SendAs(trust, TrustRole.RootCauseOwner, new AddAction(id, "Audit the drug fridges", actionOwner.Id, app.Clock.Today().AddDays(14)));
        var moved = await app.SendAs(actionOwner, trust, TrustRole.RootCauseOwner, new UpdateAction(added.Id, ActionStatus.InProgress, "Started", added.Version));
        Assert.Equal(ActionStatus.InProgress, moved.Status); // while the root cause is live, its owner moves it on

        var request = await app.SendAs(trust, TrustRole.Pmo, new RequestChange(id, ChangeKind.Withdrawal, "Duplicate of RC-002"));
        await app.SendAs(trust, TrustRole.AccountableExecutive, new DecideChange(request.Id, true, null, request.Version));
        Assert.NotNull((await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(id))).WithdrawnOn);
        return (trust, id, moved);
    }

    private static async Task Refused<T>(Func<Task<T>> send) =>
        Assert.Equal(Withdrawn, (await Assert.ThrowsAsync<DomainException>(async () => await send())).Message);

    [Fact]
    public async Task Its_actions_are_neither_added_nor_moved_on_by_anyone()
    {
        var (trust, id, action) = await WithdrawnWithAnActionAsync();

        await Refused(() => app.SendAs(trust, TrustRole.RootCauseOwner, new AddAction(id, "Re-audit", trust[TrustRole.RootCauseOwner].Id, app.Clock.Today().AddDays(7))));
        await Refused(() => app.SendAs(trust, TrustRole.Pmo, new UpdateAction(action.Id, ActionStatus.Done, "Done", action.Version)));
        await Refused(() => app.SendAs(trust[TrustRole.BoardMember], trust, TrustRole.RootCauseOwner,
            new UpdateAction(action.Id, ActionStatus.Done, "Done", action.Version)));

        var actions = await app.SendAs(trust, TrustRole.Pmo, new ListActions(id));
        var only = Assert.Single(actions);
        Assert.Equal((ActionStatus.InProgress, "Started", action.Version), (only.Status, only.ProgressNote, only.Version));
        Assert.False(only.MayUpdate);
    }

    [Fact]
    public async Task Its_sbar_change_requests_and_evidence_are_refused()
    {
        var (trust, id, _) = await WithdrawnWithAnActionAsync();
        var before = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(id));
        var changes = await app.SendAs(trust, TrustRole.Pmo, new ListChangeRequests(RootCauseId: id));

        await Refused(() => app.SendAs(trust, TrustRole.RootCauseOwner, new EditSbar(id, new Sbar("Situation", "Background", "Assessment", "Recommendation"), before.Version)));
        await Refused(() => app.SendAs(trust, TrustRole.Pmo, new RequestChange(id, ChangeKind.NewDueDate, "More time", ProposedDue: app.Clock.Today().AddMonths(2))));
        await Refused(() => app.SendAs(trust, TrustRole.IsgChair, new AddNoteEvidence(id, "Audit", "Checks done")));

        var after = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(id));
        Assert.Equal((before.Sbar, before.Version), (after.Sbar, after.Version));
        Assert.Equal(changes.Count, (await app.SendAs(trust, TrustRole.Pmo, new ListChangeRequests(RootCauseId: id))).Count);
        Assert.Equal(0, await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Evidence.CountAsync(e => e.RootCauseId == id)));
    }

    [Fact]
    public async Task Its_owner_isg_findings_kpi_and_a_change_raised_before_the_withdrawal_stay_as_they_were()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Withdrawn {Guid.NewGuid():N}"[..17]);
        var (id, live) = (trust.RootCauseIds[0], trust.RootCauseIds[1]);
        var newDate = await app.SendAs(trust, TrustRole.Pmo, new RequestChange(id, ChangeKind.NewDueDate, "More time", ProposedDue: app.Clock.Today().AddMonths(2)));
        var withdrawal = await app.SendAs(trust, TrustRole.Pmo, new RequestChange(id, ChangeKind.Withdrawal, "Duplicate of RC-002"));
        await app.SendAs(trust, TrustRole.AccountableExecutive, new DecideChange(withdrawal.Id, true, null, withdrawal.Version));
        var before = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(id));
        var liveBefore = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(live));

        await Refused(() => app.SendAs(trust, TrustRole.AccountableExecutive, new DecideChange(newDate.Id, true, null, newDate.Version)));
        await Refused(() => app.SendAs(trust, TrustRole.Pmo, new BulkReassign([(live, liveBefore.Version), (id, before.Version)], trust[TrustRole.IsgChair].Id)));
        await Refused(() => app.SendAs(trust, TrustRole.Pmo, new UnlinkRootCause(trust.FindingId, id, before.Version)));
        await Refused(() => app.SendAs(trust, TrustRole.IsgChair, new LinkRootCauseKpi(id, null, before.Version)));

        var after = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(id));
        Assert.Equal((before.Version, before.BaselineDue, before.OwnerId), (after.Version, after.BaselineDue, after.OwnerId));
        Assert.Equal(before.FindingReferences, after.FindingReferences);
        Assert.Equal(liveBefore.Version, (await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(live))).Version); // nothing of the batch moved
        var pending = (await app.SendAs(trust, TrustRole.Pmo, new ListChangeRequests(RootCauseId: id))).Single(c => c.Id == newDate.Id);
        Assert.Equal(ChangeStatus.Pending, pending.Status);
        // The stale request can still be closed: rejected, with the reason on record.
        await app.SendAs(trust, TrustRole.AccountableExecutive, new DecideChange(newDate.Id, false, "Withdrawn meanwhile", pending.Version));
    }

    [Fact]
    public async Task A_script_is_told_why_over_http()
    {
        var (trust, id, _) = await WithdrawnWithAnActionAsync();
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var version = (await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(id))).Version;

        var response = await owner.PutAsJsonAsync($"/api/v1/root-causes/{id}/sbar",
            new { sbar = new { situation = "S", background = "B", assessment = "A", recommendation = "R" }, version });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(Withdrawn, await response.Content.ReadAsStringAsync());
    }
}

[Collection(OnSqlite.Name)]
public sealed class WithdrawnRootCauseOnSqlite(SqliteApp app) : WithdrawnRootCauseTests(app);
[Collection(OnPostgres.Name)]
public sealed class WithdrawnRootCauseOnPostgres(PostgresApp app) : WithdrawnRootCauseTests(app);
