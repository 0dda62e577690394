using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Demo;
using QipTracker.Infrastructure.Identity;

namespace QipTracker.Bench.Data;

/// <summary>One trust's generated records, in memory, ready to be inserted.</summary>
public sealed class GeneratedTrust(Trust trust)
{
    public Trust Trust { get; } = trust;
    public List<AppUser> Users { get; } = [];
    public List<TrustMembership> Memberships { get; } = [];
    public List<Inspection> Inspections { get; } = [];
    public List<ImprovementSteeringGroup> Isgs { get; } = [];
    public List<Finding> Findings { get; } = [];
    public List<RootCause> RootCauses { get; } = [];
    public List<BaselineRecord> Baselines { get; } = [];
    public List<ImprovementAction> Actions { get; } = [];
    public List<Kpi> Kpis { get; } = [];
    public List<KpiMeasurement> Measurements { get; } = [];
    public List<Sprint> Sprints { get; } = [];
    public List<SprintUpdate> SprintUpdates { get; } = [];
    /// <summary>The audit trail of each transition, back-dated as the demo's is.</summary>
    public DemoHistory History { get; } = new(trust.Id);

    public AppUser Pmo { get; set; } = null!;
    public List<AppUser> Chairs { get; } = [];
    public List<AppUser> Owners { get; } = [];

    public int Rows => Users.Count + Memberships.Count + Isgs.Count + Findings.Count + RootCauses.Count * 2 + Actions.Count
        + Kpis.Count + Measurements.Count + Sprints.Sum(s => 1 + s.Scope.Count) + SprintUpdates.Count + History.Entries.Count;
}
