using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.People;

/// <summary>
/// The invitee follows their one-time link: a new person sets their password; someone who
/// already has one just accepts. Answers the user to sign in.
/// </summary>
[Anonymous]
public sealed record AcceptInvitation(string Token, string? Password) : ICommand<Guid>;

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
{
    public AcceptInvitationValidator() => RuleFor(r => r.Token).NotEmpty().Length(64);
}

public sealed class AcceptInvitationHandler(QipDbContext db, UserManager<AppUser> users, TimeProvider clock, CurrentUser current)
    : IRequestHandler<AcceptInvitation, Guid>
{
    public async Task<Guid> Handle(AcceptInvitation r, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var hash = Invitations.HashToken(r.Token);
        // The invitee is not signed in, so no trust filter applies: the secret token selects the row.
        var invitation = await db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invitation is null || !invitation.IsUsable(now))
            throw new DomainException("This invitation link has expired or was already used. Ask your trust administrator for a new one.");
        var user = await users.FindByIdAsync(invitation.UserId.ToString()) ?? throw new NotFoundException("The invited account");
        // The token proved the invitation; the work below happens in its trust, as the invitee.
        current.Set(user.Id, invitation.TrustId, [invitation.Role], false);

        if (!await users.HasPasswordAsync(user))
        {
            if (string.IsNullOrEmpty(r.Password))
                throw new RequestValidationException(new Dictionary<string, string[]> { ["Password"] = ["Choose a password."] });
            var set = await users.AddPasswordAsync(user, r.Password);
            if (!set.Succeeded)
                throw new RequestValidationException(new Dictionary<string, string[]> { ["Password"] = set.Errors.Select(e => e.Description).ToArray() });
        }
        user.EmailConfirmed = true;
        user.CurrentTrustId = invitation.TrustId;
        await users.UpdateAsync(user);
        invitation.Accept(now);
        await db.SaveChangesAsync(ct);
        return user.Id;
    }
}
