using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Oversight;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Oversight;

/// <summary>The SystemAdmin's list of oversight organisations, with their people and how many trusts grant each access.</summary>
[SystemAdminOnly]
public sealed record ListOversightOrganisations : IQuery<IReadOnlyList<OrganisationDto>>;

public sealed record OrganisationDto(Guid Id, string Name, OversightKind Kind, IReadOnlyList<OrganisationMemberDto> Members, int GrantingTrusts);

public sealed record OrganisationMemberDto(Guid UserId, string Name, string Email);

public sealed class ListOversightOrganisationsHandler(QipDbContext db) : IRequestHandler<ListOversightOrganisations, IReadOnlyList<OrganisationDto>>
{
    public async Task<IReadOnlyList<OrganisationDto>> Handle(ListOversightOrganisations request, CancellationToken ct)
    {
        var organisations = await db.OversightOrganisations.OrderBy(o => o.Name)
            .Select(o => new
            {
                o.Id, o.Name, o.Kind,
                Members = db.OversightMembers.Where(m => m.OrganisationId == o.Id)
                    .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u)
                    // Ordered before the projection: EF cannot translate an order on a constructed record.
                    .OrderBy(u => u.DisplayName)
                    .Select(u => new OrganisationMemberDto(u.Id, u.DisplayName, u.Email ?? "")).ToList(),
            })
            .ToListAsync(ct);
        // The SystemAdmin acts in no trust: the active grants are counted across trusts, nothing else of them is read.
        var granting = await db.OversightGrants.IgnoreQueryFilters().Where(g => g.RevokedAt == null)
            .GroupBy(g => g.OrganisationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return organisations.Select(o => new OrganisationDto(o.Id, o.Name, o.Kind, o.Members, granting.GetValueOrDefault(o.Id))).ToList();
    }
}
