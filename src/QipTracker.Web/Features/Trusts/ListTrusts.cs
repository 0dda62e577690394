using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Trusts;

/// <summary>Every trust on the platform with its size: the SystemAdmin's view, and only theirs.</summary>
[SystemAdminOnly]
public sealed record ListTrusts : IQuery<IReadOnlyList<TrustSummary>>;

public sealed record TrustSummary(Guid Id, string Name, string OdsCode, TrustType Type, int People, int RootCauses, DateTimeOffset CreatedAt);

public sealed class ListTrustsHandler(QipDbContext db) : IRequestHandler<ListTrusts, IReadOnlyList<TrustSummary>>
{
    public async Task<IReadOnlyList<TrustSummary>> Handle(ListTrusts request, CancellationToken ct) =>
        await db.Trusts.IgnoreQueryFilters().OrderBy(t => t.Name)
            .Select(t => new TrustSummary(t.Id, t.Name, t.OdsCode, t.Type,
                db.Memberships.IgnoreQueryFilters().Where(m => m.TrustId == t.Id).Select(m => m.UserId).Distinct().Count(),
                db.RootCauses.IgnoreQueryFilters().Count(r => r.TrustId == t.Id),
                t.CreatedAt))
            .ToListAsync(ct);
}
