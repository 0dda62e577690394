using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Evidence;

/// <summary>A root cause's evidence, oldest first. Everyone in the trust may see what closes the loop.</summary>
[AnyTrustMember]
public sealed record ListEvidence(Guid RootCauseId) : IQuery<IReadOnlyList<EvidenceDto>>;

public sealed class ListEvidenceHandler(QipDbContext db) : IRequestHandler<ListEvidence, IReadOnlyList<EvidenceDto>>
{
    public async Task<IReadOnlyList<EvidenceDto>> Handle(ListEvidence r, CancellationToken ct)
    {
        // Through the tenant filter: another trust's root cause is not found rather than empty.
        if (!await db.RootCauses.AnyAsync(rc => rc.Id == r.RootCauseId, ct)) throw new NotFoundException($"Root cause {r.RootCauseId}");
        return await db.ListEvidenceAsync(e => e.RootCauseId == r.RootCauseId, ct);
    }
}
