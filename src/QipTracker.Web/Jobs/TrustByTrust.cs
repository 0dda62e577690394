using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Jobs;

/// <summary>
/// Runs a job's work in each trust in turn, as the system inside that trust, so every query the work makes
/// is scoped to it; the change tracker is cleared between trusts so nothing one trust loaded is saved with
/// the next. Afterwards the job acts across all trusts again, as it started.
/// </summary>
public sealed class TrustByTrust(QipDbContext db, CurrentUser current)
{
    /// <param name="which">Only these trusts (all when null).</param>
    /// <returns>How many trusts the work ran in.</returns>
    public async Task<int> RunAsync(Func<Trust, Task> work, CancellationToken ct, Expression<Func<Trust, bool>>? which = null)
    {
        var query = db.Trusts.IgnoreQueryFilters().AsNoTracking();
        var trusts = await (which is null ? query : query.Where(which)).OrderBy(t => t.Name).ToListAsync(ct);
        try
        {
            foreach (var trust in trusts)
            {
                current.ActAsSystemIn(trust.Id);
                await work(trust);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            current.ActAsSystemEverywhere();
        }
        return trusts.Count;
    }
}
