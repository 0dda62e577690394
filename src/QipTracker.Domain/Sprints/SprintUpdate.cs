using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Sprints;

/// <summary>
/// An owner's update on one root cause in one sprint: status, narrative, forecast date, KPI value.
/// There is one per (sprint, root cause): submitting again in the same sprint replaces the values,
/// keeping when it was first submitted. Updates are taken only while the sprint is active, so a
/// closed sprint's updates stay as the chair reviewed them. The status, forecast and off-track flag are
/// the root cause's as the update left it (<see cref="OwnerReport.Apply"/>), so the update and the plan agree.
/// </summary>
public sealed class SprintUpdate : TenantEntity, IVersioned
{
    public Guid SprintId { get; private set; }
    public Guid RootCauseId { get; private set; }
    /// <summary>Who submitted it (last): the root cause's owner — checked by the caller, which knows the owner.</summary>
    public Guid OwnerId { get; private set; }
    public RootCauseStatus Status { get; private set; }
    public string Narrative { get; private set; } = "";
    public DateOnly ForecastDue { get; private set; }
    public bool OffTrack { get; private set; }
    public decimal? KpiValue { get; private set; }
    /// <summary>When it was first submitted in this sprint; a re-submission does not move it.</summary>
    public DateTimeOffset SubmittedAt { get; private set; }
    /// <summary>When it was last re-submitted; null if never.</summary>
    public DateTimeOffset? RevisedAt { get; private set; }
    public int Revisions { get; private set; }
    public long Version { get; private set; }

    private SprintUpdate() { }

    private SprintUpdate(Guid trustId, Guid sprintId, Guid rootCauseId) : base(trustId)
    {
        if (rootCauseId == Guid.Empty) throw new DomainException("A sprint update is about a root cause.");
        SprintId = sprintId;
        RootCauseId = rootCauseId;
    }

    public static SprintUpdate Submit(Sprint sprint, Guid rootCauseId, Guid by, SprintUpdateContent content, DateTimeOffset at)
    {
        EnsureOpen(sprint);
        var update = new SprintUpdate(sprint.TrustId, sprint.Id, rootCauseId) { SubmittedAt = at };
        update.Apply(by, content);
        return update;
    }

    /// <summary>Re-submission in the same sprint: the new values replace the old ones.</summary>
    public void Revise(Sprint sprint, Guid by, SprintUpdateContent content, DateTimeOffset at)
    {
        if (sprint.Id != SprintId) throw new DomainException("This update belongs to another sprint; submit a new one for this sprint.");
        EnsureOpen(sprint);
        Apply(by, content);
        RevisedAt = at;
        Revisions++;
    }

    /// <summary>The one-screen-per-owner form saves each root cause through here: revise this sprint's update if there is one, else submit.</summary>
    public static SprintUpdate SubmitOrRevise(Sprint sprint, SprintUpdate? existing, Guid rootCauseId, Guid by, SprintUpdateContent content, DateTimeOffset at)
    {
        if (existing is null) return Submit(sprint, rootCauseId, by, content, at);
        if (existing.RootCauseId != rootCauseId) throw new DomainException("That update is about another root cause.");
        existing.Revise(sprint, by, content, at);
        return existing;
    }

    private void Apply(Guid by, SprintUpdateContent content)
    {
        if (by == Guid.Empty) throw new DomainException("Say who submitted the update.");
        if (string.IsNullOrWhiteSpace(content.Narrative)) throw new DomainException("Say in a sentence or two how the work stands.");
        OwnerId = by;
        Status = content.Status;
        Narrative = content.Narrative.Trim();
        ForecastDue = content.ForecastDue;
        // Delivered work is not off track.
        OffTrack = content.OffTrack && !content.Status.IsDelivered();
        KpiValue = content.KpiValue;
    }

    private static void EnsureOpen(Sprint sprint)
    {
        if (sprint.State != SprintState.Active)
            throw new DomainException($"Sprint {sprint.Number} is {sprint.State}; updates are taken while a sprint is active.");
    }
}
