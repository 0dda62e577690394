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
    /// <summary>The first day of the ISG's sprint calendar; null until the PMO sets its sprints going.</summary>
    public DateOnly? SprintsFrom { get; private set; }
    /// <summary>The number of the calendar's first sprint: above 1 when the calendar restarted after a cadence change.</summary>
    public int FirstSprintNumber { get; private set; } = 1;
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

    /// <summary>
    /// Sets the sprint calendar going from <paramref name="firstStart"/>. A restart (after a cadence
    /// change) numbers on from the sprints already run, so sprint numbers never repeat.
    /// </summary>
    public void ScheduleSprints(DateOnly firstStart, int firstNumber = 1)
    {
        if (firstNumber < 1) throw new DomainException("Sprints are numbered from 1.");
        SprintsFrom = firstStart;
        FirstSprintNumber = firstNumber;
    }

    public void Appoint(Guid? chairId, Guid? accountableExecutiveId)
    {
        ChairId = chairId;
        AccountableExecutiveId = accountableExecutiveId;
    }

    public void SetMembers(IEnumerable<Guid> memberIds) => MemberIds = memberIds.Distinct().ToList();

    public bool IsChairedBy(Guid userId) => ChairId == userId;
}
