using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QipTracker.Infrastructure.Identity;
using QipTracker.Web.Features.People;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.Account;

public static partial class AccountEndpoints
{
    /// <summary>
    /// Signed in: the invitee accepts (by link or id) and their sign-in moves to the trust they joined.
    /// Not signed in: only a new person choosing their password; an existing account is told to sign in.
    /// </summary>
    private static async Task<IResult> AcceptInvitation([FromForm] string? token, [FromForm] Guid? invitationId, [FromForm] string? password,
        [FromForm] string? confirm, HttpContext http, IMediator mediator, UserManager<AppUser> users, SignInManager<AppUser> signIn)
    {
        var back = token is null ? "/account/invitations" : $"/account/accept-invitation?token={Uri.EscapeDataString(token)}";
        try
        {
            if (http.User.UserId() is { } me)
            {
                await mediator.Send(new RespondToInvitation(invitationId, token, Accept: true));
                await signIn.RefreshSignInAsync((await users.FindByIdAsync(me.ToString()))!);
                return Results.LocalRedirect("/");
            }
            if (token is null) return Results.LocalRedirect($"/account/login?returnUrl={Uri.EscapeDataString("/account/invitations")}");
            if (password != confirm) return BackWith(back, "The two passwords are not the same.");
            var userId = await mediator.Send(new People.AcceptInvitation(token, password));
            await signIn.SignInAsync((await users.FindByIdAsync(userId.ToString()))!, isPersistent: false);
            return Results.LocalRedirect("/");
        }
        catch (Exception e) when (IsRefusal(e))
        {
            return BackWith(back, Describe(e));
        }
    }

    private static async Task<IResult> DeclineInvitation([FromForm] string? token, [FromForm] Guid? invitationId, IMediator mediator)
    {
        try
        {
            var answer = await mediator.Send(new RespondToInvitation(invitationId, token, Accept: false));
            return Results.LocalRedirect($"/account/invitations?declined={Uri.EscapeDataString(answer.TrustName)}");
        }
        catch (Exception e) when (IsRefusal(e))
        {
            return BackWith(token is null ? "/account/invitations" : $"/account/accept-invitation?token={Uri.EscapeDataString(token)}", Describe(e));
        }
    }
}
