using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Ecib;
using QipTracker.Web.Features.Escalations;
using QipTracker.Web.Features.Trusts;
using QipTracker.Web.Jobs;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

/// <summary>The weekly ECIB pack and the trust's own escalation thresholds, including off-track work escalated before it is due.</summary>
public abstract class EcibPackTests(QipAppFactory app)
{
    private async Task RunJob(string id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync(id);
    }

    [Fact]
    public async Task The_trusts_thresholds_set_the_ladder_and_off_track_work_climbs_it_before_it_is_due()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Thr {Guid.NewGuid():N}"[..11]);
        var today = app.Clock.Today();
        await Assert.ThrowsAsync<Domain.Common.DomainException>(() =>
            app.SendAs(trust, TrustRole.TrustAdmin, new SetEscalationThresholds(2, 2, 5, 8)));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            app.SendAs(trust, TrustRole.BoardMember, new SetEscalationThresholds(1, 2, 3, 4)));
        var set = await app.SendAs(trust, TrustRole.Pmo, new SetEscalationThresholds(1, 2, 3, 4));
        Assert.Equal(new ThresholdsDto(1, 2, 3, 4), (await app.SendAs(trust, TrustRole.BoardMember, new GetCurrentTrust())).EscalationThresholds);
        Assert.Equal(new ThresholdsDto(1, 2, 3, 4), set);

        // RC-001 is 5 days overdue: with these thresholds it has reached the ECIB. RC-002 is due in 5 days but was
        // reported off track 3 days ago: it counts from then, so it has climbed to the executive.
        await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var rc2 = await db.RootCauses.SingleAsync(r => r.Id == trust.RootCauseIds[1]);
            rc2.ReportProgress(rc2.BaselineDue.AddDays(20), offTrack: true, today.AddDays(-3));
            return await db.SaveChangesAsync();
        });
        await RunJob("overdue-escalation");
        var escalations = (await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Escalations
                .Where(e => e.TrustId == trust.TrustId).ToListAsync()))
            .ToDictionary(e => e.Reference); // one escalation per item
        Assert.Equal(EscalationLevel.Ecib, escalations["RC-001"].Level);
        Assert.Equal(Enum.GetValues<EscalationLevel>(), escalations["RC-001"].Steps.Select(s => s.Level));
        Assert.Equal(EscalationLevel.AccountableExecutive, escalations["RC-002"].Level);
        Assert.Equal([EscalationLevel.Owner, EscalationLevel.IsgChair, EscalationLevel.AccountableExecutive], escalations["RC-002"].Steps.Select(s => s.Level));
        Assert.True(escalations["RC-002"].OffTrack);
        var ownerLetter = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().OutboxEmails
            .SingleAsync(o => o.TrustId == trust.TrustId && o.ToAddress == trust[TrustRole.RootCauseOwner].Email && o.DedupKey!.StartsWith("escalations:")));
        Assert.Contains("RC-002: reported off track before its due date", ownerLetter.TextBody);
    }

    [Fact]
    public async Task The_weekly_pack_lists_off_track_items_with_recovery_plans_and_pending_changes_and_is_emailed_once_a_week()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Ecb {Guid.NewGuid():N}"[..11]);
        await RunJob("overdue-escalation");
        var owners = await app.SendAs(trust, TrustRole.RootCauseOwner, new ListEscalations());
        var escalation = owners.Rows.First(e => e.Reference == "RC-001");
        await app.SendAs(trust, TrustRole.RootCauseOwner, new WriteRecoveryPlan(escalation.Id, "Second pharmacist starts Monday", escalation.Version));
        await app.SendAs(trust, TrustRole.RootCauseOwner, new Features.ChangeRequests.RequestChange(trust.RootCauseIds[0],
            Domain.ChangeControl.ChangeKind.NewDueDate, "Supplier delay", app.Clock.Today().AddDays(30), null, null, null, null));

        var pack = await app.SendAs(trust, TrustRole.AccountableExecutive, new GetEcibPack());
        var item = Assert.Single(pack.OffTrack);
        Assert.Equal(("RC-001", 5, "Second pharmacist starts Monday"), (item.Reference, item.DaysOverdue, item.RecoveryPlan));
        Assert.Equal(EscalationLevel.Owner, item.Level);
        Assert.Equal("RC-001", Assert.Single(pack.PendingChanges).RootCauseReference);
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.RootCauseOwner, new GetEcibPack()));

        await RunJob("ecib-pack");
        await RunJob("ecib-pack");
        var letters = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().OutboxEmails
            .Where(o => o.TrustId == trust.TrustId && o.DedupKey!.StartsWith("ecib-pack:")).ToListAsync());
        var letter = Assert.Single(letters);
        Assert.Equal(trust[TrustRole.AccountableExecutive].Email, letter.ToAddress);
        Assert.Contains("RC-001", letter.TextBody);
        Assert.Contains("Second pharmacist starts Monday", letter.TextBody);
        Assert.Contains("Supplier delay", letter.TextBody);
    }
}

[Collection(OnSqlite.Name)]
public sealed class EcibPackOnSqlite(SqliteApp app) : EcibPackTests(app);
[Collection(OnPostgres.Name)]
public sealed class EcibPackOnPostgres(PostgresApp app) : EcibPackTests(app);
