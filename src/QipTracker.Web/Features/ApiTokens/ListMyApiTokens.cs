using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.ApiTokens;

[AnyTrustMember]
public sealed record ListMyApiTokens : IQuery<IReadOnlyList<ApiTokenDto>>;

public sealed class ListMyApiTokensHandler(QipDbContext db, ICurrentUser user) : IRequestHandler<ListMyApiTokens, IReadOnlyList<ApiTokenDto>>
{
    public async Task<IReadOnlyList<ApiTokenDto>> Handle(ListMyApiTokens r, CancellationToken ct) =>
        (await db.ApiTokens.Where(t => t.UserId == user.UserId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct)).Select(ApiTokenView.Of).ToList();
}
