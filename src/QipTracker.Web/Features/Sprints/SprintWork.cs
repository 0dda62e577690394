using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Sprints;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.Sprints;

/// <summary>
/// Reads what a sprint is made of, set-based: an ISG's root causes and actions as scope candidates,
/// and the deliveries of a sprint's scope as they stand now. Shared by starting, closing and the review.
/// </summary>
public sealed class SprintWork(QipDbContext db)
{
    /// <summary>The ISG's root causes and actions; root causes carry their RAG on <paramref name="ragOn"/>.</summary>
    public async Task<List<ScopeCandidate>> CandidatesAsync(Guid isgId, DateOnly ragOn, CancellationToken ct)
    {
        var rootCauses = await db.RootCauses.AsNoTracking().Where(r => r.IsgId == isgId).OrderBy(r => r.Reference).ToListAsync(ct);
        var actions = await db.Actions.AsNoTracking()
            .Join(db.RootCauses.Where(r => r.IsgId == isgId), a => a.RootCauseId, r => r.Id, (a, r) => new { Action = a, r.Reference })
            .OrderBy(x => x.Reference).ThenBy(x => x.Action.DueOn)
            .ToListAsync(ct);
        return rootCauses.Select(r => ScopeCandidate.Of(r, ragOn))
            .Concat(actions.Select(a => ScopeCandidate.Of(a.Action, a.Reference)))
            .ToList();
    }

    /// <summary>Deliveries of the items in the sprint's scope, wherever those items live now.</summary>
    public async Task<List<ItemDelivery>> DeliveriesAsync(Sprint sprint, CancellationToken ct)
    {
        var ids = sprint.Scope.Select(i => i.ItemId).Distinct().ToList();
        var rootCauses = await db.RootCauses.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        var actions = await db.Actions.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        return rootCauses.Select(r => ScopeCandidate.Of(r).Delivery)
            .Concat(actions.Select(a => ScopeCandidate.Of(a, "").Delivery))
            .OfType<ItemDelivery>()
            .ToList();
    }

    /// <summary>A sprint with its scope rows, tracked for change.</summary>
    public Task<Sprint?> FindAsync(Guid sprintId, CancellationToken ct) =>
        db.Sprints.Include(s => s.Scope).SingleOrDefaultAsync(s => s.Id == sprintId, ct);

    /// <summary>Starts a planned sprint, carrying over what the ISG's previous sprint did not deliver.</summary>
    public async Task StartAsync(Sprint sprint, DateOnly today, CancellationToken ct)
    {
        var others = await db.Sprints.Where(s => s.IsgId == sprint.IsgId && s.Id != sprint.Id && s.State == SprintState.Active).ToListAsync(ct);
        Sprint.EnsureNoOtherActive(sprint, others);
        var previous = await db.Sprints.Include(s => s.Scope)
            .Where(s => s.IsgId == sprint.IsgId && s.Number < sprint.Number && s.State == SprintState.Closed)
            .OrderByDescending(s => s.Number).FirstOrDefaultAsync(ct);
        sprint.Start(await CandidatesAsync(sprint.IsgId, sprint.StartsOn, ct), today, previous);
    }
}
