using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Reporting;

/// <summary>One root cause as the trajectory counts it.</summary>
public sealed class TrajectoryItem
{
    public Guid RootCauseId { get; }
    public string Reference { get; }
    public Guid IsgId { get; }
    public string IsgName { get; }
    public PriorityClass Priority { get; }
    /// <summary>Baseline history in effective order (earliest first; same day: recorded order).</summary>
    public IReadOnlyList<BaselineEntry> Baselines { get; }
    public DateOnly ForecastDue { get; }
    public RootCauseStatus Status { get; }
    public DateOnly? CompletedOn { get; }
    public DateOnly? WithdrawnOn { get; }
    public int ReopenCount { get; }
    /// <summary>The day it entered the plan: before it, it is in no figure.</summary>
    public DateOnly AddedToPlanOn { get; }
    /// <summary>The day its owner reported it off track, while they still did.</summary>
    public DateOnly? OffTrackSince { get; }

    public TrajectoryItem(Guid rootCauseId, string reference, Guid isgId, string isgName, PriorityClass priority,
        IEnumerable<BaselineEntry> baselines, DateOnly forecastDue, RootCauseStatus status,
        DateOnly? completedOn = null, DateOnly? withdrawnOn = null, int reopenCount = 0,
        DateOnly addedToPlanOn = default, DateOnly? offTrackSince = null)
    {
        RootCauseId = rootCauseId;
        Reference = reference;
        IsgId = isgId;
        IsgName = isgName;
        Priority = priority;
        // Stable sort: entries taking effect the same day at the same recorded time keep their given order.
        Baselines = baselines.OrderBy(b => b.EffectiveFrom).ThenBy(b => b.RecordedAt).ToList();
        if (Baselines.Count == 0) throw new DomainException($"Root cause {reference} has no baseline; the trajectory cannot place it.");
        if (status.IsDelivered() && completedOn is null)
            throw new DomainException($"Root cause {reference} is {status} but has no completion date; the trajectory cannot place it.");
        if (reopenCount < 0) throw new DomainException("A reopen count cannot be negative.");
        ForecastDue = forecastDue;
        Status = status;
        // Only a delivered root cause has a completion date that counts: a reopened one is no longer completed.
        CompletedOn = status.IsDelivered() ? completedOn : null;
        WithdrawnOn = withdrawnOn;
        ReopenCount = reopenCount;
        AddedToPlanOn = addedToPlanOn;
        OffTrackSince = status.IsDelivered() ? null : offTrackSince;
    }

    /// <summary>
    /// From a root cause's record in force on a date (<see cref="RootCauseStatusRecord.InForceOn"/>) — or, for today, the
    /// entity itself — and its baseline history.
    /// </summary>
    public static TrajectoryItem From(Guid rootCauseId, string reference, string isgName, DateOnly addedToPlanOn,
        RootCauseStatusRecord state, IEnumerable<BaselineEntry> baselines) =>
        new(rootCauseId, reference, state.IsgId, isgName, state.Priority, baselines, state.ForecastDue, state.Status,
            state.CompletedOn, state.WithdrawnOn, state.ReopenCount, addedToPlanOn, state.ReportedOffTrack ? state.OffTrackSince : null);

    /// <summary>
    /// From the entity and its baseline history. A root cause with no recorded history (the original plan
    /// predates history keeping) counts by its current baseline.
    /// </summary>
    public static TrajectoryItem From(RootCause rootCause, string isgName, IEnumerable<BaselineRecord> history)
    {
        var baselines = history.Where(h => h.RootCauseId == rootCause.Id).Select(BaselineEntry.From).ToList();
        if (baselines.Count == 0) baselines.Add(new BaselineEntry(rootCause.BaselineDue, DateOnly.MinValue));
        return new TrajectoryItem(rootCause.Id, rootCause.Reference, rootCause.IsgId, isgName, rootCause.Priority, baselines,
            rootCause.ForecastDue, rootCause.Status, rootCause.CompletedOn, rootCause.WithdrawnOn, rootCause.ReopenCount,
            rootCause.AddedToPlanOn, rootCause.ReportedOffTrack ? rootCause.OffTrackSince : null);
    }

    /// <summary>The baseline in force on the date: the latest to have taken effect by then; if none had, the earliest.</summary>
    public DateOnly BaselineAsAt(DateOnly asOf) => (Baselines.LastOrDefault(b => b.EffectiveFrom <= asOf) ?? Baselines[0]).BaselineDue;

    public bool IsWithdrawnBy(DateOnly asOf) => WithdrawnOn <= asOf;

    /// <summary>In the plan on the date: entered by then and not withdrawn by then.</summary>
    public bool IsInPlanOn(DateOnly date) => AddedToPlanOn <= date && !IsWithdrawnBy(date);

    /// <summary>Open on the date: in the plan then and not delivered by then (the dated form of <see cref="RootCauseRules.Open"/>).</summary>
    public bool IsOpenOn(DateOnly date) => IsInPlanOn(date) && !IsDeliveredBy(date);

    /// <summary>Overdue on the date: open, and past the baseline in force then (the due date itself is not overdue).</summary>
    public bool IsOverdueOn(DateOnly date) => IsOpenOn(date) && BaselineAsAt(date) < date;

    /// <summary>Reported off track by its owner on the date (a report begun later does not count).</summary>
    public bool IsOffTrackOn(DateOnly date) => IsOpenOn(date) && OffTrackSince <= date;

    /// <summary>The exceptions' rule (<see cref="RootCauseRules.OffTrackOrOverdueOn"/>) on the date.</summary>
    public bool IsOffTrackOrOverdueOn(DateOnly date) => IsOverdueOn(date) || IsOffTrackOn(date);

    /// <summary>Completed (or later) with a completion date on or before the date.</summary>
    public bool IsDeliveredBy(DateOnly date) => CompletedOn <= date;
}
