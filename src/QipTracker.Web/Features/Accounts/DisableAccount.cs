using MediatR;
using Microsoft.AspNetCore.Identity;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;
using QipTracker.Web.Security.Sessions;

namespace QipTracker.Web.Features.Accounts;

/// <summary>
/// Disables an account platform-wide: it cannot sign in, its sessions end at once and its API
/// tokens are refused. Nothing else changes, so enabling it again restores it as it was.
/// </summary>
[SystemAdminOnly]
public sealed record DisableAccount(Guid UserId) : ICommand<AccountDto>;

public sealed class DisableAccountHandler(QipDbContext db, UserManager<AppUser> users, UserSessions sessions, SecurityLog log,
    ICurrentUser current, TimeProvider clock) : IRequestHandler<DisableAccount, AccountDto>
{
    public async Task<AccountDto> Handle(DisableAccount r, CancellationToken ct)
    {
        if (!AccountView.MayDisable(current, r.UserId)) throw new DomainException("You cannot disable your own account.");
        var user = await AccountUpdates.FindAsync(users, r.UserId);
        if (user.DisabledAt is null)
        {
            user.DisabledAt = clock.GetUtcNow();
            // A new stamp also refuses any cookie that escaped the session check.
            await AccountUpdates.CheckAsync(users.UpdateSecurityStampAsync(user));
            await sessions.EndAllAsync(user.Id, SessionEnd.AccountDisabled, ct: ct);
            log.Add(db, SecurityEventKind.AccountDisabled, user.Id, user.Email, null);
            await db.SaveChangesAsync(ct);
        }
        return await AccountView.OneAsync(db, sessions, current, clock, user.Id, ct);
    }
}
