using MediatR;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Findings;

/// <summary>Links a root cause to a finding it answers; its priority class is re-derived from all its findings.</summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record LinkRootCause(Guid FindingId, Guid RootCauseId, long RootCauseVersion) : ICommand<FindingLinksDto>;

public sealed class LinkRootCauseHandler(QipDbContext db) : IRequestHandler<LinkRootCause, FindingLinksDto>
{
    public async Task<FindingLinksDto> Handle(LinkRootCause r, CancellationToken ct)
    {
        var (finding, rootCause) = await db.LoadLinkAsync(r.FindingId, r.RootCauseId, r.RootCauseVersion, ct);
        rootCause.Answer(finding);
        return await db.RederiveAndShowAsync(rootCause, r.FindingId, ct);
    }
}
