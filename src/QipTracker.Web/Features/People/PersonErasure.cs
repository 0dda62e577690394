using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Auditing;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;
using QipTracker.Web.Security.Sessions;

namespace QipTracker.Web.Features.People;

/// <summary>What an erasure did: the name the person now has everywhere.</summary>
public sealed record ErasureResult(Guid UserId, string NewName);

/// <summary>
/// Erases a person who has left (UK GDPR's right to erasure), for <see cref="ErasePerson"/> (a trust admin, a person of
/// that trust only) and <see cref="Accounts.EraseAccount"/> (the system administrator, anyone). Sign-in goes: password,
/// two-factor, external logins, API tokens and memberships are removed and every session ends. The name and email
/// become "Former member of staff N" and an address that cannot receive mail, in the account and wherever history keeps
/// them as text (paper drafts' author, generated papers' frozen data, the audit trail's values, the security log,
/// emails), in the trusts the person belonged to. Pages and documents name people from the account, so they show the
/// new name. What the person wrote stays: it is the trust's record. N counts erasures across the platform and never
/// changes. The erasure is in the security log and the audit trail, by whom and when, without the old name.
/// </summary>
public sealed class PersonErasure(QipDbContext db, UserSessions sessions, SecurityLog log, ICurrentUser current, TimeProvider clock)
{
    public const string ErasedDomain = "erased.invalid";
    public const string NamePrefix = "Former member of staff ";

    /// <summary>True when the person is a member of, or was invited to, the current trust.</summary>
    public static async Task<bool> InTrustAsync(QipDbContext db, Guid userId, CancellationToken ct) =>
        await db.Memberships.AnyAsync(m => m.UserId == userId, ct) || await db.Invitations.AnyAsync(i => i.UserId == userId, ct);

    public async Task<ErasureResult> EraseAsync(Guid userId, Guid? onlyTrust, CancellationToken ct)
    {
        if (onlyTrust is not null && !await InTrustAsync(db, userId, ct)) throw new NotFoundException("That person");
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct) ?? throw new NotFoundException("That person");
        if (userId == current.UserId) throw new DomainException("You cannot erase yourself: ask another administrator.");
        if (IsErased(user.Email)) throw new DomainException($"{user.DisplayName} has already been erased.");

