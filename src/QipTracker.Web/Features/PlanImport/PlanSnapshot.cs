using QipTracker.Domain.Plans;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// What a person reads of each finding and root cause of the plan, by id. Taken before and after the import
/// changes the plan in memory, the difference is exactly what saving would write: the preview.
/// </summary>
internal sealed class PlanSnapshot
{
    public Dictionary<Guid, FindingFacts> Findings { get; } = [];
    public Dictionary<Guid, RootCauseFacts> RootCauses { get; } = [];

    public static PlanSnapshot Of(ExistingPlan plan)
    {
        var snapshot = new PlanSnapshot();
        foreach (var f in plan.FindingsById.Values)
            snapshot.Findings[f.Id] = new FindingFacts(f.Reference, f.Text, f.Kind, f.IsgId, f.Domain, f.CoreService, f.KloeCode, f.PromptCode);
        foreach (var r in plan.RootCauses.Values)
            snapshot.RootCauses[r.Id] = new RootCauseFacts(r.Reference, r.Description, r.OwnerId, r.IsgId, r.Priority, r.BaselineDue,
                r.ForecastDue, r.Status, r.CompletedOn, r.Findings.Select(l => l.FindingId).ToHashSet(), r.Evidence.Select(e => e.Id).ToHashSet(), r.AddedToPlanOn);
        return snapshot;
    }
}

internal sealed record FindingFacts(string Reference, string Text, FindingKind Kind, Guid IsgId, CqcDomain? Domain, string? CoreService,
    string? KloeCode, string? PromptCode);

internal sealed record RootCauseFacts(string Reference, string Description, Guid OwnerId, Guid IsgId, PriorityClass Priority,
    DateOnly BaselineDue, DateOnly ForecastDue, RootCauseStatus Status, DateOnly? CompletedOn,
    IReadOnlySet<Guid> Findings, IReadOnlySet<Guid> Evidence,
    /// <summary>The day the file says it entered the plan; unset (the day it is saved) when the file does not say.</summary>
    DateOnly AddedToPlanOn);
