using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.People;

/// <summary>
/// Finds an invitation by its link or id, and answers it for its invitee: accepting creates the
/// membership the invitation held; declining closes it. Both are logged. Whoever calls this has
/// already proved they are the invitee (their own sign-in, or — for a new account — the link).
/// </summary>
public sealed class InvitationAnswers(QipDbContext db, UserManager<AppUser> users, TimeProvider clock, CurrentUser current, SecurityLog log)
{
    public const string Unusable = "This invitation link has expired or was already used. Ask your trust administrator for a new one.";

    /// <summary>Across trusts on purpose: the invitee is not working in the inviting trust yet, so the link or id selects the row.</summary>
    public async Task<Invitation?> FindAsync(Guid? id, string? token, CancellationToken ct)
    {
        if (id is { } invitationId) return await db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.Id == invitationId, ct);
        if (string.IsNullOrEmpty(token)) return null;
        var hash = Invitations.HashToken(token);
        return await db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
    }

    public async Task<string> TrustNameAsync(Guid trustId, CancellationToken ct) =>
        await db.Trusts.IgnoreQueryFilters().Where(t => t.Id == trustId).Select(t => t.Name).SingleAsync(ct);

    public async Task AcceptAsync(Invitation invitation, AppUser user, CancellationToken ct)
    {
        ActInInvitingTrust(invitation, user);
        var now = clock.GetUtcNow();
        invitation.Accept(now);
        // Old invitations made the membership up front: then there is nothing more to add.
        if (!await db.Memberships.AnyAsync(m => m.TrustId == invitation.TrustId && m.UserId == user.Id && m.Role == invitation.Role, ct))
            db.Memberships.Add(new TrustMembership(invitation.TrustId, user.Id, invitation.Role));
        user.EmailConfirmed = true;
        user.CurrentTrustId = invitation.TrustId;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) throw new DomainException(string.Join(" ", updated.Errors.Select(e => e.Description)));
        log.Add(db, SecurityEventKind.InvitationAccepted, user.Id, user.Email, invitation.TrustId, $"Joined as {RoleNames.Describe(invitation.Role)}");
        await db.SaveChangesAsync(ct);
    }

    public async Task DeclineAsync(Invitation invitation, AppUser user, CancellationToken ct)
    {
        ActInInvitingTrust(invitation, user);
        invitation.Decline(clock.GetUtcNow());
        log.Add(db, SecurityEventKind.InvitationDeclined, user.Id, user.Email, invitation.TrustId, $"Declined {RoleNames.Describe(invitation.Role)}");
        await db.SaveChangesAsync(ct);
    }

    // The answer is written in the inviting trust, by the invitee: the audit trail and the tenant guard see exactly that.
    private void ActInInvitingTrust(Invitation invitation, AppUser user) =>
        current.Set(user.Id, invitation.TrustId, [invitation.Role], user.IsSystemAdmin);
}
