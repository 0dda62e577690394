using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Sprints;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Jobs;

namespace QipTracker.Web.Features.Sprints;

/// <summary>
/// The daily sprint job, trust by trust and ISG by ISG: closes every active sprint whose last day has
/// passed (with its summary, charts and the chair's email), makes sure the current and next sprints of
/// each scheduled ISG exist, and starts the current one. Idempotent: a second run the same day finds
/// nothing to close, create or start.
/// </summary>
[SystemJob]
public sealed record RunSprintRhythm : IJobRequest;

public sealed class RunSprintRhythmHandler(QipDbContext db, TrustByTrust trusts, TimeProvider clock, SprintWork work, SprintCloser closer)
    : IRequestHandler<RunSprintRhythm, string>
{
    /// <summary>Sprints created ahead, so owners and chairs can see the next one coming.</summary>
    private const int SprintsAhead = 2;

    public async Task<string> Handle(RunSprintRhythm request, CancellationToken ct)
    {
        var (closed, created, started) = (0, 0, 0);
        var count = await trusts.RunAsync(async _ =>
        {
            var (c, n, s) = await RunForTrustAsync(ct);
            (closed, created, started) = (closed + c, created + n, started + s);
        }, ct);
        return $"closed {closed}, created {created}, started {started} sprints across {count} trusts";
    }

    private async Task<(int Closed, int Created, int Started)> RunForTrustAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var (closed, created, started) = (0, 0, 0);

        // Close first, so a sprint ending yesterday hands its unfinished work to the one starting today.
        var ended = await db.Sprints.Include(s => s.Scope).Where(s => s.State == SprintState.Active && s.EndsOn < today).ToListAsync(ct);
        foreach (var sprint in ended)
        {
            await closer.CloseAsync(sprint, ct);
            await db.SaveChangesAsync(ct);
            closed++;
        }

        var isgs = await db.Isgs.Where(i => i.SprintsFrom != null).ToListAsync(ct);
        foreach (var isg in isgs)
        {
            var calendar = SprintCalendar.Of(isg)!;
            var periods = calendar.Upcoming(today, SprintsAhead);
            var numbers = periods.Select(p => p.Number).ToList();
            var existing = await db.Sprints.Where(s => s.IsgId == isg.Id && numbers.Contains(s.Number)).Select(s => s.Number).ToListAsync(ct);
            foreach (var period in periods.Where(p => !existing.Contains(p.Number)))
            {
                db.Sprints.Add(new Sprint(isg.TrustId, isg.Id, period));
                created++;
            }
            await db.SaveChangesAsync(ct);

            var due = await db.Sprints.Include(s => s.Scope)
                .SingleOrDefaultAsync(s => s.IsgId == isg.Id && s.State == SprintState.Planned && s.StartsOn <= today && s.EndsOn >= today, ct);
            if (due is not null && !await db.Sprints.AnyAsync(s => s.IsgId == isg.Id && s.State == SprintState.Active, ct))
            {
                await work.StartAsync(due, today, ct);
                await db.SaveChangesAsync(ct);
                started++;
            }
        }
        return (closed, created, started);
    }
}
