using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Jobs;

/// <summary>
/// Runs a job's work in each trust in turn, as the system inside that trust, so every query the work makes
/// is scoped to it; the change tracker is cleared between trusts so nothing one trust loaded is saved with
/// the next. Which trusts follows how the job was started: a job acting everywhere (its schedule, the
/// SystemAdmin's "run now") walks every trust; a job started inside one trust (a trust admin's "run now")
/// works in that trust only and never reaches another. Afterwards the job acts as it started.
/// </summary>
public sealed class TrustByTrust(QipDbContext db, CurrentUser current)
{
    /// <param name="which">Only these trusts (all the job may reach when null).</param>
    /// <returns>How many trusts the work ran in.</returns>
    public async Task<int> RunAsync(Func<Trust, Task> work, CancellationToken ct, Expression<Func<Trust, bool>>? which = null)
    {
        Guid? only = current.AllTrusts ? null
            : current.TrustId ?? throw new InvalidOperationException("A job runs either everywhere or inside one trust; this one has neither.");
        var query = db.Trusts.IgnoreQueryFilters().AsNoTracking();
        if (only is { } one) query = query.Where(t => t.Id == one);
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
            if (only is { } started) current.ActAsSystemIn(started);
            else current.ActAsSystemEverywhere();
        }
        return trusts.Count;
    }
}
