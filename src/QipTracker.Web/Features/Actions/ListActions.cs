using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Actions;

[AnyTrustMember]
public sealed record ListActions(Guid RootCauseId) : IQuery<IReadOnlyList<ActionDto>>;

public sealed class ListActionsHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ListActions, IReadOnlyList<ActionDto>>
{
    public async Task<IReadOnlyList<ActionDto>> Handle(ListActions r, CancellationToken ct)
    {
        if (!await db.RootCauses.AnyAsync(rc => rc.Id == r.RootCauseId, ct)) throw new NotFoundException($"Root cause {r.RootCauseId}");
        return await ActionView.QueryAsync(db, user, clock.Today(), a => a.RootCauseId == r.RootCauseId, ct);
    }
}
