using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Sprints;

/// <summary>What an owner says about one root cause in a sprint update.</summary>
/// <param name="KpiValue">The root cause's KPI reading this sprint, when it has a KPI.</param>
public sealed record SprintUpdateContent(
    RootCauseStatus Status,
    string Narrative,
    DateOnly ForecastDue,
    bool OffTrack = false,
    decimal? KpiValue = null);
