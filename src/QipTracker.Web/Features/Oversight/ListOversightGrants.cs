using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Oversight;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Oversight;

/// <summary>The trust admin's oversight page: the organisations there are, and this trust's grants (active first, then revoked).</summary>
[RequiresRole(TrustRole.TrustAdmin)]
public sealed record ListOversightGrants : IQuery<OversightAccess>;

public sealed record OversightAccess(IReadOnlyList<OrganisationChoice> Organisations, IReadOnlyList<GrantDto> Grants);

public sealed record OrganisationChoice(Guid Id, string Name, OversightKind Kind);

public sealed record GrantDto(Guid Id, Guid OrganisationId, string Organisation, OversightKind Kind, bool ShowOwnerNames,
    DateTimeOffset GrantedAt, string GrantedBy, DateTimeOffset? RevokedAt, string? RevokedBy, long Version)
{
    public bool Active => RevokedAt is null;
}

public sealed class ListOversightGrantsHandler(QipDbContext db) : IRequestHandler<ListOversightGrants, OversightAccess>
{
    public async Task<OversightAccess> Handle(ListOversightGrants request, CancellationToken ct)
    {
        var organisations = await db.OversightOrganisations.OrderBy(o => o.Name).Select(o => new OrganisationChoice(o.Id, o.Name, o.Kind)).ToListAsync(ct);
        // This trust's grants only: the tenant filter.
        var grants = await db.OversightGrants
            .Join(db.OversightOrganisations, g => g.OrganisationId, o => o.Id, (g, o) => new { g, o })
            .OrderBy(x => x.g.RevokedAt != null).ThenBy(x => x.o.Name).ThenByDescending(x => x.g.GrantedAt)
            .Select(x => new GrantDto(x.g.Id, x.o.Id, x.o.Name, x.o.Kind, x.g.ShowOwnerNames, x.g.GrantedAt,
                db.Users.Where(u => u.Id == x.g.GrantedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                x.g.RevokedAt, db.Users.Where(u => u.Id == x.g.RevokedBy).Select(u => u.DisplayName).FirstOrDefault(), x.g.Version))
            .ToListAsync(ct);
        return new OversightAccess(organisations, grants);
    }
}
