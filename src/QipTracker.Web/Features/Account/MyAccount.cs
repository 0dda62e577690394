using Microsoft.AspNetCore.Identity;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Account;

/// <summary>The signed-in person's own account, as the two-factor use cases load it.</summary>
public static class MyAccount
{
    public static async Task<AppUser> FindAsync(UserManager<AppUser> users, ICurrentUser current) =>
        await users.FindByIdAsync(current.UserId!.Value.ToString()) ?? throw new NotFoundException("Your account");
}
