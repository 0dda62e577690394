using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Findings;

[AnyTrustMember]
public sealed record ListFindings(Guid? IsgId = null, FindingKind? Kind = null) : IQuery<IReadOnlyList<FindingDto>>;

public sealed class ListFindingsHandler(QipDbContext db) : IRequestHandler<ListFindings, IReadOnlyList<FindingDto>>
{
    public async Task<IReadOnlyList<FindingDto>> Handle(ListFindings r, CancellationToken ct)
    {
        var query = db.Findings.AsQueryable();
        if (r.IsgId is { } isg) query = query.Where(f => f.IsgId == isg);
        if (r.Kind is { } kind) query = query.Where(f => f.Kind == kind);
        return await query.OrderBy(f => f.Reference)
            .Select(FindingDto.Projection)
            .ToListAsync(ct);
    }
}
