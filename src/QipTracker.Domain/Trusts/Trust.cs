using QipTracker.Domain.Common;

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
}
