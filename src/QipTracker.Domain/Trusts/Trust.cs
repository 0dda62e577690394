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
    /// <summary>The trust's strategic objectives, as its board papers offer them to link a paper to.</summary>
    public List<string> StrategicObjectives { get; private set; } = [];
    /// <summary>The risks on the trust's Board Assurance Framework, as its board papers offer them (e.g. "BAF 3: …").</summary>
    public List<string> BafRisks { get; private set; } = [];
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

    /// <summary>
    /// The lists a board paper's cover sheet chooses from. Blank lines go, duplicates (ignoring case) are kept once,
    /// and the order is the trust's own: it is the order the cover sheet prints them in.
    /// </summary>
    public void SetPaperLists(IEnumerable<string> strategicObjectives, IEnumerable<string> bafRisks)
    {
        StrategicObjectives = Distinct(strategicObjectives);
        BafRisks = Distinct(bafRisks);

        static List<string> Distinct(IEnumerable<string> items) =>
            items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
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
