using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Sprints;

/// <summary>A sprint as lists show it.</summary>
/// <param name="ClosedOn">The day it closed; null until then.</param>
/// <param name="EarlyCloseReason">Why it closed before its last day; null when it ran its full length.</param>
public sealed record SprintRow(Guid Id, Guid IsgId, int Number, DateOnly StartsOn, DateOnly EndsOn, SprintState State, long Version,
    DateOnly? ClosedOn = null, string? EarlyCloseReason = null)
{
    public static SprintRow Of(Sprint s) => new(s.Id, s.IsgId, s.Number, s.StartsOn, s.EndsOn, s.State, s.Version, s.ClosedOn, s.EarlyCloseReason);
}

/// <summary>Who runs a sprint by hand (<see cref="StartSprint"/>, <see cref="CloseSprint"/>): its ISG's chair, or the PMO for any.</summary>
public static class SprintChairs
{
    /// <summary>The sprint at the version loaded, if this person chairs its ISG or is the PMO.</summary>
    public static async Task<Sprint> LoadToRunAsync(this QipDbContext db, ICurrentUser user, SprintWork work, Guid sprintId, long version, CancellationToken ct)
    {
        var sprint = await work.FindAsync(sprintId, ct) ?? throw new NotFoundException($"Sprint {sprintId}");
        if (!user.IsIn(TrustRole.Pmo))
        {
            var chairId = await db.Isgs.Where(i => i.Id == sprint.IsgId).Select(i => i.ChairId).SingleAsync(ct);
            if (chairId != user.UserId) throw new ForbiddenException("You do not chair this ISG: only its chair or the PMO runs its sprints.");
        }
        db.ExpectVersion(sprint, version);
        return sprint;
    }
}
