using MediatR;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Findings;

/// <summary>Unlinks a root cause linked in error; its priority class is re-derived from the findings it still answers.</summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record UnlinkRootCause(Guid FindingId, Guid RootCauseId, long RootCauseVersion) : ICommand<FindingLinksDto>;

public sealed class UnlinkRootCauseHandler(QipDbContext db) : IRequestHandler<UnlinkRootCause, FindingLinksDto>
{
    public async Task<FindingLinksDto> Handle(UnlinkRootCause r, CancellationToken ct)
    {
        var (_, rootCause) = await db.LoadLinkAsync(r.FindingId, r.RootCauseId, r.RootCauseVersion, ct);
        rootCause.StopAnswering(r.FindingId);
        return await db.RederiveAndShowAsync(rootCause, r.FindingId, ct);
    }
}
