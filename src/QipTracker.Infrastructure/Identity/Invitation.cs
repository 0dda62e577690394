using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;

namespace QipTracker.Infrastructure.Identity;

/// <summary>
/// An invitation to join a trust in a role. It holds the role until the invitee accepts: only then
/// does a membership exist. The emailed link carries a random token; only its SHA-256 hash is
/// stored. It is answered once (accepted or declined), before it expires, unless withdrawn.
/// </summary>
public sealed class Invitation : TenantEntity
{
    public Guid UserId { get; private set; }
    /// <summary>The address as the inviting admin typed it: what the trust sees, whatever the account's own spelling.</summary>
    public string Email { get; private set; } = "";
    /// <summary>The name the inviting admin typed: the trust sees this until the person accepts, never the account's own name.</summary>
    public string DisplayName { get; private set; } = "";
    public TrustRole Role { get; private set; }
    public string TokenHash { get; private set; } = "";
    public Guid InvitedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? DeclinedAt { get; private set; }
    /// <summary>Set when a newer invitation to the same person and role replaces this one, or an admin withdraws it.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    private Invitation() { }

    public Invitation(Guid trustId, Guid userId, string email, string displayName, TrustRole role, string tokenHash, Guid invitedBy,
        DateTimeOffset createdAt, TimeSpan validFor) : base(trustId)
    {
        UserId = userId;
        Email = email;
        DisplayName = displayName;
        Role = role;
        TokenHash = tokenHash;
        InvitedBy = invitedBy;
        CreatedAt = createdAt;
        ExpiresAt = createdAt + validFor;
    }

    /// <summary>Not yet answered or withdrawn, and not expired.</summary>
    public bool IsUsable(DateTimeOffset now) => AcceptedAt is null && DeclinedAt is null && WithdrawnAt is null && now < ExpiresAt;

    public void Accept(DateTimeOffset at)
    {
        if (!IsUsable(at)) throw new DomainException("This invitation has expired or was already used.");
        AcceptedAt = at;
    }

    public void Decline(DateTimeOffset at)
    {
        if (!IsUsable(at)) throw new DomainException("This invitation has expired or was already used.");
        DeclinedAt = at;
    }

    public void Withdraw(DateTimeOffset at)
    {
        if (AcceptedAt is null && DeclinedAt is null) WithdrawnAt ??= at;
    }
}
