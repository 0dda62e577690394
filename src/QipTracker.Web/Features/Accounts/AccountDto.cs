using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Security.Sessions;

namespace QipTracker.Web.Features.Accounts;

/// <param name="MayDisable">Whether the reader may disable it: not their own account (<see cref="DisableAccount"/> refuses that).</param>
public sealed record AccountDto(Guid UserId, string Email, string DisplayName, bool IsSystemAdmin, DateTimeOffset? DisabledAt,
    bool HasPassword, bool TwoFactor, int Trusts, int ActiveSessions, DateTimeOffset? LastSignInAt, DateTimeOffset CreatedAt, bool MayDisable = false);

/// <summary>Accounts as the system administrator reads them: shared by <see cref="SearchAccounts"/> and the commands that answer with one.</summary>
public static class AccountView
{
    // Nobody locks themselves out: the last system administrator would leave the platform without one.
    public static bool MayDisable(ICurrentUser current, Guid userId) => userId != current.UserId;

    public static async Task<IReadOnlyList<AccountDto>> ProjectAsync(QipDbContext db, UserSessions sessions, ICurrentUser current, TimeProvider clock,
        IQueryable<AppUser> accounts, CancellationToken ct)
    {
        var idleSince = clock.GetUtcNow() - sessions.IdleLimit;
        // Across trusts on purpose: the system administrator sees the whole platform.
        var rows = await accounts.Select(u => new AccountDto(u.Id, u.Email ?? "", u.DisplayName, u.IsSystemAdmin, u.DisabledAt,
                u.PasswordHash != null, u.TwoFactorEnabled,
                db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == u.Id).Select(m => m.TrustId).Distinct().Count(),
                db.UserSessions.Count(s => s.UserId == u.Id && s.EndedAt == null && s.LastSeenAt > idleSince),
                db.UserSessions.Where(s => s.UserId == u.Id).Max(s => (DateTimeOffset?)s.CreatedAt),
                u.CreatedAt, false))
            .ToListAsync(ct);
        return rows.Select(a => a with { MayDisable = MayDisable(current, a.UserId) }).ToList();
    }

    public static async Task<AccountDto> OneAsync(QipDbContext db, UserSessions sessions, ICurrentUser current, TimeProvider clock, Guid id,
        CancellationToken ct) =>
        (await ProjectAsync(db, sessions, current, clock, db.Users.Where(u => u.Id == id), ct)).Single();
}
