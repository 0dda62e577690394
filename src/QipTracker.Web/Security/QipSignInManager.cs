using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using QipTracker.Infrastructure.Identity;
using QipTracker.Web.Security.SingleSignOn;

namespace QipTracker.Web.Security;

/// <summary>
/// Identity's sign-in with three rules of ours: a disabled account cannot sign in at all; a recovery code obeys
/// the lockout like any other code (refused while locked, a wrong one counts as a failed attempt) — Identity's own
/// recovery-code sign-in checks neither; and a member of a trust that requires single sign-on is refused a
/// password sign-in (<see cref="SingleSignOnRequired"/>) unless they are its break-glass administrator.
/// </summary>
public sealed class QipSignInManager(UserManager<AppUser> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<AppUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation, SsoRequirement sso)
    : SignInManager<AppUser>(users, http, claims, options, logger, schemes, confirmation)
{
    /// <summary>The password was right, but this person's trust signs its staff in through its identity provider.</summary>
    public static readonly SignInResult SingleSignOnRequired = new SsoRequiredResult();

    public override async Task<bool> CanSignInAsync(AppUser user) => user.DisabledAt is null && await base.CanSignInAsync(user);

    public override async Task<SignInResult> PasswordSignInAsync(AppUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        // The rule is told only to someone who knew the password: an address alone reveals nothing about its trust.
        var attempt = await CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        if (!attempt.Succeeded) return attempt;
        if (await sso.RefusesPasswordAsync(user.Id)) return SingleSignOnRequired;
        return await SignInOrTwoFactorAsync(user, isPersistent);
    }

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

    private sealed class SsoRequiredResult : SignInResult;
}
