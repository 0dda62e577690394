using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Register;

/// <summary>The ISGs the caller chairs, for the menu's "My ISGs".</summary>
[RequiresRole(TrustRole.IsgChair)]
public sealed record ListMyIsgs : IQuery<IReadOnlyList<MyIsg>>;

public sealed record MyIsg(Guid Id, string Name);

public sealed class ListMyIsgsHandler(QipDbContext db, ICurrentUser user) : IRequestHandler<ListMyIsgs, IReadOnlyList<MyIsg>>
{
    public async Task<IReadOnlyList<MyIsg>> Handle(ListMyIsgs request, CancellationToken ct) =>
        await db.Isgs.Where(i => i.ChairId == user.UserId).OrderBy(i => i.Name).Select(i => new MyIsg(i.Id, i.Name)).ToListAsync(ct);
}