        // The rules below read every trust the person is in: erasure is of the person, not of one trust's view of them.
        var memberships = await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId).ToListAsync(ct);
        if (onlyTrust is { } trust && memberships.Any(m => m.TrustId != trust))
            throw new DomainException($"{user.DisplayName} is also a member of another trust: the system administrator erases them.");
        foreach (var admin in memberships.Where(m => m.Role == TrustRole.TrustAdmin))
            if (await db.Memberships.IgnoreQueryFilters().CountAsync(m => m.TrustId == admin.TrustId && m.Role == TrustRole.TrustAdmin, ct) == 1)
                throw new DomainException($"{user.DisplayName} is the last trust administrator of their trust: make someone else trust administrator first.");

        var trusts = memberships.Select(m => m.TrustId)
            .Concat(await db.Invitations.IgnoreQueryFilters().Where(i => i.UserId == userId).Select(i => i.TrustId).ToListAsync(ct))
            .Distinct().ToList();
        var (oldName, oldEmail) = (user.DisplayName, user.Email ?? "");
        var number = await NextNumberAsync(ct);
        var newName = NamePrefix + number.ToString(CultureInfo.InvariantCulture);
        var newEmail = $"former-staff-{number.ToString(CultureInfo.InvariantCulture)}@{ErasedDomain}";
        var now = clock.GetUtcNow();

        user.DisplayName = newName;
        user.Email = user.UserName = newEmail;
        user.NormalizedEmail = user.NormalizedUserName = newEmail.ToUpperInvariant();
        user.EmailConfirmed = false;
        user.JobTitle = null;
        user.PhoneNumber = null;
        user.PasswordHash = null;
        user.TwoFactorEnabled = false;
        user.IsSystemAdmin = false;
        user.CurrentTrustId = null;
        user.DisabledAt ??= now;
        user.LockoutEnabled = true;
        user.LockoutEnd = now.AddYears(100);
        user.SecurityStamp = Guid.NewGuid().ToString("N");

        await db.Set<IdentityUserLogin<Guid>>().Where(l => l.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Set<IdentityUserToken<Guid>>().Where(t => t.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Set<IdentityUserClaim<Guid>>().Where(c => c.UserId == userId).ExecuteDeleteAsync(ct);
        await db.ApiTokens.IgnoreQueryFilters().Where(t => t.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId).ExecuteDeleteAsync(ct);
        await db.OversightMembers.Where(m => m.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Invitations.IgnoreQueryFilters().Where(i => i.UserId == userId).ExecuteUpdateAsync(u => u
            .SetProperty(i => i.Email, newEmail).SetProperty(i => i.DisplayName, newName)
            .SetProperty(i => i.WithdrawnAt, i => i.AcceptedAt == null && i.DeclinedAt == null && i.WithdrawnAt == null ? now : i.WithdrawnAt), ct);
        await db.SecurityEvents.Where(e => e.UserId == userId).ExecuteUpdateAsync(u => u.SetProperty(e => e.Email, newEmail), ct);
        await db.OutboxEmails.Where(o => o.ToAddress == oldEmail && o.Status == OutboxStatus.Pending).ExecuteDeleteAsync(ct);
        await db.OutboxEmails.Where(o => o.ToAddress == oldEmail).ExecuteUpdateAsync(u => u
            .SetProperty(o => o.ToAddress, newEmail).SetProperty(o => o.ToName, newName), ct);
        await ReplaceNameAsync(trusts, oldName, newName, ct);

        foreach (var trustId in trusts.DefaultIfEmpty())
        {
            Guid? at = trustId == Guid.Empty ? null : trustId;
            db.AuditEntries.Add(new AuditEntry(at, "Person", userId, AuditOperation.Modified, "Erased", null, newName, current.UserId, now));
            log.Add(db, SecurityEventKind.AccountErased, userId, newEmail, at, $"Erased as {newName}");
        }
        await db.SaveChangesAsync(ct);
        await sessions.EndAllAsync(userId, SessionEnd.AccountDisabled, ct: ct);
        return new ErasureResult(userId, newName);
    }

    public static bool IsErased(string? email) => email?.EndsWith("@" + ErasedDomain, StringComparison.OrdinalIgnoreCase) == true;

    // Text that named the person, in their trusts: as written, and as JSON writes it ("O\u0027Brien").
    private async Task ReplaceNameAsync(List<Guid> trusts, string oldName, string newName, CancellationToken ct)
    {
        if (oldName.Trim().Length < 3) return;   // too short to replace safely inside other text
        foreach (var name in new[] { oldName, JsonEncodedText.Encode(oldName).ToString() }.Distinct())
        {
            await db.PaperDrafts.IgnoreQueryFilters().Where(d => trusts.Contains(d.TrustId) && d.Author.Contains(name))
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.Author, d => d.Author.Replace(name, newName)), ct);
            await db.GeneratedPapers.IgnoreQueryFilters().Where(p => trusts.Contains(p.TrustId) && p.ContentJson.Contains(name))
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.ContentJson, p => p.ContentJson.Replace(name, newName)), ct);
            await db.AuditEntries.IgnoreQueryFilters().Where(a => a.TrustId != null && trusts.Contains(a.TrustId.Value) && a.Before!.Contains(name))
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.Before, a => a.Before!.Replace(name, newName)), ct);
            await db.AuditEntries.IgnoreQueryFilters().Where(a => a.TrustId != null && trusts.Contains(a.TrustId.Value) && a.After!.Contains(name))
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.After, a => a.After!.Replace(name, newName)), ct);
            await db.OutboxEmails.Where(o => o.TrustId != null && trusts.Contains(o.TrustId.Value) && (o.TextBody.Contains(name) || o.HtmlBody.Contains(name)))
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.TextBody, o => o.TextBody.Replace(name, newName))
                    .SetProperty(o => o.HtmlBody, o => o.HtmlBody.Replace(name, newName)), ct);
        }
    }

    private async Task<int> NextNumberAsync(CancellationToken ct)
    {
        var erased = await db.Users.Where(u => u.Email!.EndsWith("@" + ErasedDomain)).Select(u => u.Email!).ToListAsync(ct);
        return erased.Select(e => int.TryParse(e["former-staff-".Length..e.IndexOf('@', StringComparison.Ordinal)], CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max() + 1;
    }
}
