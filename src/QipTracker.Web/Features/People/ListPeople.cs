using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.People;

/// <summary>The trust's members with their roles (for choosing an owner, a chair…). People only invited are not members yet.</summary>
[AnyTrustMember]
public sealed record ListPeople : IQuery<IReadOnlyList<PersonDto>>;

public sealed record PersonDto(Guid UserId, string DisplayName, string Email, IReadOnlyList<TrustRole> Roles)
{
    /// <summary>Holds the role that owns root causes: a choice when reassigning them.</summary>
    public bool OwnsRootCauses => Roles.Contains(TrustRole.RootCauseOwner);
}

public sealed class ListPeopleHandler(QipDbContext db) : IRequestHandler<ListPeople, IReadOnlyList<PersonDto>>
{
    public async Task<IReadOnlyList<PersonDto>> Handle(ListPeople request, CancellationToken ct)
    {
        var rows = await db.Memberships
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email, m.Role })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.Id)
            .Select(g => new PersonDto(g.Key, g.First().DisplayName, g.First().Email ?? "", g.Select(r => r.Role).Order().ToList()))
            .OrderBy(p => p.DisplayName).ToList();
    }
}
