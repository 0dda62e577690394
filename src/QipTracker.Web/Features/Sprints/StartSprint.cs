using MediatR;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Sprints;

/// <summary>Starts a planned sprint by hand (the daily job does it on the first day).</summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair)]
public sealed record StartSprint(Guid SprintId, long Version) : ICommand<SprintRow>;

public sealed class StartSprintHandler(QipDbContext db, ICurrentUser user, TimeProvider clock, SprintWork work) : IRequestHandler<StartSprint, SprintRow>
{
    public async Task<SprintRow> Handle(StartSprint r, CancellationToken ct)
    {
        var sprint = await db.LoadToRunAsync(user, work, r.SprintId, r.Version, ct);
        await work.StartAsync(sprint, clock.Today(), ct);
        await db.SaveChangesAsync(ct);
        return SprintRow.Of(sprint);
    }
}
