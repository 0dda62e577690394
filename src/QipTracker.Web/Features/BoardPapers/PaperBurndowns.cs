using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Sprints;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// The sprints of each ISG that ended in the month and have been closed, with their burndown as recorded at the
/// close — a closed sprint never changes, so the same figures the chair reviewed — in the paper's ISG order.
/// </summary>
internal static class PaperBurndowns
{
    public static async Task<ValueList<SprintBurndown>> ReadAsync(QipDbContext db, IReadOnlyList<PaperIsg> isgs, DateOnly month, DateOnly asAt, CancellationToken ct)
    {
        var sprints = await db.Sprints.AsNoTracking().Include(s => s.Scope)
            .Where(s => s.State == SprintState.Closed && s.EndsOn >= month && s.EndsOn <= asAt)
            .ToListAsync(ct);
        return new(isgs.SelectMany(isg => sprints.Where(s => s.IsgId == isg.Id).OrderBy(s => s.Number).Select(s =>
        {
            var chart = Burndown.For(s, [], asAt);
            return new SprintBurndown(isg.Name, s.Number, s.StartsOn, s.EndsOn, s.CommittedScope.Count, s.Delivered.Count, s.CarriedForward.Count,
                new(chart.Days.Select(d => new BurndownPoint(d.Date, d.Day, d.Remaining, d.Ideal, d.Added, d.Removed, d.Delivered))));
        })));
    }
}
