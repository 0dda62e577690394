using Microsoft.AspNetCore.Identity;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Identity;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Accounts;

/// <summary>Finding and updating an account through Identity, for <see cref="DisableAccount"/> and <see cref="EnableAccount"/>.</summary>
public static class AccountUpdates
{
    public static async Task<AppUser> FindAsync(UserManager<AppUser> users, Guid id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("The account");

    public static async Task CheckAsync(Task<IdentityResult> update)
    {
        var result = await update;
        if (!result.Succeeded) throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
