namespace QipTracker.Domain.Common;

public interface ITenantOwned
{
    Guid TrustId { get; }
}
