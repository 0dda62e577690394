using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Sprints;

/// <summary>
/// An owner's sprint update applied to the plan. The form starts from the root cause as it stands; what it showed
/// (<c>seen</c>) and what the owner sent (<c>sent</c>) travel together, and only the fields that differ move the root
/// cause, so a field the owner left alone can never write an old value back over a newer one. The caller has
/// already refused a root cause that changed since the form was loaded (its version).
/// </summary>
public static class OwnerReport
{
    /// <summary>
    /// The statuses an owner may choose on the form: forward only, Completed only with evidence (no evidence, no
    /// completion), and nothing for delivered work, whose next step is the chair's.
    /// </summary>
    public static IReadOnlyList<RootCauseStatus> StatusChoices(RootCauseStatus current, bool hasEvidence) => current switch
    {
        RootCauseStatus.NotStarted when hasEvidence => [RootCauseStatus.NotStarted, RootCauseStatus.InProgress, RootCauseStatus.Completed],
        RootCauseStatus.NotStarted => [RootCauseStatus.NotStarted, RootCauseStatus.InProgress],
        RootCauseStatus.InProgress when hasEvidence => [RootCauseStatus.InProgress, RootCauseStatus.Completed],
        _ => [current],
    };

    /// <summary>Whether the forecast and off-track flag can still move: not once the work is delivered.</summary>
    public static bool MayReforecast(RootCauseStatus current) => !current.IsDelivered();

    /// <summary>
    /// Moves the root cause by the fields the owner changed and returns what this sprint's update records: the root
    /// cause as it now stands, with the owner's narrative and KPI reading. The forecast and off-track flag move first,
    /// so work completed in the same update ends with the completion's rules (never off track).
    /// </summary>
    public static SprintUpdateContent Apply(RootCause rootCause, SprintUpdateContent seen, SprintUpdateContent sent, DateOnly today)
    {
        if (sent.ForecastDue != seen.ForecastDue) rootCause.Reforecast(sent.ForecastDue);
        if (sent.OffTrack != seen.OffTrack) rootCause.ReportOffTrack(sent.OffTrack, today);
        if (sent.Status != seen.Status) Move(rootCause, sent.Status, today);
        return new SprintUpdateContent(rootCause.Status, sent.Narrative, rootCause.ForecastDue, rootCause.ReportedOffTrack, sent.KpiValue);
    }

    /// <summary>A KPI reading is recorded as a measurement only when the owner typed a new one.</summary>
    public static bool KpiValueChanged(SprintUpdateContent seen, SprintUpdateContent sent) => sent.KpiValue is not null && sent.KpiValue != seen.KpiValue;

    private static void Move(RootCause rootCause, RootCauseStatus to, DateOnly today)
    {
        if (to == rootCause.Status) return;
        switch (to)
        {
            case RootCauseStatus.Completed:
                rootCause.MarkCompleted(today);
                return;
            case RootCauseStatus.InProgress when rootCause.Status == RootCauseStatus.NotStarted:
                rootCause.Start();
                return;
            case RootCauseStatus.NotStarted or RootCauseStatus.InProgress when rootCause.Status.IsDelivered():
                throw new DomainException($"Root cause {rootCause.Reference} is {rootCause.Status}: only its ISG chair sends delivered work back, with a comment.");
            case RootCauseStatus.NotStarted:
                throw new DomainException($"Root cause {rootCause.Reference} is in progress: work that has started does not go back to not started.");
            default:
                throw new DomainException($"An owner reports not started, in progress or completed; {to} is the ISG chair's decision.");
        }
    }
}
