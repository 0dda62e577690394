using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;

namespace QipTracker.Infrastructure.Identity;

/// <summary>
/// A TrustAdmin's invitation to join a trust in a role. The link carries a random token; only its
/// SHA-256 hash is stored, and it works once, before it expires.
/// </summary>
public sealed class Invitation : TenantEntity
{
    public Guid UserId { get; private set; }
    public string Email { get; private set; } = "";
    public TrustRole Role { get; private set; }
    public string TokenHash { get; private set; } = "";
    public Guid InvitedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }

    private Invitation() { }

    public Invitation(Guid trustId, Guid userId, string email, TrustRole role, string tokenHash, Guid invitedBy,
        DateTimeOffset createdAt, TimeSpan validFor) : base(trustId)
    {
        UserId = userId;
        Email = email;
        Role = role;
        TokenHash = tokenHash;
        InvitedBy = invitedBy;
        CreatedAt = createdAt;
        ExpiresAt = createdAt + validFor;
    }

    public bool IsUsable(DateTimeOffset now) => AcceptedAt is null && now < ExpiresAt;

    public void Accept(DateTimeOffset at)
    {
        if (!IsUsable(at)) throw new DomainException("This invitation has expired or was already used.");
        AcceptedAt = at;
    }
}
