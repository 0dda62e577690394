using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Application;

public static class Concurrency
{
    /// <summary>
    /// Stale-edit guard: the version the editor loaded must still be current, else 409. Setting it
    /// as the original value also makes the database refuse the save if someone got in between.
    /// </summary>
    public static void ExpectVersion<T>(this QipDbContext db, T entity, long version) where T : class, IVersioned
    {
        if (entity.Version != version)
            throw new ConflictException($"This record was changed by someone else (version {entity.Version}, you had {version}). Reload it and apply your change again.");
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
    }
}
