using System.Net;
using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.People;

/// <summary>
/// A TrustAdmin invites someone to the trust in a role. A new person gets an account with no
/// password and a one-time link to set one; someone already on the platform just gains the role.
/// </summary>
[RequiresRole(TrustRole.TrustAdmin)]
public sealed record InviteUser(string Email, string DisplayName, TrustRole Role) : ICommand<InvitationSent>;

/// <summary>The link is returned to the admin too, for when email is slow: it is the same one-time link.</summary>
public sealed record InvitationSent(Guid UserId, string Email, TrustRole Role, DateTimeOffset ExpiresAt, string Link);

public sealed class InviteUserValidator : AbstractValidator<InviteUser>
{
    public InviteUserValidator()
    {
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Role).IsInEnum();
    }
}

public sealed class InviteUserHandler(QipDbContext db, UserManager<AppUser> users, ICurrentUser current, TimeProvider clock,
    IEmailSender email, IConfiguration config) : IRequestHandler<InviteUser, InvitationSent>
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(14);

    public async Task<InvitationSent> Handle(InviteUser r, CancellationToken ct)
    {
        var trustId = current.TrustId!.Value;
        var now = clock.GetUtcNow();
        var address = r.Email.Trim();
        var user = await users.FindByEmailAsync(address);
        if (user is null)
        {
            user = new AppUser { UserName = address, Email = address, DisplayName = r.DisplayName.Trim(), CurrentTrustId = trustId, CreatedAt = now };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
                throw new RequestValidationException(new Dictionary<string, string[]> { ["Email"] = created.Errors.Select(e => e.Description).ToArray() });
        }
        if (!await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.Role == r.Role, ct))
            db.Memberships.Add(new TrustMembership(trustId, user.Id, r.Role));

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var invitation = new Invitation(trustId, user.Id, address, r.Role, HashToken(token), current.UserId ?? Guid.Empty, now, ValidFor);
        db.Invitations.Add(invitation);

        var trustName = await db.Trusts.Where(t => t.Id == trustId).Select(t => t.Name).SingleAsync(ct);
        var link = $"{(config["App:BaseUrl"] ?? "http://localhost:5080").TrimEnd('/')}/account/accept-invitation?token={token}";
        var role = RoleNames.Describe(r.Role);
        await email.QueueAsync(new EmailMessage(address, user.DisplayName,
            $"You are invited to {trustName}'s improvement plan on QipTracker",
            $"<p>Hello {WebUtility.HtmlEncode(user.DisplayName)},</p><p>You have been invited to join <strong>{WebUtility.HtmlEncode(trustName)}</strong> on QipTracker as <strong>{role}</strong>.</p>" +
            $"<p><a href=\"{link}\">Accept the invitation and set your password</a></p><p>The link works once and expires on {invitation.ExpiresAt:d MMMM yyyy}.</p>",
            $"Hello {user.DisplayName},\n\nYou have been invited to join {trustName} on QipTracker as {role}.\n\nAccept and set your password: {link}\n\nThe link works once and expires on {invitation.ExpiresAt:d MMMM yyyy}.",
            trustId), ct);
        await db.SaveChangesAsync(ct);
        return new InvitationSent(user.Id, address, r.Role, invitation.ExpiresAt, link);
    }

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
