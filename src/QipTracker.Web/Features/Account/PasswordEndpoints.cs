using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QipTracker.Infrastructure.Identity;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.Account;

public static partial class AccountEndpoints
{
    private const string SamePasswordTwice = "The two new passwords are not the same.";

    /// <summary>From /account/security: the current session stays (its cookie is re-issued with the new security stamp), every other ends.</summary>
    private static async Task<IResult> ChangePassword([FromForm] string? currentPassword, [FromForm] string? newPassword, [FromForm] string? confirm,
        HttpContext http, IMediator mediator, UserManager<AppUser> users, SignInManager<AppUser> signIn)
    {
        const string page = "/account/security";
        if (newPassword != confirm) return BackWith(page, SamePasswordTwice);
        try
        {
            var change = await mediator.Send(new ChangePassword(currentPassword ?? "", newPassword ?? "", http.User.SessionId()));
            if (!change.Changed) return BackWith(page, string.Join(" ", change.Problems));
            await signIn.RefreshSignInAsync((await users.FindByIdAsync(http.User.UserId()!.Value.ToString()))!);
            return Results.LocalRedirect($"{page}?password=changed");
        }
        catch (Exception e) when (IsRefusal(e))
        {
            return BackWith(page, Describe(e));
        }
    }

    private static async Task<IResult> ForgotPassword([FromForm] string? email, IMediator mediator)
    {
        try
        {
            await mediator.Send(new RequestPasswordReset(email ?? ""));
            return Results.LocalRedirect("/account/forgot-password?sent=1");
        }
        catch (Application.RequestValidationException e)
        {
            return BackWith("/account/forgot-password", Describe(e));
        }
    }

    /// <summary>Never signs in: the person signs in with the new password next, two-factor and all.</summary>
    private static async Task<IResult> ResetPassword([FromForm] Guid user, [FromForm] string? token, [FromForm] string? newPassword,
        [FromForm] string? confirm, IMediator mediator)
    {
        var back = $"/account/reset-password?user={user}&token={Uri.EscapeDataString(token ?? "")}";
        if (newPassword != confirm) return BackWith(back, SamePasswordTwice);
        try
        {
            await mediator.Send(new ResetPassword(user, token ?? "", newPassword ?? ""));
            return Results.LocalRedirect("/account/login?reset=1");
        }
        catch (Exception e) when (IsRefusal(e))
        {
            return BackWith(back, Describe(e));
        }
    }
}
