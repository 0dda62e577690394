using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.Persistence;

/// <summary>
/// Sets <see cref="ChangeStamp.Property"/> on every stamped row added or changed in a save, whichever feature, job or
/// import made the change. A root cause also counts as changed when the findings it answers change (its list row shows
/// them). Runs after the audit interceptor: the stamp is bookkeeping, not a change anyone made, so it is neither
/// audited nor a reason to raise the version.
/// </summary>
public sealed class ChangeStampInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is QipDbContext db) Stamp(db);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is QipDbContext db) Stamp(db);
        return ValueTask.FromResult(result);
    }

    private void Stamp(QipDbContext db)
    {
        var now = ChangeStamp.Truncate(clock.GetUtcNow());
        var relinked = db.ChangeTracker.Entries<RootCauseFinding>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted).Select(e => e.Entity.RootCauseId).ToHashSet();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Metadata.FindProperty(ChangeStamp.Property) is not null).ToList())
        {
            var changed = entry.State is EntityState.Added or EntityState.Modified
                          || (entry.State == EntityState.Unchanged && entry.Entity is RootCause r && relinked.Contains(r.Id));
            if (changed) Set(entry, now);
        }
    }

    private static void Set(EntityEntry entry, DateTimeOffset now) => entry.Property(ChangeStamp.Property).CurrentValue = now;
}
