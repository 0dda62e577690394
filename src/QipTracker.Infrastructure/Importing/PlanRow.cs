using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// One valid (finding, root cause) row of a plan, typed. The same shape is written on export,
/// where <see cref="Number"/> is 0.
/// </summary>
public sealed record PlanRow(
    int Number,
    string Isg,
    string FindingRef,
    FindingKind FindingKind,
    CqcDomain? FindingDomain,
    string? CoreService,
    string FindingText,
    string RootCauseRef,
    string RootCauseText,
    string OwnerEmail,
    DateOnly BaselineDue,
    DateOnly? ForecastDue,
    RootCauseStatus Status,
    DateOnly? CompletedOn,
    string? Evidence,
    string? KloeCode = null,
    string? PromptCode = null,
    DateOnly? AddedToPlanOn = null)
{
    /// <summary>The forecast the row asks for: as given, else the baseline.</summary>
    public DateOnly Forecast => ForecastDue ?? BaselineDue;
}
