using MediatR;
using Microsoft.AspNetCore.Identity;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.Account;

[AnySignedInUser]
public sealed record DisableTwoFactor : ICommand<bool>;

public sealed class DisableTwoFactorHandler(UserManager<AppUser> users, ICurrentUser current, QipDbContext db, SecurityLog log)
    : IRequestHandler<DisableTwoFactor, bool>
{
    public async Task<bool> Handle(DisableTwoFactor request, CancellationToken ct)
    {
        var user = await MyAccount.FindAsync(users, current);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await log.WriteAsync(db, SecurityEventKind.TwoFactorDisabled, user.Id, user.Email, current.TrustId);
        return true;
    }
}
