using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.People;

/// <summary>
/// Makes an invitation: finds the person's account, or makes one without a password if they are
/// new to the platform; records the invitation, which holds the role until they accept; and emails
/// the one-time link to them only. The inviting admin gets the same answer either way and never
/// the link. Used by a TrustAdmin inviting colleagues, a SystemAdmin creating a trust with its
/// first admin, and a plan import naming new owners.
/// </summary>
public sealed class Invitations(QipDbContext db, UserManager<AppUser> users, TimeProvider clock, IEmailSender email, IConfiguration config)
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(14);

    public async Task<InvitationSent> InviteAsync(Guid trustId, string trustName, string address, string displayName, TrustRole role,
        Guid invitedBy, CancellationToken ct)
    {
        address = address.Trim();
        displayName = displayName.Trim();
        var user = await FindOrCreateAccountAsync(address, displayName, trustId);
        // A member of this very trust is on the admin's People page already: saying so reveals nothing.
        if (await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.TrustId == trustId && m.UserId == user.Id && m.Role == role, ct))
            throw new RequestValidationException(new Dictionary<string, string[]> { ["Email"] = [$"{address} is already {RoleNames.Describe(role)} in this trust."] });
        return await IssueAsync(trustId, trustName, user, address, displayName, role, invitedBy, ct);
    }

    /// <summary>The invitation and its email for an account found or made by the caller (a plan import). Replaces any earlier pending one for the same role.</summary>
    public async Task<InvitationSent> IssueAsync(Guid trustId, string trustName, AppUser user, string address, string displayName, TrustRole role,
        Guid invitedBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Across trusts on purpose: a SystemAdmin creating a trust acts in none. Only the newest link works.
        foreach (var earlier in await db.Invitations.IgnoreQueryFilters()
                     .Where(i => i.TrustId == trustId && i.UserId == user.Id && i.Role == role && i.AcceptedAt == null && i.DeclinedAt == null && i.WithdrawnAt == null)
                     .ToListAsync(ct))
            earlier.Withdraw(now);

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var invitation = new Invitation(trustId, user.Id, address, displayName, role, HashToken(token), invitedBy, now, ValidFor);
        db.Invitations.Add(invitation);
        await email.QueueAsync(await EmailAsync(user, address, trustId, trustName, role, token, invitation.ExpiresAt), ct);
        return new InvitationSent(address, role, invitation.ExpiresAt);
    }

    /// <summary>The account with this address, or a new one without a password (the person chooses it from their link).</summary>
    public async Task<AppUser> FindOrCreateAccountAsync(string address, string displayName, Guid? trustId) =>
        await users.FindByEmailAsync(address.Trim()) ?? await NewAccountAsync(address.Trim(), displayName.Trim(), trustId);

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private async Task<AppUser> NewAccountAsync(string address, string displayName, Guid? trustId)
    {
        var user = new AppUser { UserName = address, Email = address, DisplayName = displayName, CurrentTrustId = trustId, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
            throw new RequestValidationException(new Dictionary<string, string[]> { ["Email"] = created.Errors.Select(e => e.Description).ToArray() });
        return user;
    }

    // Only the invitee reads this, so it may say what to do next: choose a password, or sign in as usual.
    private async Task<EmailMessage> EmailAsync(AppUser user, string address, Guid trustId, string trustName, TrustRole role, string token, DateTimeOffset expiresAt)
    {
        var link = $"{(config["App:BaseUrl"] ?? "http://localhost:5080").TrimEnd('/')}/account/accept-invitation?token={token}";
        var roleName = RoleNames.Describe(role);
        var expires = expiresAt.ToString(UkDate.Long, CultureInfo.InvariantCulture);
        var (action, how) = await users.HasPasswordAsync(user)
            ? ("Accept or decline the invitation", "Sign in with your usual QipTracker password to accept or decline it")
            : ("Accept the invitation and choose your password", "Accept and choose your password");
        var name = user.DisplayName;
        return new EmailMessage(address, name,
            $"You are invited to {trustName}'s improvement plan on QipTracker",
            $"<p>Hello {WebUtility.HtmlEncode(name)},</p><p>You have been invited to join <strong>{WebUtility.HtmlEncode(trustName)}</strong> on QipTracker as <strong>{roleName}</strong>.</p>" +
            $"<p><a href=\"{link}\">{action}</a></p><p>The link works once and expires on {expires}. If you did not expect this invitation, ignore this email.</p>",
            $"Hello {name},\n\nYou have been invited to join {trustName} on QipTracker as {roleName}.\n\n{how}: {link}\n\n" +
            $"The link works once and expires on {expires}. If you did not expect this invitation, ignore this email.",
            trustId);
    }
}
