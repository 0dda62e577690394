using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.People;

namespace QipTracker.Web.Security.SingleSignOn;

/// <summary>
/// Who a single sign-on is, in QipTracker: the rules that make sure it never signs anyone in as someone else.
/// <list type="bullet">
/// <item>The provider must vouch for the email (<see cref="SsoIdentity.EmailVerified"/>) and it must be in one of the
/// trust's allowed domains, on every sign-in.</item>
/// <item>A provider subject already linked signs in as its account (the email may have changed at the provider).</item>
/// <item>Otherwise the email must be exactly that of an account invited to this trust (a member, or holding a usable
/// invitation, which the sign-in accepts); the first sign-in records the link (issuer + subject).</item>
/// <item>An account already linked to another subject of the same provider is refused: the same email from a new
/// subject is not the same person as far as we can tell.</item>
/// <item>A disabled account is refused; nobody without an account gets one.</item>
/// </list>
/// </summary>
public sealed class SsoAccounts(QipDbContext db, UserManager<AppUser> users, InvitationAnswers invitations, TimeProvider clock)
{
    public const string LinkDisplayName = "Organisation account";

    public async Task<(AppUser? User, SsoRefusal? Refusal)> SignInAsync(Guid trustId, SsoIdentity who, CancellationToken ct)
    {
        var settings = await db.SingleSignOn.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(s => s.TrustId == trustId, ct);
        if (settings is null) return (null, SsoRefusal.NoProvider);
        if (!who.EmailVerified || string.IsNullOrEmpty(who.Email)) return (null, SsoRefusal.EmailNotVerified);
        if (!settings.Allows(who.Email)) return (null, SsoRefusal.WrongDomain);

        var linked = await users.FindByLoginAsync(who.Issuer, who.Subject);
        if (linked is not null)
        {
            if (linked.DisabledAt is not null) return (linked, SsoRefusal.Disabled);
            return await InvitedAsync(trustId, linked, ct) ? (linked, null) : (linked, SsoRefusal.NotInvited);
        }

        var user = await users.FindByEmailAsync(who.Email);
        // Exactly the address (Identity compares normalised, i.e. ignoring case, as email providers do).
        if (user is null || !string.Equals(user.Email, who.Email, StringComparison.OrdinalIgnoreCase)) return (null, SsoRefusal.NotInvited);
        if (!await InvitedAsync(trustId, user, ct)) return (user, SsoRefusal.NotInvited);
        if (user.DisabledAt is not null) return (user, SsoRefusal.Disabled);
        if ((await users.GetLoginsAsync(user)).Any(l => l.LoginProvider == who.Issuer)) return (user, SsoRefusal.OtherSubject);

        var added = await users.AddLoginAsync(user, new UserLoginInfo(who.Issuer, who.Subject, LinkDisplayName));
        if (!added.Succeeded) return (user, SsoRefusal.OtherSubject); // the subject was linked by a sign-in at the same moment
        await AcceptInvitationsAsync(trustId, user, ct);
        return (user, null);
    }

    /// <summary>A member of the trust, or holding an invitation to it that can still be accepted.</summary>
    private async Task<bool> InvitedAsync(Guid trustId, AppUser user, CancellationToken ct)
    {
        // Across trusts on purpose: nobody is signed in yet.
        if (await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.TrustId == trustId && m.UserId == user.Id, ct)) return true;
        var now = clock.GetUtcNow();
        return (await PendingAsync(trustId, user, ct)).Any(i => i.IsUsable(now));
    }

    // The organisation's sign-in proves the invitee as well as the emailed link would: their invitations to this trust are accepted.
    private async Task AcceptInvitationsAsync(Guid trustId, AppUser user, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var invitation in (await PendingAsync(trustId, user, ct)).Where(i => i.IsUsable(now)))
            await invitations.AcceptAsync(invitation, user, ct);
    }

    private Task<List<Invitation>> PendingAsync(Guid trustId, AppUser user, CancellationToken ct) =>
        db.Invitations.IgnoreQueryFilters().Where(i => i.TrustId == trustId && i.UserId == user.Id && i.AcceptedAt == null
            && i.DeclinedAt == null && i.WithdrawnAt == null).ToListAsync(ct);
}
