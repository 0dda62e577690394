using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.Account;

/// <summary>
/// Sign-in, two-factor, sign-out and trust switching. These are plain form posts (not Blazor
/// events) because only an HTTP response can set the sign-in cookie.
/// </summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account");
        account.MapPost("/login", Login).AllowAnonymous();
        account.MapPost("/login-2fa", LoginTwoFactor).AllowAnonymous();
        account.MapPost("/logout", Logout).RequireAuthorization();
        account.MapPost("/switch-trust", SwitchTrust).RequireAuthorization();
        account.MapPost("/accept-invitation", AcceptInvitation).AllowAnonymous();
    }

    private static async Task<IResult> Login([FromForm] string email, [FromForm] string password, [FromForm] string? returnUrl,
        [FromForm] bool? rememberMe, SignInManager<AppUser> signIn, UserManager<AppUser> users)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        // The same answer for an unknown account and a wrong password: no account enumeration.
        if (user is null)
            return Back("/account/login", "invalid", returnUrl);

        var result = await signIn.PasswordSignInAsync(user, password, rememberMe == true, lockoutOnFailure: true);
        if (result.Succeeded) return Results.LocalRedirect(SafeReturn(returnUrl));
        if (result.RequiresTwoFactor) return Results.LocalRedirect($"/account/login-2fa?returnUrl={Uri.EscapeDataString(SafeReturn(returnUrl))}");
        if (result.IsLockedOut)
        {
            var until = await users.GetLockoutEndDateAsync(user);
            return Back("/account/login", "locked", returnUrl, until is { } u ? $"&until={Uri.EscapeDataString(u.ToString("O"))}" : "");
        }
        return Back("/account/login", "invalid", returnUrl);
    }

    private static async Task<IResult> LoginTwoFactor([FromForm] string code, [FromForm] string? returnUrl, [FromForm] bool? rememberMachine,
        SignInManager<AppUser> signIn, UserManager<AppUser> users)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Back("/account/login", "expired", returnUrl);

        // Six digits are an authenticator code; anything longer is a one-time recovery code.
        var digits = new string(code.Where(char.IsDigit).ToArray());
        var result = digits.Length == 6 && code.Trim().Length <= 7
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: rememberMachine == true)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code.Replace(" ", "").Trim());
        if (result.Succeeded) return Results.LocalRedirect(SafeReturn(returnUrl));
        if (result.IsLockedOut)
        {
            var until = await users.GetLockoutEndDateAsync(user);
            return Back("/account/login", "locked", returnUrl, until is { } u ? $"&until={Uri.EscapeDataString(u.ToString("O"))}" : "");
        }
        return Back("/account/login-2fa", "code", returnUrl);
    }

    private static async Task<IResult> Logout(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/account/login?signedOut=1");
    }

    private static async Task<IResult> SwitchTrust([FromForm] Guid trustId, HttpContext http, UserManager<AppUser> users,
        SignInManager<AppUser> signIn, QipDbContext db)
    {
        var userId = http.User.UserId();
        var user = userId is null ? null : await users.FindByIdAsync(userId.Value.ToString());
        if (user is null) return Results.Unauthorized();
        // Across trusts on purpose: the user is leaving the trust the filter is set to.
        var isMember = await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == user.Id && m.TrustId == trustId);
        if (!isMember) return Results.Problem("You are not a member of that trust.", statusCode: StatusCodes.Status403Forbidden);
        user.CurrentTrustId = trustId;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return Results.LocalRedirect("/");
    }

    private static async Task<IResult> AcceptInvitation([FromForm] string token, [FromForm] string? password, [FromForm] string? confirm,
        IMediator mediator, UserManager<AppUser> users, SignInManager<AppUser> signIn)
    {
        var back = $"/account/accept-invitation?token={Uri.EscapeDataString(token)}";
        if (password != confirm) return Results.LocalRedirect($"{back}&error={Uri.EscapeDataString("The two passwords are not the same.")}");
        try
        {
            var userId = await mediator.Send(new People.AcceptInvitation(token, password));
            await signIn.SignInAsync((await users.FindByIdAsync(userId.ToString()))!, isPersistent: false);
            return Results.LocalRedirect("/");
        }
        catch (Exception e) when (e is Domain.Common.DomainException or Application.RequestValidationException)
        {
            var message = e is Application.RequestValidationException v ? string.Join(" ", v.Errors.SelectMany(x => x.Value)) : e.Message;
            return Results.LocalRedirect($"{back}&error={Uri.EscapeDataString(message)}");
        }
    }

    private static IResult Back(string page, string error, string? returnUrl, string extra = "") =>
        Results.LocalRedirect($"{page}?error={error}{extra}&returnUrl={Uri.EscapeDataString(SafeReturn(returnUrl))}");

    // Only local paths: an open redirect would let a phishing link bounce through our sign-in.
    private static string SafeReturn(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl : "/";
}
