using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;
using QipTracker.Web.Security.Sessions;

namespace QipTracker.Web.Features.Accounts;

/// <summary>The system administrator finds accounts anywhere on the platform by (part of) their email.</summary>
[SystemAdminOnly]
public sealed record SearchAccounts(string? Email) : IQuery<IReadOnlyList<AccountDto>>;

/// <param name="MayDisable">Whether the reader may disable it: not their own account (<see cref="DisableAccount"/> refuses that).</param>
public sealed record AccountDto(Guid UserId, string Email, string DisplayName, bool IsSystemAdmin, DateTimeOffset? DisabledAt,
    bool HasPassword, bool TwoFactor, int Trusts, int ActiveSessions, DateTimeOffset? LastSignInAt, DateTimeOffset CreatedAt, bool MayDisable = false);

/// <summary>
/// Disables an account platform-wide: it cannot sign in, its sessions end at once and its API
/// tokens are refused. Nothing else changes, so enabling it again restores it as it was.
/// </summary>
[SystemAdminOnly]
public sealed record DisableAccount(Guid UserId) : ICommand<AccountDto>;

[SystemAdminOnly]
public sealed record EnableAccount(Guid UserId) : ICommand<AccountDto>;

public sealed class SearchAccountsValidator : AbstractValidator<SearchAccounts>
{
    public SearchAccountsValidator() => RuleFor(r => r.Email).MaximumLength(256);
}

public sealed class AccountHandlers(QipDbContext db, UserManager<AppUser> users, UserSessions sessions, SecurityLog log,
    ICurrentUser current, TimeProvider clock) :
    IRequestHandler<SearchAccounts, IReadOnlyList<AccountDto>>,
    IRequestHandler<DisableAccount, AccountDto>,
    IRequestHandler<EnableAccount, AccountDto>
{
    private const int MaxResults = 50;

    public async Task<IReadOnlyList<AccountDto>> Handle(SearchAccounts r, CancellationToken ct)
    {
        var query = db.Users.AsQueryable();
        if (!string.IsNullOrWhiteSpace(r.Email))
        {
            var part = r.Email.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(part));
        }
        return await Project(query.OrderBy(u => u.NormalizedEmail).Take(MaxResults), ct);
    }

    public async Task<AccountDto> Handle(DisableAccount r, CancellationToken ct)
    {
        if (!MayDisable(r.UserId)) throw new DomainException("You cannot disable your own account.");
        var user = await Find(r.UserId);
        if (user.DisabledAt is null)
        {
            user.DisabledAt = clock.GetUtcNow();
            // A new stamp also refuses any cookie that escaped the session check.
            await Check(users.UpdateSecurityStampAsync(user));
            await sessions.EndAllAsync(user.Id, SessionEnd.AccountDisabled, ct: ct);
            log.Add(db, SecurityEventKind.AccountDisabled, user.Id, user.Email, null);
            await db.SaveChangesAsync(ct);
        }
        return await One(user.Id, ct);
    }

    public async Task<AccountDto> Handle(EnableAccount r, CancellationToken ct)
    {
        var user = await Find(r.UserId);
        if (user.DisabledAt is not null)
        {
            user.DisabledAt = null;
            await Check(users.UpdateAsync(user));
            log.Add(db, SecurityEventKind.AccountEnabled, user.Id, user.Email, null);
            await db.SaveChangesAsync(ct);
        }
        return await One(user.Id, ct);
    }

    private async Task<AppUser> Find(Guid id) => await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("The account");

    private static async Task Check(Task<IdentityResult> update)
    {
        var result = await update;
        if (!result.Succeeded) throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    private async Task<AccountDto> One(Guid id, CancellationToken ct) => (await Project(db.Users.Where(u => u.Id == id), ct)).Single();

    // Nobody locks themselves out: the last system administrator would leave the platform without one.
    private bool MayDisable(Guid userId) => userId != current.UserId;

    private async Task<IReadOnlyList<AccountDto>> Project(IQueryable<AppUser> accounts, CancellationToken ct)
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
        return rows.Select(a => a with { MayDisable = MayDisable(a.UserId) }).ToList();
    }
}
