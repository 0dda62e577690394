using QipTracker.Domain.Common;
using QipTracker.Domain.Escalations;

namespace QipTracker.Domain.Trusts;

/// <summary>The tenant: an NHS trust running a Quality Improvement Plan.</summary>
public sealed class Trust : Entity
{
    public string Name { get; private set; } = "";
    public string OdsCode { get; private set; } = "";
    public TrustType Type { get; private set; }
    public List<string> Sites { get; private set; } = [];
    public int? PopulationServed { get; private set; }
    public string? ImprovementDirector { get; private set; }
    public List<string> BuddyTrusts { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    // The escalation ladder's thresholds in days overdue (see EscalationThresholds), stored flat.
    public int EscalateToOwnerAfter { get; private set; } = EscalationThresholds.Default.Owner;
    public int EscalateToChairAfter { get; private set; } = EscalationThresholds.Default.IsgChair;
    public int EscalateToExecutiveAfter { get; private set; } = EscalationThresholds.Default.AccountableExecutive;
    public int EscalateToEcibAfter { get; private set; } = EscalationThresholds.Default.Ecib;

    public EscalationThresholds EscalationThresholds =>
        new(EscalateToOwnerAfter, EscalateToChairAfter, EscalateToExecutiveAfter, EscalateToEcibAfter);

    private Trust() { }

    public Trust(string name, string odsCode, TrustType type, DateTimeOffset createdAt)
    {
        Rename(name);
        OdsCode = string.IsNullOrWhiteSpace(odsCode) ? "" : odsCode.Trim().ToUpperInvariant();
        Type = type;
        CreatedAt = createdAt;
    }

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("A trust needs a name.");
        Name = name.Trim();
    }

    public void DescribeProfile(IEnumerable<string> sites, int? populationServed, string? improvementDirector, IEnumerable<string> buddyTrusts)
    {
        // Checked before anything changes, so a refused profile leaves the trust as it was.
        if (populationServed is < 0) throw new DomainException("Population served cannot be negative.");
        Sites = sites.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToList();
        PopulationServed = populationServed;
        ImprovementDirector = string.IsNullOrWhiteSpace(improvementDirector) ? null : improvementDirector.Trim();
        BuddyTrusts = buddyTrusts.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToList();
    }

    /// <summary>The thresholds are validated by <see cref="Escalations.EscalationThresholds"/> before they get here.</summary>
    public void SetEscalationThresholds(EscalationThresholds thresholds)
    {
        EscalateToOwnerAfter = thresholds.Owner;
        EscalateToChairAfter = thresholds.IsgChair;
        EscalateToExecutiveAfter = thresholds.AccountableExecutive;
        EscalateToEcibAfter = thresholds.Ecib;
    }
}
