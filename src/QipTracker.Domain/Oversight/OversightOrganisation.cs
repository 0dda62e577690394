using QipTracker.Domain.Common;

namespace QipTracker.Domain.Oversight;

/// <summary>
/// An organisation that oversees trusts from outside (an ICB, an NHS England region, the CQC), made by the platform's
/// SystemAdmin. It belongs to no trust: a trust lets it read its plan summary by an <see cref="OversightGrant"/>.
/// </summary>
public sealed class OversightOrganisation : Entity
{
    public string Name { get; private set; } = "";
    public OversightKind Kind { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    private OversightOrganisation() { }

    public OversightOrganisation(string name, OversightKind kind, DateTimeOffset createdAt)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Give the organisation's name.");
        Name = name.Trim();
        Kind = kind;
        CreatedAt = createdAt;
    }
}
