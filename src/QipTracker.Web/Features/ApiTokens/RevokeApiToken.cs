using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.ApiTokens;

[AnyTrustMember]
public sealed record RevokeApiToken(Guid TokenId) : ICommand<ApiTokenDto>;

public sealed class RevokeApiTokenHandler(QipDbContext db, ICurrentUser user, TimeProvider clock, SecurityLog log) : IRequestHandler<RevokeApiToken, ApiTokenDto>
{
    public async Task<ApiTokenDto> Handle(RevokeApiToken r, CancellationToken ct)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == r.TokenId && t.UserId == user.UserId, ct)
                    ?? throw new NotFoundException($"API token {r.TokenId}");
        token.Revoke(clock.GetUtcNow());
        log.Add(db, SecurityEventKind.ApiTokenRevoked, token.UserId, await ApiTokenView.EmailOfAsync(db, token.UserId, ct), token.TrustId, ApiTokenView.Describe(token));
        await db.SaveChangesAsync(ct);
        return ApiTokenView.Of(token);
    }
}
