using QipTracker.Domain.Common;

namespace QipTracker.Domain.Trusts;

/// <summary>A person's role in one trust. A person may hold several roles, and roles in several trusts.</summary>
public sealed class TrustMembership : TenantEntity
{
    public Guid UserId { get; private set; }
    public TrustRole Role { get; private set; }

    private TrustMembership() { }

    public TrustMembership(Guid trustId, Guid userId, TrustRole role) : base(trustId)
    {
        if (userId == Guid.Empty) throw new DomainException("A membership needs a person.");
        UserId = userId;
        Role = role;
    }
}
