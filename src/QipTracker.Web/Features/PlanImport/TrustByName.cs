using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.PlanImport;

internal static class TrustByName
{
    /// <summary>The trust of that name, across all trusts (a verb has no trust yet); exact first, then ignoring case.</summary>
    public static async Task<Trust?> FindTrustByNameAsync(this QipDbContext db, string name, CancellationToken ct) =>
        await db.Trusts.IgnoreQueryFilters().SingleOrDefaultAsync(t => t.Name == name, ct)
        ?? (await db.Trusts.IgnoreQueryFilters().ToListAsync(ct)).SingleOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
