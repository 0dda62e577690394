using MediatR;
using Microsoft.AspNetCore.Identity;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.People;

/// <summary>What the page behind an invitation link offers the visitor (see <see cref="InvitationLinkStep"/>).</summary>
[Anonymous]
public sealed record GetInvitationLink([property: NotFreeText] string Token) : IQuery<InvitationLink>;

public enum InvitationLinkStep
{
    /// <summary>Expired, answered, withdrawn or made up.</summary>
    Unusable,
    /// <summary>A new person: choose a password, which accepts and signs in.</summary>
    ChoosePassword,
    /// <summary>An existing account, nobody signed in: sign in as that person first.</summary>
    SignInToAnswer,
    /// <summary>The invitee is signed in: accept or decline.</summary>
    Answer,
    /// <summary>Someone else is signed in: refused.</summary>
    SomeoneElse,
}

public sealed record InvitationLink(InvitationLinkStep Step, string? TrustName, TrustRole? Role, DateTimeOffset? ExpiresAt);

public sealed class GetInvitationLinkHandler(InvitationAnswers answers, UserManager<AppUser> users, ICurrentUser current, TimeProvider clock)
    : IRequestHandler<GetInvitationLink, InvitationLink>
{
    private static readonly InvitationLink Unusable = new(InvitationLinkStep.Unusable, null, null, null);

    public async Task<InvitationLink> Handle(GetInvitationLink r, CancellationToken ct)
    {
        if (r.Token is not { Length: 64 }) return Unusable;
        var invitation = await answers.FindAsync(null, r.Token, ct);
        if (invitation is null || !invitation.IsUsable(clock.GetUtcNow())) return Unusable;
        var invitee = await users.FindByIdAsync(invitation.UserId.ToString());
        if (invitee is null || invitee.DisabledAt is not null) return Unusable;

        var step = current.UserId switch
        {
            null => await users.HasPasswordAsync(invitee) ? InvitationLinkStep.SignInToAnswer : InvitationLinkStep.ChoosePassword,
            var me when me == invitee.Id => InvitationLinkStep.Answer,
            _ => InvitationLinkStep.SomeoneElse,
        };
        // Someone else holding the link learns nothing about the invitation.
        return step == InvitationLinkStep.SomeoneElse
            ? new InvitationLink(step, null, null, null)
            : new InvitationLink(step, await answers.TrustNameAsync(invitation.TrustId, ct), invitation.Role, invitation.ExpiresAt);
    }
}
