using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Sprints;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tests.Support;

namespace QipTracker.Infrastructure.Tests.Persistence;

/// <summary>Sprints with their scope snapshot, and escalations with who was told, survive a round trip on both databases.</summary>
public sealed class RhythmStorageTests(DatabaseFixture databases) : PersistenceTest(databases)
{
    [Theory, BothProviders]
    public async Task A_closed_sprint_keeps_its_committed_scope_and_what_was_delivered(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        var start = Seed.Today;
        Guid sprintId;
        await using (var db = database.ContextAsPmoOf(trust))
        {
            var rootCause = await db.RootCauses.SingleAsync(r => r.Id == trust.RootCauseId);
            var sprint = new Sprint(trust.TrustId, trust.IsgId, new SprintPeriod(1, start, start.AddDays(13)));
            sprint.Start([ScopeCandidate.Of(rootCause) with { DueOn = start.AddDays(5) }], start);
            // Closed early, by the chair, with the reason the sprint keeps.
            sprint.Close([new ItemDelivery(ScopeItemKind.RootCause, rootCause.Id, start.AddDays(4))], database.Clock.GetUtcNow(), start.AddDays(6),
                "The ISG re-planned after the CQC visit", byChairOrPmo: true);
            db.Sprints.Add(sprint);
            await db.SaveChangesAsync();
            sprintId = sprint.Id;
        }

        await using var reader = database.ContextAsPmoOf(trust);
        var stored = await reader.Sprints.Include(s => s.Scope).SingleAsync(s => s.Id == sprintId);
        Assert.Equal(SprintState.Closed, stored.State);
        var item = Assert.Single(stored.CommittedScope);
        Assert.Equal((trust.RootCauseId, true, start.AddDays(4)), (item.ItemId, item.Delivered, item.DeliveredOn));
        Assert.Empty(stored.CarriedForward);
        Assert.Equal((start.AddDays(6), "The ISG re-planned after the CQC visit"), (stored.ClosedOn, stored.EarlyCloseReason));
    }

    [Theory, BothProviders]
    public async Task An_escalation_remembers_who_was_told_and_its_recovery_plan(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        Guid escalationId;
        await using (var db = database.ContextAsPmoOf(trust))
        {
            var rootCause = await db.RootCauses.SingleAsync(r => r.Id == trust.RootCauseId);
            var move = EscalationLadder.Raise(trust.TrustId, EscalationSubject.Of(rootCause), rootCause.BaselineDue.AddDays(8),
                EscalationThresholds.Default, []);
            Assert.Equal([EscalationLevel.Owner, EscalationLevel.IsgChair], move!.Reached);
            move.Escalation.RecordTold([trust.UserId], database.Clock.GetUtcNow(), EscalationLevel.Owner);
            move.Escalation.WriteRecoveryPlan("Extra audit sessions booked for March", trust.UserId, database.Clock.GetUtcNow());
            db.Escalations.Add(move.Escalation);
            await db.SaveChangesAsync();
            escalationId = move.Escalation.Id;
        }

        await using var reader = database.ContextAsPmoOf(trust);
        var stored = await reader.Escalations.SingleAsync(e => e.Id == escalationId);
        Assert.Equal((trust.UserId, EscalationLevel.Owner), (Assert.Single(stored.Told).UserId, stored.Told[0].Level));
        Assert.Equal("Extra audit sessions booked for March", stored.RecoveryPlan);
        Assert.Equal([EscalationLevel.Owner, EscalationLevel.IsgChair], stored.Steps.Select(s => s.Level));
        Assert.Equal(1, await reader.Escalations.CountAsync(e => e.ItemId == trust.RootCauseId));
    }
}
