using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Identity;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.People;

/// <summary>
/// Someone new to QipTracker follows their link and chooses a password: the link is their proof,
/// and they are signed in. A link for an account that already has a password never signs anyone
/// in: that person signs in themselves (password and two-factor) and then answers the invitation
/// (<see cref="RespondToInvitation"/>).
/// </summary>
[Anonymous]
public sealed record AcceptInvitation([property: NotFreeText] string Token, [property: NotFreeText] string? Password) : ICommand<Guid>;

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
{
    public AcceptInvitationValidator() => RuleFor(r => r.Token).NotEmpty().Length(64);
}

public sealed class AcceptInvitationHandler(InvitationAnswers answers, UserManager<AppUser> users, TimeProvider clock)
    : IRequestHandler<AcceptInvitation, Guid>
{
    public const string SignInFirst =
        "This invitation is for an account that already exists on QipTracker. Sign in with that account's own password to accept or decline it.";

    public async Task<Guid> Handle(AcceptInvitation r, CancellationToken ct)
    {
        var invitation = await answers.FindAsync(null, r.Token, ct);
        if (invitation is null || !invitation.IsUsable(clock.GetUtcNow())) throw new DomainException(InvitationAnswers.Unusable);
        var user = await users.FindByIdAsync(invitation.UserId.ToString()) ?? throw new DomainException(InvitationAnswers.Unusable);
        if (user.DisabledAt is not null) throw new DomainException(InvitationAnswers.Unusable);
        if (await users.HasPasswordAsync(user)) throw new DomainException(SignInFirst);

        if (string.IsNullOrEmpty(r.Password))
            throw new RequestValidationException(new Dictionary<string, string[]> { ["Password"] = ["Choose a password."] });
        var set = await users.AddPasswordAsync(user, r.Password);
        if (!set.Succeeded)
            throw new RequestValidationException(new Dictionary<string, string[]> { ["Password"] = set.Errors.Select(e => e.Description).ToArray() });
        await answers.AcceptAsync(invitation, user, ct);
        return user.Id;
    }
}
