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

    [Fact]
    public async Task Overdue_items_climb_the_ladder_and_each_person_gets_one_email_a_day_however_often_it_runs()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Esc {Guid.NewGuid():N}"[..11]);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), Application.Clock.London).DateTime);
        // The test trust's own root causes are moved well into the future; three new ones are 1, 8 and 15 days late.
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

        await RunJob();
        var (levels, letters) = await Read(trust, late.Values);
        Assert.Equal([EscalationLevel.Owner], levels[late["L-01"]]);
        Assert.Equal([EscalationLevel.Owner, EscalationLevel.IsgChair], levels[late["L-08"]]);
        Assert.Equal([EscalationLevel.Owner, EscalationLevel.IsgChair, EscalationLevel.AccountableExecutive], levels[late["L-15"]]);
        Assert.Equal(3, letters.Count); // owner, chair, executive: one combined email each
        var ownerLetter = letters.Single(l => l.ToAddress == trust[TrustRole.RootCauseOwner].Email);
        Assert.Contains("L-01", ownerLetter.TextBody);
        Assert.Contains("L-15: 15 days overdue", ownerLetter.TextBody);

        // The owner sees their escalations and writes a recovery plan; a stale edit is a conflict.
        var mine = (await app.SendAs(trust, TrustRole.RootCauseOwner, new ListEscalations())).Where(e => late.ContainsValue(e.ItemId)).ToList();
        Assert.Equal(6, mine.Count);
        Assert.All(mine, e => Assert.True(e.Mine));
        var worst = mine.First(e => e.Reference == "L-15" && e.Level == EscalationLevel.AccountableExecutive);
        Assert.Contains(trust[TrustRole.AccountableExecutive].DisplayName, Assert.Single(worst.Told));
        var planned = await app.SendAs(trust, TrustRole.RootCauseOwner, new WriteRecoveryPlan(worst.Id, "Locum booked; audit re-run by Friday", worst.Version));
        Assert.Equal(trust[TrustRole.RootCauseOwner].DisplayName, planned.RecoveryPlanBy);
        await Assert.ThrowsAsync<Application.ConflictException>(() =>
            app.SendAs(trust, TrustRole.RootCauseOwner, new WriteRecoveryPlan(worst.Id, "Another plan", worst.Version)));
        await Assert.ThrowsAsync<Application.ForbiddenException>(() =>
            app.SendAs(trust, TrustRole.BoardMember, new WriteRecoveryPlan(worst.Id, "Not mine to write", planned.Version)));
        Assert.Contains(await app.SendAs(trust, TrustRole.BoardMember, new ListEscalations()), e => e.RecoveryPlan == "Locum booked; audit re-run by Friday");

        await RunJob();
        var (again, lettersAgain) = await Read(trust, late.Values);
        Assert.Equal(levels.Values.Sum(l => l.Count), again.Values.Sum(l => l.Count));
        Assert.Equal(letters.Count, lettersAgain.Count);

        // Completing the 15-day item resolves its escalations on the next run.
        await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var rc = await db.RootCauses.Include(r => r.Evidence).SingleAsync(r => r.Id == late["L-15"]);
            rc.AddEvidence(Domain.Plans.Evidence.Note(trust.TrustId, rc.Id, "Audit", "Fixed", trust[TrustRole.RootCauseOwner].Id, app.Clock.GetUtcNow()));
            rc.MarkCompleted(today);
            return await db.SaveChangesAsync();
        });
        await RunJob();
        var open = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Escalations
            .CountAsync(e => e.ItemId == late["L-15"] && e.ResolvedOn == null));
        Assert.Equal(0, open);
    }

    private Task<(Dictionary<Guid, List<EscalationLevel>> Levels, List<Infrastructure.Email.OutboxEmail> Letters)> Read(TestTrust trust, IEnumerable<Guid> ids) =>
        app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var list = ids.ToList();
            var escalations = await db.Escalations.Where(e => list.Contains(e.ItemId)).ToListAsync();
            var letters = await db.OutboxEmails.Where(o => o.TrustId == trust.TrustId && o.DedupKey!.StartsWith("escalations:")).ToListAsync();
            return (list.ToDictionary(id => id, id => escalations.Where(e => e.ItemId == id).Select(e => e.Level).Order().ToList()), letters);
        });
}

[Collection(OnSqlite.Name)]
public sealed class EscalationJobOnSqlite(SqliteApp app) : EscalationJobTests(app);
[Collection(OnPostgres.Name)]
public sealed class EscalationJobOnPostgres(PostgresApp app) : EscalationJobTests(app);
