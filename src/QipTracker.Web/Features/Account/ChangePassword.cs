using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;
using QipTracker.Web.Security.Sessions;

namespace QipTracker.Web.Features.Account;

/// <summary>
/// The signed-in person changes their password, giving the current one. A wrong current password
/// counts towards the lockout like a wrong sign-in; a change ends every other session of theirs.
/// Answers the reasons rather than throwing them, so that a failed attempt is still counted.
/// </summary>
[AnySignedInUser]
public sealed record ChangePassword([property: NotFreeText] string CurrentPassword, [property: NotFreeText] string NewPassword, Guid? CurrentSessionId) : ICommand<PasswordChange>;

public sealed record PasswordChange(bool Changed, IReadOnlyList<string> Problems);

public sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(r => r.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
        RuleFor(r => r.NewPassword).NotEmpty().WithMessage("Choose a new password.");
    }
}

public sealed class ChangePasswordHandler(QipDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, UserSessions sessions,
    SecurityLog log, ICurrentUser current) : IRequestHandler<ChangePassword, PasswordChange>
{
    public const string WrongCurrent = "That is not your current password.";
    public const string Locked = "Your account is locked after repeated wrong passwords. Try again later.";

    public async Task<PasswordChange> Handle(ChangePassword r, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(current.UserId!.Value.ToString()) ?? throw new NotFoundException("Your account");
        var check = await signIn.CheckPasswordSignInAsync(user, r.CurrentPassword, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            log.Add(db, check.IsLockedOut ? SecurityEventKind.LockedOut : SecurityEventKind.SignInFailed, user.Id, user.Email, current.TrustId,
                "Wrong current password when changing password");
            await db.SaveChangesAsync(ct);
            return new PasswordChange(false, [check.IsLockedOut ? Locked : WrongCurrent]);
        }

        var changed = await users.ChangePasswordAsync(user, r.CurrentPassword, r.NewPassword);
        if (!changed.Succeeded) return new PasswordChange(false, changed.Errors.Select(e => e.Description).ToList());
        await sessions.EndAllAsync(user.Id, SessionEnd.PasswordChanged, except: r.CurrentSessionId, ct);
        log.Add(db, SecurityEventKind.PasswordChanged, user.Id, user.Email, current.TrustId);
        await db.SaveChangesAsync(ct);
        return new PasswordChange(true, []);
    }
}
