using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.Persistence;

/// <summary>
/// Keeps what a figure "as at a past date" needs, in the same save as the change itself, whichever feature, job,
/// import or seed made it: a new finding, root cause or action is stamped with the day it entered the plan
/// (<see cref="PlanEntry"/>, unless the import gave one), and a root cause created, or changed in anything a
/// <see cref="RootCauseStatusRecord"/> keeps, gets a new record; a new root cause whose original baseline was not
/// recorded gets it. Runs before the audit interceptor, so a created
/// record's audit entry shows its entry date.
/// </summary>
public sealed class PlanHistoryInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is QipDbContext db) Record(db);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is QipDbContext db) Record(db);
        return ValueTask.FromResult(result);
    }

    private void Record(QipDbContext db)
    {
        var now = clock.GetUtcNow();
        var today = UkDate.DayOf(now);
        foreach (var entry in db.ChangeTracker.Entries<IInPlanSince>().Where(e => e.State == EntityState.Added && e.Entity.AddedToPlanOn == default))
            entry.Entity.RecordAddedToPlan(PlanEntry.On(today, entry.Entity));

        var changed = db.ChangeTracker.Entries<RootCause>()
            .Where(e => e.State == EntityState.Added
                        || (e.State == EntityState.Modified && e.Properties.Any(p => p.IsModified && RootCauseStatusRecord.Kept.Contains(p.Metadata.Name)
                                                                                    && !Equals(p.OriginalValue, p.CurrentValue))))
            .Select(e => RootCauseStatusRecord.Of(e.Entity, today, now))
            .ToList();
        db.RootCauseHistory.AddRange(changed);

        // A new root cause's original baseline, unless the feature creating it recorded it: without it, a later
        // rebaseline would be read back into the months before it.
        var baselined = db.ChangeTracker.Entries<BaselineRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.RootCauseId).ToHashSet();
        db.BaselineHistory.AddRange(db.ChangeTracker.Entries<RootCause>()
            .Where(e => e.State == EntityState.Added && !baselined.Contains(e.Entity.Id))
            .Select(e => new BaselineRecord(e.Entity.TrustId, e.Entity.Id, e.Entity.BaselineDue, e.Entity.AddedToPlanOn, null, now))
            .ToList());
    }
}
