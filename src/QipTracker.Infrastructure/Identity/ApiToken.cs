using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;

namespace QipTracker.Infrastructure.Identity;

/// <summary>
/// A personal API token, made by a person for one of their roles in one trust (e.g. a BI team
/// pushing KPI values). The secret is shown once; only its SHA-256 hash is kept.
/// </summary>
public sealed class ApiToken : TenantEntity
{
    public Guid UserId { get; private set; }
    public TrustRole Role { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The first characters of the token, so a person can tell their tokens apart.</summary>
    public string Prefix { get; private set; } = "";
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }

    private ApiToken() { }

    public ApiToken(Guid trustId, Guid userId, TrustRole role, string name, string prefix, string tokenHash,
        DateTimeOffset createdAt, DateTimeOffset expiresAt) : base(trustId)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Name the token so you can recognise it later.");
        if (expiresAt <= createdAt) throw new DomainException("A token must expire after it is created.");
        UserId = userId;
        Role = role;
        Name = name.Trim();
        Prefix = prefix;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;

    public void MarkUsed(DateTimeOffset at) => LastUsedAt = at;
}
