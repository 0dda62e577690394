using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.People;

/// <summary>
/// The People page: the trust's members and the people it has invited, in this trust's terms only.
/// Someone invited shows with the name and address the admin typed and the state of their
/// invitation here — never whether the email has an account elsewhere, that account's own name,
/// or whether it has a password.
/// </summary>
[RequiresRole(TrustRole.TrustAdmin)]
public sealed record ListTrustPeople : IQuery<IReadOnlyList<TrustPerson>>;

public enum PersonState { Active, Invited, InvitationExpired, Declined }

public sealed record TrustPerson(Guid UserId, string DisplayName, string Email, PersonState State, IReadOnlyList<TrustRole> Roles,
    IReadOnlyList<PendingRole> Invited, bool TwoFactor);

/// <summary>A role an invitation holds until it is answered.</summary>
public sealed record PendingRole(Guid InvitationId, TrustRole Role, DateTimeOffset ExpiresAt);

public sealed class ListTrustPeopleHandler(QipDbContext db, TimeProvider clock) : IRequestHandler<ListTrustPeople, IReadOnlyList<TrustPerson>>
{
    public async Task<IReadOnlyList<TrustPerson>> Handle(ListTrustPeople request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var members = await db.Memberships
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email, m.Role, u.TwoFactorEnabled })
            .ToListAsync(ct);
        var invitations = (await db.Invitations.Where(i => i.AcceptedAt == null && i.WithdrawnAt == null).ToListAsync(ct))
            .GroupBy(i => (i.UserId, i.Role)).Select(g => g.MaxBy(i => i.CreatedAt)!).ToList();
        var pending = invitations.Where(i => i.IsUsable(now)).ToList();
        // Invitations made before memberships waited for acceptance came with the membership: still only invited.
        var invitedRoles = pending.Select(i => (i.UserId, i.Role)).ToHashSet();

        var people = new List<TrustPerson>();
        foreach (var person in members.Where(m => !invitedRoles.Contains((m.Id, m.Role))).GroupBy(m => m.Id))
        {
            var first = person.First();
            people.Add(new TrustPerson(person.Key, first.DisplayName, first.Email ?? "", PersonState.Active,
                person.Select(m => m.Role).Order().ToList(), Pending(pending, person.Key), first.TwoFactorEnabled));
        }
        var active = people.Select(p => p.UserId).ToHashSet();
        foreach (var invitee in invitations.Where(i => !active.Contains(i.UserId)).GroupBy(i => i.UserId))
        {
            var latest = invitee.MaxBy(i => i.CreatedAt)!;
            var state = invitee.Any(i => i.IsUsable(now)) ? PersonState.Invited
                : latest.DeclinedAt is not null ? PersonState.Declined : PersonState.InvitationExpired;
            people.Add(new TrustPerson(invitee.Key, latest.DisplayName, latest.Email, state, [], Pending(pending, invitee.Key), false));
        }
        return people.OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    private static List<PendingRole> Pending(IEnumerable<Infrastructure.Identity.Invitation> pending, Guid userId) =>
        pending.Where(i => i.UserId == userId).OrderBy(i => i.Role).Select(i => new PendingRole(i.Id, i.Role, i.ExpiresAt)).ToList();
}
