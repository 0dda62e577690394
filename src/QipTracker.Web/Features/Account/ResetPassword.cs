using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Oversight;
using QipTracker.Web.Security;
using QipTracker.Web.Security.Sessions;

namespace QipTracker.Web.Features.Account;

/// <summary>Sets a new password from a reset link. Ends every session of the account; the person then signs in (two-factor still applies).</summary>
[Anonymous]
public sealed record ResetPassword(Guid UserId, [property: NotFreeText] string Token, [property: NotFreeText] string NewPassword) : ICommand<bool>;

public sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(r => r.Token).NotEmpty().MaximumLength(1000);
        RuleFor(r => r.NewPassword).NotEmpty().WithMessage("Choose a new password.");
    }
}

public sealed class ResetPasswordHandler(QipDbContext db, UserManager<AppUser> users, UserSessions sessions, SecurityLog log)
    : IRequestHandler<ResetPassword, bool>
{
    public const string Unusable = "This reset link has expired or was already used. Ask for a new one below.";

    public async Task<bool> Handle(ResetPassword r, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(r.UserId.ToString());
        if (user is null || user.DisabledAt is not null) throw new DomainException(Unusable);
        // A new oversight member's invitation link (14 days, see OversightInvitationTokens) sets their first password here too.
        var reset = await OversightInvitationTokens.IsValidAsync(users, user, r.Token)
            ? await users.AddPasswordAsync(user, r.NewPassword)
            : await users.ResetPasswordAsync(user, r.Token, r.NewPassword);
        if (reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))) throw new DomainException(Unusable);
        if (!reset.Succeeded)
            throw new RequestValidationException(new Dictionary<string, string[]> { ["NewPassword"] = reset.Errors.Select(e => e.Description).ToArray() });

        // The link proved the mailbox: a lockout from someone else's guessing is lifted.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await sessions.EndAllAsync(user.Id, SessionEnd.PasswordReset, ct: ct);
        log.Add(db, SecurityEventKind.PasswordReset, user.Id, user.Email, user.CurrentTrustId);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
