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
/// <item>A provider subject already linked through this trust signs in as its account (the email may have changed at
/// the provider). Links are per trust (<see cref="LinkProvider"/>).</item>
/// <item>Otherwise the email must be exactly that of an account invited to this trust (a member, or holding a usable
/// invitation, which the sign-in accepts); the first sign-in records the link (issuer + subject). An account that works
/// elsewhere too accepts its invitation from the email first.</item>
/// <item>The session it starts works in this trust only (<see cref="SsoConfinement"/>).</item>
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

        var provider = LinkProvider(trustId, who.Issuer);
        var linked = await users.FindByLoginAsync(provider, who.Subject);
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
        // This trust's provider speaks for this trust's staff. An account that also works elsewhere (another trust, the
        // platform's administration) joins this trust by the emailed invitation link, never by the provider's say-so.
        if (!await MemberAsync(trustId, user, ct) && await WorksElsewhereAsync(trustId, user, ct)) return (user, SsoRefusal.OtherTrust);
        if ((await users.GetLoginsAsync(user)).Any(l => l.LoginProvider == provider)) return (user, SsoRefusal.OtherSubject);

        var added = await users.AddLoginAsync(user, new UserLoginInfo(provider, who.Subject, LinkDisplayName));
        if (!added.Succeeded) return (user, SsoRefusal.OtherSubject); // the subject was linked by a sign-in at the same moment
        await AcceptInvitationsAsync(trustId, user, ct);
        return (user, null);
    }

    /// <summary>
    /// The link's login provider: the issuer as seen through this trust. A link made through one trust's provider never
    /// signs anyone in through another trust's, even one claiming the same issuer (a trust administrator chooses the
    /// provider, so its issuer proves nothing about anyone else's).
    /// </summary>
    public static string LinkProvider(Guid trustId, string issuer) => $"{issuer} (trust {trustId:N})";

    /// <summary>A member of the trust, or holding an invitation to it that can still be accepted.</summary>
    private async Task<bool> InvitedAsync(Guid trustId, AppUser user, CancellationToken ct)
    {
        if (await MemberAsync(trustId, user, ct)) return true;
        var now = clock.GetUtcNow();
        return (await PendingAsync(trustId, user, ct)).Any(i => i.IsUsable(now));
    }

    // Across trusts on purpose: nobody is signed in yet.
    private Task<bool> MemberAsync(Guid trustId, AppUser user, CancellationToken ct) =>
        db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.TrustId == trustId && m.UserId == user.Id, ct);

    private async Task<bool> WorksElsewhereAsync(Guid trustId, AppUser user, CancellationToken ct) =>
        user.IsSystemAdmin || await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.TrustId != trustId && m.UserId == user.Id, ct);

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
