using MediatR;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Security;
using QipTracker.Web.Security.Sessions;
using QipTracker.Web.Security.SingleSignOn;

namespace QipTracker.Web.Features.Account;

/// <summary>
/// Sign-in, two-factor, sign-out, trust switching, invitations and passwords. These are plain form
/// posts (not Blazor events) because only an HTTP response can set or clear the sign-in cookie.
/// </summary>
public static partial class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account");
        account.MapPost("/login", Login).AllowAnonymous();
        account.MapPost("/login-2fa", LoginTwoFactor).AllowAnonymous();
        account.MapPost("/logout", Logout).RequireAuthorization();
        account.MapPost("/switch-trust", SwitchTrust).RequireAuthorization();
        account.MapPost("/accept-invitation", AcceptInvitation).AllowAnonymous();
        account.MapPost("/decline-invitation", DeclineInvitation).RequireAuthorization();
        account.MapPost("/change-password", ChangePassword).RequireAuthorization();
        account.MapPost("/forgot-password", ForgotPassword).AllowAnonymous();
        account.MapPost("/reset-password", ResetPassword).AllowAnonymous();
        app.MapSingleSignOnSignIn();
    }

    private static async Task<IResult> Login([FromForm] string email, [FromForm] string password, [FromForm] string? returnUrl,
        [FromForm] bool? rememberMe, SignInManager<AppUser> signIn, UserManager<AppUser> users, QipDbContext db, SecurityLog log)
    {
        var address = email.Trim();
        var user = await users.FindByEmailAsync(address);
        if (user is null)
        {
            SpendPasswordCheckTime(users, password);
            await log.WriteAsync(db, SecurityEventKind.SignInFailed, null, address, null, "No account with this email");
            return Failed(returnUrl);
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, password, rememberMe == true, lockoutOnFailure: true);
        if (result.Succeeded) return Results.LocalRedirect(LocalReturnUrl.Sanitise(returnUrl));
        if (result == QipSignInManager.SingleSignOnRequired)
        {
            await log.WriteAsync(db, SecurityEventKind.SignInFailed, user.Id, user.Email, user.CurrentTrustId, "Password refused: the trust requires single sign-on");
            return Back("/account/login", "sso", returnUrl);
        }
        if (result.RequiresTwoFactor)
            return Results.LocalRedirect($"/account/login-2fa?returnUrl={Uri.EscapeDataString(LocalReturnUrl.Sanitise(returnUrl))}");
        if (wasLocked || result.IsNotAllowed) SpendPasswordCheckTime(users, password);
        await LogFailureAsync(db, log, user, result, wasLocked, "Wrong password");
        return Failed(returnUrl);
    }

    private static async Task<IResult> LoginTwoFactor([FromForm] string code, [FromForm] string? returnUrl, [FromForm] bool? rememberMachine,
        SignInManager<AppUser> signIn, UserManager<AppUser> users, QipDbContext db, SecurityLog log)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Back("/account/login", "expired", returnUrl);

        var wasLocked = await users.IsLockedOutAsync(user);
        // Six digits are an authenticator code; anything longer is a one-time recovery code.
        var digits = new string(code.Where(char.IsDigit).ToArray());
        var recovery = !(digits.Length == 6 && code.Trim().Length <= 7);
        var result = recovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code.Replace(" ", "").Trim())
            : await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: rememberMachine == true);
        if (result.Succeeded) return Results.LocalRedirect(LocalReturnUrl.Sanitise(returnUrl));
        await LogFailureAsync(db, log, user, result, wasLocked, recovery ? "Wrong recovery code" : "Wrong authenticator code");
        // Locked or disabled: the same answer as any failed sign-in, from the start.
        if (result.IsLockedOut || result.IsNotAllowed) return Failed(returnUrl);
        return Back("/account/login-2fa", "code", returnUrl);
    }

    private static async Task<IResult> Logout(HttpContext http, IAntiforgery antiforgery, SignInManager<AppUser> signIn, UserSessions sessions,
        QipDbContext db, SecurityLog log)
    {
        // No form fields to bind, so nothing checks the token unless we do: a cross-site post must not sign anyone out.
        if (!await antiforgery.IsRequestValidAsync(http))
            return Results.Problem("The sign-out form has expired. Reload the page and sign out again.", statusCode: StatusCodes.Status400BadRequest);
        if (http.User.UserId() is { } userId && http.User.SessionId() is { } sessionId)
        {
            await sessions.EndAsync(userId, sessionId, SessionEnd.SignedOut);
            await log.WriteAsync(db, SecurityEventKind.SignedOut, userId, http.User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value,
                http.User.CurrentTrustId());
        }
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/account/login?signedOut=1");
    }

    private static async Task<IResult> SwitchTrust([FromForm] Guid trustId, HttpContext http, UserManager<AppUser> users,
        SignInManager<AppUser> signIn, QipDbContext db)
    {
        var userId = http.User.UserId();
        var user = userId is null ? null : await users.FindByIdAsync(userId.Value.ToString());
        if (user is null) return Results.Unauthorized();
        if (http.User.SignedInThroughTrust() is { } confined && confined != trustId)
            return Results.Problem("You signed in with your organisation account, which works in that organisation's trust only. "
                + "Sign out and sign in with your email and password to work in another trust.", statusCode: StatusCodes.Status403Forbidden);
        // Across trusts on purpose: the user is leaving the trust the filter is set to.
        var isMember = await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == user.Id && m.TrustId == trustId);
        if (!isMember) return Results.Problem("You are not a member of that trust.", statusCode: StatusCodes.Status403Forbidden);
        user.CurrentTrustId = trustId;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return Results.LocalRedirect("/");
    }

    private static async Task LogFailureAsync(QipDbContext db, SecurityLog log, AppUser user, Microsoft.AspNetCore.Identity.SignInResult result,
        bool wasLocked, string wrong)
    {
        var (kind, detail) = result switch
        {
            { IsNotAllowed: true } => (SecurityEventKind.SignInFailed, "Account disabled"),
            { IsLockedOut: true } when wasLocked => (SecurityEventKind.SignInFailed, "Account locked"),
            { IsLockedOut: true } => (SecurityEventKind.LockedOut, $"{wrong}; locked after repeated failures"),
            _ => (SecurityEventKind.SignInFailed, wrong),
        };
        await log.WriteAsync(db, kind, user.Id, user.Email, user.CurrentTrustId, detail);
    }

    // An unknown, locked or disabled account answers as slowly as a wrong password, so timing tells nothing either.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    private static void SpendPasswordCheckTime(UserManager<AppUser> users, string password) =>
        users.PasswordHasher.VerifyHashedPassword(new AppUser(), DecoyHash.Value, password);

    /// <summary>One answer for every failed sign-in — wrong password, unknown account, locked or disabled — so none reveals that an account exists.</summary>
    private static IResult Failed(string? returnUrl) => Back("/account/login", "failed", returnUrl);

    private static IResult Back(string page, string error, string? returnUrl) =>
        Results.LocalRedirect($"{page}?error={error}&returnUrl={Uri.EscapeDataString(LocalReturnUrl.Sanitise(returnUrl))}");

    private static IResult BackWith(string page, string message) =>
        Results.LocalRedirect($"{page}{(page.Contains('?') ? '&' : '?')}error={Uri.EscapeDataString(message)}");

    private static string Describe(Exception e) =>
        e is Application.RequestValidationException v ? string.Join(" ", v.Errors.SelectMany(x => x.Value)) : e.Message;

    private static bool IsRefusal(Exception e) =>
        e is Domain.Common.DomainException or Application.RequestValidationException or Application.ForbiddenException or Application.NotFoundException;
}
