using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using QipTracker.Infrastructure.Identity;

namespace QipTracker.Web.Security;

/// <summary>
/// Identity's sign-in with two rules of ours: a disabled account cannot sign in at all, and a
/// recovery code obeys the lockout like any other code (refused while locked, a wrong one counts
/// as a failed attempt) — Identity's own recovery-code sign-in checks neither.
/// </summary>
public sealed class QipSignInManager(UserManager<AppUser> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<AppUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(users, http, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user) => user.DisabledAt is null && await base.CanSignInAsync(user);

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        if (user is null) return SignInResult.Failed;
        if (!await CanSignInAsync(user)) return SignInResult.NotAllowed;
        if (await UserManager.IsLockedOutAsync(user)) return SignInResult.LockedOut;

        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (result.Succeeded || !UserManager.SupportsUserLockout) return result;
        await UserManager.AccessFailedAsync(user);
        return await UserManager.IsLockedOutAsync(user) ? SignInResult.LockedOut : result;
    }
}
