using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using QipTracker.Domain.Escalations;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tests.Support;

namespace QipTracker.Infrastructure.Tests.Persistence;

/// <summary>
/// Before EscalationsAndSendBack the daily job added a row per rung, so an item showed up to four times. The
/// migration folds each item's rows into one escalation at its highest rung, with the rungs and everyone told.
/// Each test has its own database: it migrates down and up again.
/// </summary>
public sealed class EscalationMergeMigrationTests
{
    private const string Before = "KpisAndPapers";

    [Theory, BothProviders]
    public async Task Rows_raised_per_rung_become_one_escalation_per_item_with_its_history(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        var chair = Guid.NewGuid();
        var due = new DateOnly(2026, 2, 1);
        var (ownerRow, chairRow, oldEpisode, actionRow) = (Guid.Empty, Guid.Empty, Guid.Empty, Guid.Empty);
        await using (var db = database.ContextAsPmoOf(trust))
        {
            var rootCause = await db.RootCauses.SingleAsync(r => r.Id == trust.RootCauseId);
            rootCause.Rebaseline(due);
            var subject = EscalationSubject.Of(rootCause);
            // As the old job left them: a row per rung, each telling its own person, the plan written on the owner's row.
            var owner = new Escalation(trust.TrustId, subject, EscalationLevel.Owner, due.AddDays(1));
            owner.RecordTold([trust.UserId], new DateTimeOffset(2026, 2, 2, 7, 0, 0, TimeSpan.Zero));
            owner.WriteRecoveryPlan("Extra audit sessions booked", trust.UserId, new DateTimeOffset(2026, 2, 3, 10, 0, 0, TimeSpan.Zero));
            var atChair = new Escalation(trust.TrustId, subject, EscalationLevel.IsgChair, due.AddDays(7));
            atChair.RecordTold([chair], new DateTimeOffset(2026, 2, 8, 7, 0, 0, TimeSpan.Zero));
            // An earlier episode, resolved: its one row stays a separate escalation.
            var earlier = new Escalation(trust.TrustId, subject with { DueOn = new DateOnly(2025, 12, 1) }, EscalationLevel.Owner, new DateOnly(2025, 12, 2));
            earlier.Resolve(new DateOnly(2025, 12, 10));
            var action = await db.Actions.SingleAsync(a => a.Id == trust.ActionId);
            var actionEscalation = new Escalation(trust.TrustId, EscalationSubject.Of(action, rootCause.Reference), EscalationLevel.Owner, action.DueOn.AddDays(1));
            db.Escalations.AddRange(owner, atChair, earlier, actionEscalation);
            await db.SaveChangesAsync();
            (ownerRow, chairRow, oldEpisode, actionRow) = (owner.Id, atChair.Id, earlier.Id, actionEscalation.Id);
        }

        await using (var db = database.CreateContext(u => u.ActAsSystemEverywhere()))
        {
            await db.GetService<IMigrator>().MigrateAsync(Before); // back to the schema the old job wrote to
            await db.Database.MigrateAsync();                      // and forward through the merge
        }

        await using var reader = database.ContextAsPmoOf(trust);
        var escalations = await reader.Escalations.Where(e => e.TrustId == trust.TrustId).ToListAsync();
        Assert.Equal(3, escalations.Count);
        var merged = Assert.Single(escalations, e => e.IsOpen && e.ItemKind == EscalatedItemKind.RootCause);
        Assert.Equal(chairRow, merged.Id); // the highest rung's row is the one kept
        Assert.DoesNotContain(escalations, e => e.Id == ownerRow);
        Assert.Equal(EscalationLevel.IsgChair, merged.Level);
        Assert.Equal(due.AddDays(1), merged.RaisedOn);
        Assert.Equal(1, merged.DaysOverdue);
        Assert.Equal([new(EscalationLevel.Owner, due.AddDays(1)), new EscalationStep(EscalationLevel.IsgChair, due.AddDays(7))], merged.Steps);
        Assert.Equal([(trust.UserId, EscalationLevel.Owner), (chair, EscalationLevel.IsgChair)],
            merged.Told.OrderBy(t => t.ToldAt).Select(t => (t.UserId, t.Level!.Value)));
        Assert.Equal("Extra audit sessions booked", merged.RecoveryPlan);
        Assert.Equal(trust.RootCauseId, merged.RootCauseId);

        var resolved = Assert.Single(escalations, e => e.Id == oldEpisode);
        Assert.Equal([new EscalationStep(EscalationLevel.Owner, new DateOnly(2025, 12, 2))], resolved.Steps);
        Assert.Equal(trust.RootCauseId, Assert.Single(escalations, e => e.Id == actionRow).RootCauseId); // an action's root cause is looked up
    }

    [Theory, BothProviders]
    public async Task Work_already_sent_back_is_flagged_from_the_day_the_audit_trail_recorded_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        await using (var db = database.ContextAsPmoOf(trust))
        {
            var rootCause = await db.RootCauses.Include(r => r.Evidence).SingleAsync(r => r.Id == trust.RootCauseId);
            rootCause.MarkCompleted(new DateOnly(2026, 3, 1));
            await db.SaveChangesAsync();
            database.Clock.Advance(TimeSpan.FromDays(2));
            rootCause.SendBack("The audit covers days only", trust.UserId, new DateOnly(2026, 3, 9));
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext(u => u.ActAsSystemEverywhere()))
        {
            await db.GetService<IMigrator>().MigrateAsync(Before); // the columns go, as before the migration
            await db.Database.MigrateAsync();
        }

        await using var reader = database.ContextAsPmoOf(trust);
        var flagged = await reader.RootCauses.SingleAsync(r => r.Id == trust.RootCauseId);
        Assert.Equal(Domain.Plans.RootCauseState.SentBack, flagged.State);
        Assert.Equal(DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime), flagged.SentBackOn); // the audit's day, not the chair's claim
        Assert.Equal(trust.UserId, flagged.SentBackBy);
        Assert.Equal("The audit covers days only", flagged.ReviewComment);
    }
}
