using QipTracker.Domain.Common;

namespace QipTracker.Domain.Plans;

/// <summary>An Improvement Steering Group: owns a set of findings and reports on them each sprint.</summary>
public sealed class ImprovementSteeringGroup : TenantEntity, IVersioned
{
    public string Name { get; private set; } = "";
    public Guid? ChairId { get; private set; }
    public Guid? AccountableExecutiveId { get; private set; }
    public ReportingCadence Cadence { get; private set; }
    public List<Guid> MemberIds { get; private set; } = [];
    public long Version { get; private set; }

    private ImprovementSteeringGroup() { }

    public ImprovementSteeringGroup(Guid trustId, string name, ReportingCadence cadence) : base(trustId)
    {
        Rename(name);
        Cadence = cadence;
    }

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("An ISG needs a name.");
        Name = name.Trim();
    }

    public void ChangeCadence(ReportingCadence cadence) => Cadence = cadence;

    public void Appoint(Guid? chairId, Guid? accountableExecutiveId)
    {
        ChairId = chairId;
        AccountableExecutiveId = accountableExecutiveId;
    }

    public void SetMembers(IEnumerable<Guid> memberIds) => MemberIds = memberIds.Distinct().ToList();

    public bool IsChairedBy(Guid userId) => ChairId == userId;
}
