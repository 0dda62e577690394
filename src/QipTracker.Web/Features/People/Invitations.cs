using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.People;

/// <summary>
/// Makes an invitation: the account (without a password) if the person is new, their membership
/// in the role, a one-time token (only its hash stored) and the email with the link. Used by a
/// TrustAdmin inviting colleagues and by a SystemAdmin creating a trust with its first admin.
/// </summary>
public sealed class Invitations(QipDbContext db, UserManager<AppUser> users, TimeProvider clock, IEmailSender email, IConfiguration config)
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(14);

    public async Task<InvitationSent> InviteAsync(Guid trustId, string trustName, string address, string displayName, TrustRole role,
        Guid invitedBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        address = address.Trim();
        var user = await users.FindByEmailAsync(address);
        if (user is null)
        {
            user = new AppUser { UserName = address, Email = address, DisplayName = displayName.Trim(), CurrentTrustId = trustId, CreatedAt = now };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
                throw new RequestValidationException(new Dictionary<string, string[]> { ["Email"] = created.Errors.Select(e => e.Description).ToArray() });
        }
        if (!await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.TrustId == trustId && m.UserId == user.Id && m.Role == role, ct))
            db.Memberships.Add(new TrustMembership(trustId, user.Id, role));

        return await IssueAsync(trustId, trustName, user, role, invitedBy, ct);
    }

    /// <summary>The one-time link and its email, for an account that already exists (e.g. made by a plan import).</summary>
    public async Task<InvitationSent> IssueAsync(Guid trustId, string trustName, AppUser user, TrustRole role, Guid invitedBy, CancellationToken ct)
    {
        var address = user.Email!;
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var invitation = new Invitation(trustId, user.Id, address, role, HashToken(token), invitedBy, clock.GetUtcNow(), ValidFor);
        db.Invitations.Add(invitation);

        var link = $"{(config["App:BaseUrl"] ?? "http://localhost:5080").TrimEnd('/')}/account/accept-invitation?token={token}";
        var roleName = RoleNames.Describe(role);
        var expires = invitation.ExpiresAt.ToString("d MMMM yyyy");
        await email.QueueAsync(new EmailMessage(address, user.DisplayName,
            $"You are invited to {trustName}'s improvement plan on QipTracker",
            $"<p>Hello {WebUtility.HtmlEncode(user.DisplayName)},</p><p>You have been invited to join <strong>{WebUtility.HtmlEncode(trustName)}</strong> on QipTracker as <strong>{roleName}</strong>.</p>" +
            $"<p><a href=\"{link}\">Accept the invitation and set your password</a></p><p>The link works once and expires on {expires}.</p>",
            $"Hello {user.DisplayName},\n\nYou have been invited to join {trustName} on QipTracker as {roleName}.\n\nAccept and set your password: {link}\n\nThe link works once and expires on {expires}.",
            trustId), ct);
        return new InvitationSent(user.Id, address, role, invitation.ExpiresAt, link);
    }

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
