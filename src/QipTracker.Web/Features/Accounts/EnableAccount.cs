using MediatR;
using Microsoft.AspNetCore.Identity;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;
using QipTracker.Web.Security.Sessions;

namespace QipTracker.Web.Features.Accounts;

[SystemAdminOnly]
public sealed record EnableAccount(Guid UserId) : ICommand<AccountDto>;

public sealed class EnableAccountHandler(QipDbContext db, UserManager<AppUser> users, UserSessions sessions, SecurityLog log,
    ICurrentUser current, TimeProvider clock) : IRequestHandler<EnableAccount, AccountDto>
{
    public async Task<AccountDto> Handle(EnableAccount r, CancellationToken ct)
    {
        var user = await AccountUpdates.FindAsync(users, r.UserId);
        if (user.DisabledAt is not null)
        {
            user.DisabledAt = null;
            await AccountUpdates.CheckAsync(users.UpdateAsync(user));
            log.Add(db, SecurityEventKind.AccountEnabled, user.Id, user.Email, null);
            await db.SaveChangesAsync(ct);
        }
        return await AccountView.OneAsync(db, sessions, current, clock, user.Id, ct);
    }
}
