using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

[RequiresRole(TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record Embed(Guid RootCauseId, long Version) : ICommand<RootCauseDto>;

public sealed class EmbedHandler(QipDbContext db, ICurrentUser user, TimeProvider clock, IEmbeddingRule embedding) : IRequestHandler<Embed, RootCauseDto>
{
    public async Task<RootCauseDto> Handle(Embed r, CancellationToken ct)
    {
        var rc = await db.LoadForAssuranceAsync(user, r.RootCauseId, r.Version, "mark it embedded", ct);
        rc.Embed(await embedding.IsSustainedAsync(rc, ct), clock.Today());
        return await db.SaveAndShowAsync(rc, clock.Today(), ct);
    }
}
