namespace QipTracker.Domain.Plans;

/// <summary>
/// NotStarted → InProgress → Completed (owner: done, evidence attached) → Assured (chair accepts the
/// evidence) → Embedded (the KPI has sustained the result). Assured/Embedded may be reopened.
/// </summary>
public enum RootCauseStatus { NotStarted, InProgress, Completed, Assured, Embedded }

public static class RootCauseStatusExtensions
{
    /// <summary>Completed or later: counts as delivered on the trajectory.</summary>
    public static bool IsDelivered(this RootCauseStatus status) => status >= RootCauseStatus.Completed;
}
