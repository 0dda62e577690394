using QipTracker.Domain.Common;

namespace QipTracker.Domain.BoardPapers;

/// <summary>
/// What a system partner said at the meeting where the partner pack was discussed, and the trust's response, as the PMO
/// records it afterwards: who (the partner and their organisation), when (the meeting), what was said. The paper and
/// pack for the month of the meeting show it, so the board and the partners see the loop closed.
/// </summary>
public sealed class PartnerFeedback : TenantEntity, IVersioned
{
    public DateOnly MeetingOn { get; private set; }
    /// <summary>Who gave it: a person and their organisation, e.g. "Jo Reid, NHS England (Midlands)".</summary>
    public string From { get; private set; } = "";
    public string Said { get; private set; } = "";
    /// <summary>The trust's response; blank until it has one.</summary>
    public string Response { get; private set; } = "";
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>Set when a user of an oversight organisation added it themselves (on their portfolio), not the PMO.</summary>
    public Guid? OversightOrganisationId { get; private set; }
    public long Version { get; private set; }

    private PartnerFeedback() { }

    public PartnerFeedback(Guid trustId, DateOnly meetingOn, string from, string said, string? response, Guid recordedBy, DateTimeOffset recordedAt,
        Guid? oversightOrganisationId = null)
        : base(trustId)
    {
        Revise(meetingOn, from, said, response);
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        OversightOrganisationId = oversightOrganisationId;
    }

    public void Revise(DateOnly meetingOn, string from, string said, string? response)
    {
        if (meetingOn == default) throw new DomainException("Give the day of the partner meeting.");
        if (string.IsNullOrWhiteSpace(from)) throw new DomainException("Say who gave the feedback.");
        if (string.IsNullOrWhiteSpace(said)) throw new DomainException("Say what the partner said.");
        MeetingOn = meetingOn;
        From = from.Trim();
        Said = said.Trim();
        Response = response?.Trim() ?? "";
    }
}
