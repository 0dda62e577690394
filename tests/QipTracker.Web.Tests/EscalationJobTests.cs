using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.Escalations;
using QipTracker.Web.Jobs;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

/// <summary>The daily overdue escalation, run as Hangfire runs it, against the app's fake clock.</summary>
public abstract class EscalationJobTests(QipAppFactory app)
{
    private async Task<string> RunJob()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync("overdue-escalation");
    }

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), Application.Clock.London).DateTime);

    /// <summary>A trust whose own root causes are well in the future, with new ones 1, 8 and 15 days late.</summary>
    private async Task<(TestTrust Trust, Dictionary<string, Guid> Late)> TrustWithLateWorkAsync()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Esc {Guid.NewGuid():N}"[..11]);
        var today = Today;
        var late = await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            foreach (var own in db.RootCauses.Where(r => trust.RootCauseIds.Contains(r.Id))) own.Rebaseline(today.AddYears(1));
            var owner = trust[TrustRole.RootCauseOwner].Id;
            var made = new[] { 1, 8, 15 }.Select(days => new RootCause(trust.TrustId, $"L-{days:00}", $"{days} days late", owner, trust.IsgId, today.AddDays(-days))).ToList();
            db.RootCauses.AddRange(made);
            await db.SaveChangesAsync();
            return made.ToDictionary(r => r.Reference, r => r.Id);
        });
        return (trust, late);
    }

    [Fact]
    public async Task Each_late_item_is_one_escalation_at_its_current_rung_however_high_it_climbs()
    {
        var (trust, late) = await TrustWithLateWorkAsync();

        await RunJob();
        var escalations = await Escalations(late.Values);
        // One row per item — not one per rung (the defect: 462 cards, an item up to four times).
        Assert.All(late.Values, id => Assert.Single(escalations, e => e.ItemId == id));
        Assert.Equal(EscalationLevel.Owner, escalations.Single(e => e.ItemId == late["L-01"]).Level);
        Assert.Equal(EscalationLevel.IsgChair, escalations.Single(e => e.ItemId == late["L-08"]).Level);
        Assert.Equal(EscalationLevel.AccountableExecutive, escalations.Single(e => e.ItemId == late["L-15"]).Level);
        var letters = await Letters(trust);
        Assert.Equal(3, letters.Count); // owner, chair, executive: one combined email each
        var ownerLetter = letters.Single(l => l.ToAddress == trust[TrustRole.RootCauseOwner].Email);
        Assert.Contains("L-01", ownerLetter.TextBody);
        Assert.Contains("L-15: 15 days overdue", ownerLetter.TextBody);

        // L-01 slips a week further (its due date moved back): the same escalation climbs to the chair.
        var first = escalations.Single(e => e.ItemId == late["L-01"]).Id;
        await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            (await db.RootCauses.SingleAsync(r => r.Id == late["L-01"])).Rebaseline(Today.AddDays(-8));
            return await db.SaveChangesAsync();
        });
        await RunJob();
        var climbed = Assert.Single(await Escalations([late["L-01"]]));
        Assert.Equal((first, EscalationLevel.IsgChair), (climbed.Id, climbed.Level));

        // Running again the same day changes nothing and sends nothing new.
        var before = (await Escalations(late.Values)).Select(e => (e.Id, e.Level, e.Version)).Order().ToList();
        var lettersBefore = (await Letters(trust)).Count;
        await RunJob();
        Assert.Equal(before, (await Escalations(late.Values)).Select(e => (e.Id, e.Level, e.Version)).Order().ToList());
        Assert.Equal(lettersBefore, (await Letters(trust)).Count);

        // Completing the 15-day item resolves its escalation on the next run.
        await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var rc = await db.RootCauses.Include(r => r.Evidence).SingleAsync(r => r.Id == late["L-15"]);
            rc.AddEvidence(Domain.Plans.Evidence.Note(trust.TrustId, rc.Id, "Audit", "Fixed", trust[TrustRole.RootCauseOwner].Id, app.Clock.GetUtcNow()));
            rc.MarkCompleted(Today);
            return await db.SaveChangesAsync();
        });
        await RunJob();
        Assert.DoesNotContain(await Escalations([late["L-15"]]), e => e.ResolvedOn == null);
    }

    [Fact]
    public async Task The_owner_sees_each_item_once_with_its_climb_and_writes_its_one_recovery_plan()
    {
        var (trust, late) = await TrustWithLateWorkAsync();
        await RunJob();

        var mine = await app.SendAs(trust, TrustRole.RootCauseOwner, new ListEscalations());
        Assert.Equal(EscalationScope.Mine, mine.Scope);
        Assert.Equal(3, mine.Total);
        Assert.Equal(["L-01", "L-08", "L-15"], mine.Rows.Select(e => e.Reference).Order());
        Assert.All(mine.Rows, e => Assert.True(e.MayWriteRecoveryPlan));
        var worst = mine.Rows.Single(e => e.Reference == "L-15");
        Assert.Equal((EscalationLevel.AccountableExecutive, 15), (worst.Level, worst.DaysOverdue));
        Assert.Equal([EscalationLevel.Owner, EscalationLevel.IsgChair, EscalationLevel.AccountableExecutive], worst.History.Select(h => h.Level));
        Assert.Equal(
            [trust[TrustRole.RootCauseOwner].DisplayName, trust[TrustRole.IsgChair].DisplayName, trust[TrustRole.AccountableExecutive].DisplayName],
            worst.History.Select(h => Assert.Single(h.Told).Name));

        var planned = await app.SendAs(trust, TrustRole.RootCauseOwner, new WriteRecoveryPlan(worst.Id, "Locum booked; audit re-run by Friday", worst.Version));
        Assert.Equal(trust[TrustRole.RootCauseOwner].DisplayName, planned.WrittenBy);
        await Assert.ThrowsAsync<Application.ConflictException>(() =>
            app.SendAs(trust, TrustRole.RootCauseOwner, new WriteRecoveryPlan(worst.Id, "Another plan", worst.Version)));
        await Assert.ThrowsAsync<Application.ForbiddenException>(() =>
            app.SendAs(trust, TrustRole.BoardMember, new WriteRecoveryPlan(worst.Id, "Not mine to write", planned.Version)));
        var board = await app.SendAs(trust, TrustRole.BoardMember, new ListEscalations());
        Assert.Equal(EscalationScope.All, board.Scope);
        var seen = Assert.Single(board.Rows, e => e.Id == worst.Id);
        Assert.Equal("Locum booked; audit re-run by Friday", seen.RecoveryPlan);
        Assert.False(seen.MayWriteRecoveryPlan);

        // Another trust cannot reach it at all.
        var other = await TestTrust.CreateAsync(app.Services, $"Esx {Guid.NewGuid():N}"[..11]);
        await Assert.ThrowsAsync<Application.NotFoundException>(() =>
            app.SendAs(other, TrustRole.Pmo, new WriteRecoveryPlan(worst.Id, "Not our trust", planned.Version)));
        Assert.DoesNotContain((await app.SendAs(other, TrustRole.Pmo, new ListEscalations())).Rows, e => e.Id == worst.Id);
    }

    private Task<List<Escalation>> Escalations(IEnumerable<Guid> ids)
    {
        var list = ids.ToList();
        return app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Escalations.Where(e => list.Contains(e.ItemId)).ToListAsync());
    }

    private Task<List<Infrastructure.Email.OutboxEmail>> Letters(TestTrust trust) =>
        app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().OutboxEmails
            .Where(o => o.TrustId == trust.TrustId && o.DedupKey!.StartsWith("escalations:")).ToListAsync());
}

[Collection(OnSqlite.Name)]
public sealed class EscalationJobOnSqlite(SqliteApp app) : EscalationJobTests(app);
[Collection(OnPostgres.Name)]
public sealed class EscalationJobOnPostgres(PostgresApp app) : EscalationJobTests(app);
