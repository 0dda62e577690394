using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Auditing;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tests.Support;

namespace QipTracker.Infrastructure.Tests.Persistence;

/// <summary>Every change to status, dates, owner or evidence is kept: who, when, before, after.</summary>
public sealed class AuditTrailTests(DatabaseFixture databases) : PersistenceTest(databases)
{
    [Theory, BothProviders]
    public async Task Creating_a_root_cause_records_who_created_it_when_and_with_what(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        database.Clock.Advance(new TimeSpan(2, 5, 30, 15, 123)); // the clock is shared by the class's tests: only forwards
        var at = database.Clock.GetUtcNow();
        var rootCause = new RootCause(trust.TrustId, "RC-2.1", "Escalation of deteriorating patients is not audited.",
            trust.UserId, trust.IsgId, new DateOnly(2026, 9, 30));

        await using (var db = database.ContextAsPmoOf(trust))
        {
            db.RootCauses.Add(rootCause);
            await db.SaveChangesAsync();
        }

        var entry = Assert.Single(await AuditOf(database, rootCause.Id));
        Assert.Equal(AuditOperation.Created, entry.Operation);
        Assert.Equal(nameof(RootCause), entry.EntityType);
        Assert.Equal(trust.TrustId, entry.TrustId);
        Assert.Equal(trust.UserId, entry.UserId);
        Assert.Equal(at, entry.At);
        Assert.Null(entry.Before);
        Assert.Contains("\"Reference\":\"RC-2.1\"", entry.After);
        Assert.Contains("\"BaselineDue\":\"2026-09-30\"", entry.After);
    }

    [Theory, BothProviders]
    public async Task Each_changed_field_is_recorded_with_before_after_user_and_time(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        database.Clock.Advance(TimeSpan.FromDays(14));
        var at = database.Clock.GetUtcNow();

        await using (var db = database.ContextAsPmoOf(trust))
        {
            var rootCause = await db.RootCauses.SingleAsync(r => r.Id == trust.RootCauseId);
            rootCause.Rebaseline(new DateOnly(2026, 7, 31));
            rootCause.ReportProgress(new DateOnly(2026, 8, 14), offTrack: true, on: new DateOnly(2026, 6, 1));
            await db.SaveChangesAsync();
        }

        var changes = (await AuditOf(database, trust.RootCauseId)).Where(a => a.Operation == AuditOperation.Modified).ToList();
        Assert.Equal(
            [
                ("BaselineDue", "2026-06-30", "2026-07-31"),
                ("ForecastDue", "2026-06-30", "2026-08-14"),
                ("OffTrackSince", null, "2026-06-01"),
                ("ReportedOffTrack", "False", "True"),
                ("Status", "NotStarted", "InProgress"),
            ],
            changes.Select(c => (c.Field, c.Before, c.After)).OrderBy(c => c.Field));
        Assert.All(changes, c =>
        {
            Assert.Equal(trust.UserId, c.UserId);
            Assert.Equal(at, c.At);
            Assert.Equal(trust.TrustId, c.TrustId);
        });
    }

    [Theory, BothProviders]
    public async Task A_changed_sbar_is_recorded_part_by_part(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);

        await using (var db = database.ContextAsPmoOf(trust))
        {
            var rootCause = await db.RootCauses.SingleAsync(r => r.Id == trust.RootCauseId);
            rootCause.WriteSbar(new Sbar("CTG reviews missed at night", "", "Staffing gap on nights", ""));
            await db.SaveChangesAsync();
        }

        var changes = (await AuditOf(database, trust.RootCauseId)).Where(a => a.Operation == AuditOperation.Modified);
        Assert.Equal(
            [("Sbar.Assessment", "", "Staffing gap on nights"), ("Sbar.Situation", "", "CTG reviews missed at night")],
            changes.Select(c => (c.Field, c.Before, c.After)).OrderBy(c => c.Field));
    }

    [Theory, BothProviders]
    public async Task Removing_evidence_records_what_was_removed_and_by_whom(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);

        await using (var db = database.ContextAsPmoOf(trust))
        {
            db.Evidence.Remove(await db.Evidence.SingleAsync(e => e.Id == trust.EvidenceId));
            await db.SaveChangesAsync();
        }

        var deleted = Assert.Single(await AuditOf(database, trust.EvidenceId), a => a.Operation == AuditOperation.Deleted);
        Assert.Equal(trust.UserId, deleted.UserId);
        Assert.Contains("\"Title\":\"CTG audit March\"", deleted.Before);
        Assert.Null(deleted.After);
    }

    [Theory, BothProviders]
    public async Task Changing_a_trusts_sites_records_the_lists_before_and_after(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);

        await using (var db = database.ContextAsPmoOf(trust))
        {
            var entity = await db.Trusts.SingleAsync();
            entity.DescribeProfile([.. entity.Sites, "Eastfield Birth Centre"], entity.PopulationServed, entity.ImprovementDirector, entity.BuddyTrusts);
            await db.SaveChangesAsync();
        }

        var change = Assert.Single(await AuditOf(database, trust.TrustId), a => a.Operation == AuditOperation.Modified);
        Assert.Equal(("Sites", "Northshire General Hospital, St Anne's Community Hospital",
                "Northshire General Hospital, St Anne's Community Hospital, Eastfield Birth Centre"),
            (change.Field, change.Before, change.After));
        Assert.Equal(trust.TrustId, change.TrustId);
    }

    [Theory, BothProviders]
    public async Task A_save_that_changes_nothing_writes_no_audit_and_keeps_the_version(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);

        await using (var db = database.ContextAsPmoOf(trust))
        {
            var rootCause = await db.RootCauses.SingleAsync(r => r.Id == trust.RootCauseId);
            rootCause.Redescribe(rootCause.Description);
            rootCause.Rebaseline(rootCause.BaselineDue);
            Assert.Equal(0, await db.SaveChangesAsync());
        }

        Assert.DoesNotContain(await AuditOf(database, trust.RootCauseId), a => a.Operation == AuditOperation.Modified);
        await using var check = database.ContextAsPmoOf(trust);
        Assert.Equal(0, (await check.RootCauses.SingleAsync(r => r.Id == trust.RootCauseId)).Version);
    }

    private static async Task<List<AuditEntry>> AuditOf(TestDatabase database, Guid entityId)
    {
        await using var db = database.CreateContext(u => u.ActAsSystemEverywhere());
        return await db.AuditEntries.Where(a => a.EntityId == entityId).OrderBy(a => a.Id).ToListAsync();
    }
}
