namespace QipTracker.Domain.Common;

/// <summary>A row that belongs to one trust. The persistence layer filters every query by TrustId.</summary>
public abstract class TenantEntity : Entity, ITenantOwned
{
    public Guid TrustId { get; protected set; }

    protected TenantEntity() { }

    protected TenantEntity(Guid trustId)
    {
        if (trustId == Guid.Empty) throw new DomainException("A trust-owned record needs its trust.");
        TrustId = trustId;
    }
}
