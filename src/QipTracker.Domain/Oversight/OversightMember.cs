using QipTracker.Domain.Common;

namespace QipTracker.Domain.Oversight;

/// <summary>A person of an oversight organisation. They hold no trust role: what they read comes from their organisation's grants.</summary>
public sealed class OversightMember : Entity
{
    public Guid OrganisationId { get; private set; }
    public Guid UserId { get; private set; }
    public DateTimeOffset JoinedAt { get; private set; }

    private OversightMember() { }

    public OversightMember(Guid organisationId, Guid userId, DateTimeOffset joinedAt)
    {
        if (organisationId == Guid.Empty || userId == Guid.Empty) throw new DomainException("A member needs an organisation and a person.");
        OrganisationId = organisationId;
        UserId = userId;
        JoinedAt = joinedAt;
    }
}
