using QipTracker.Domain.Common;

namespace QipTracker.Domain.Plans;

/// <summary>Link between a root cause and a finding it answers (many-to-many).</summary>
public sealed class RootCauseFinding : ITenantOwned
{
    public Guid TrustId { get; private set; }
    public Guid RootCauseId { get; private set; }
    public Guid FindingId { get; private set; }

    private RootCauseFinding() { }

    public RootCauseFinding(Guid trustId, Guid rootCauseId, Guid findingId)
    {
        TrustId = trustId;
        RootCauseId = rootCauseId;
        FindingId = findingId;
    }
}
