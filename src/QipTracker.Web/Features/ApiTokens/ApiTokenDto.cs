using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.ApiTokens;

public sealed record ApiTokenDto(Guid Id, string Name, TrustRole Role, string Prefix, DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

/// <summary>A token as its holder reads it, and as the security log names it: shared by the token use cases.</summary>
public static class ApiTokenView
{
    public static ApiTokenDto Of(ApiToken t) => new(t.Id, t.Name, t.Role, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt);

    /// <summary>The security log's detail: name, role and prefix, never the secret.</summary>
    public static string Describe(ApiToken t) => $"{t.Name} ({RoleNames.Describe(t.Role)}, {t.Prefix}…)";

    public static Task<string?> EmailOfAsync(QipDbContext db, Guid userId, CancellationToken ct) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(ct);
}
