using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.People;

/// <summary>
/// The signed-in invitee accepts or declines an invitation, chosen by its id (the Invitations
/// page) or its link. Only the person it was sent to may answer it: anyone else is refused.
/// </summary>
[AnySignedInUser]
public sealed record RespondToInvitation(Guid? InvitationId, [property: NotFreeText] string? Token, bool Accept) : ICommand<InvitationAnswer>;

public sealed record InvitationAnswer(Guid TrustId, string TrustName, TrustRole Role, bool Accepted);

public sealed class RespondToInvitationValidator : AbstractValidator<RespondToInvitation>
{
    public RespondToInvitationValidator() =>
        RuleFor(r => r).Must(r => r.InvitationId is not null || r.Token is { Length: 64 }).WithName("Invitation").WithMessage("Say which invitation to answer.");
}

public sealed class RespondToInvitationHandler(InvitationAnswers answers, UserManager<AppUser> users, ICurrentUser current, TimeProvider clock)
    : IRequestHandler<RespondToInvitation, InvitationAnswer>
{
    public const string SomeoneElse = "This invitation was sent to someone else. Sign out, then sign in as the person it was sent to.";

    public async Task<InvitationAnswer> Handle(RespondToInvitation r, CancellationToken ct)
    {
        var me = current.UserId!.Value;
        var invitation = await answers.FindAsync(r.InvitationId, r.Token, ct);
        if (invitation is null || (r.InvitationId is not null && invitation.UserId != me)) throw new NotFoundException("The invitation");
        if (invitation.UserId != me) throw new ForbiddenException(SomeoneElse);
        if (!invitation.IsUsable(clock.GetUtcNow())) throw new DomainException(InvitationAnswers.Unusable);
        var user = await users.FindByIdAsync(me.ToString()) ?? throw new NotFoundException("Your account");

        if (r.Accept) await answers.AcceptAsync(invitation, user, ct);
        else await answers.DeclineAsync(invitation, user, ct);
        return new InvitationAnswer(invitation.TrustId, await answers.TrustNameAsync(invitation.TrustId, ct), invitation.Role, r.Accept);
    }
}
