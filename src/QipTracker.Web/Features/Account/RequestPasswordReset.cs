using System.Net;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Hosting;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.Account;

/// <summary>
/// "Forgot your password?": emails a one-time reset link to the account's address, through the
/// outbox. The answer is the same whether or not the address has an account, so the form cannot
/// be used to find out who is on the platform.
/// </summary>
[Anonymous]
public sealed record RequestPasswordReset(string Email) : ICommand<bool>;

public sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordReset>
{
    public RequestPasswordResetValidator() =>
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(256).WithMessage("Enter the email address you sign in with.");
}

public sealed class RequestPasswordResetHandler(QipDbContext db, UserManager<AppUser> users, IEmailSender email, IConfiguration config,
    SecurityLog log, TimeProvider clock) : IRequestHandler<RequestPasswordReset, bool>
{
    // One email per account per quarter of an hour, however often the form is sent: no mail-bombing through it.
    private static readonly TimeSpan OneEmailPer = TimeSpan.FromMinutes(15);

    public async Task<bool> Handle(RequestPasswordReset r, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(r.Email.Trim());
        // Only an account that signs in with a password can reset it; anyone else gets the same answer and no email.
        if (user is null || user.DisabledAt is not null || !await users.HasPasswordAsync(user)) return true;

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{(config["App:BaseUrl"] ?? "http://localhost:5080").TrimEnd('/')}/account/reset-password?user={user.Id}&token={Uri.EscapeDataString(token)}";
        var minutes = (int)IdentitySetup.PasswordResetLifespan.TotalMinutes;
        var bucket = clock.GetUtcNow().UtcTicks / OneEmailPer.Ticks;
        await email.QueueAsync(new EmailMessage(user.Email!, user.DisplayName, "Reset your QipTracker password",
            $"<p>Hello {WebUtility.HtmlEncode(user.DisplayName)},</p><p>Someone asked to reset the password of your QipTracker account.</p>" +
            $"<p><a href=\"{link}\">Choose a new password</a></p><p>The link works once and for {minutes} minutes. " +
            "If you did not ask for this, ignore this email: your password stays as it is.</p>",
            $"Hello {user.DisplayName},\n\nSomeone asked to reset the password of your QipTracker account.\n\nChoose a new password: {link}\n\n" +
            $"The link works once and for {minutes} minutes. If you did not ask for this, ignore this email: your password stays as it is.",
            DedupKey: $"password-reset:{user.Id}:{bucket}"), ct);
        log.Add(db, SecurityEventKind.PasswordResetRequested, user.Id, user.Email, user.CurrentTrustId);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
