using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

[RequiresRole(TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record Assure(Guid RootCauseId, long Version) : ICommand<RootCauseDto>;

public sealed class AssureHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Assure, RootCauseDto>
{
    public async Task<RootCauseDto> Handle(Assure r, CancellationToken ct)
    {
        var rc = await db.LoadForChangeAsync(user, r.RootCauseId, ct, r.Version);
        rc.Assure(user.UserId ?? Guid.Empty, await db.MayAssureAsync(user, rc, ct), clock.Today());
        return await db.SaveAndShowAsync(rc, clock.Today(), ct);
    }
}
