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

    public TrajectoryItem(Guid rootCauseId, string reference, Guid isgId, string isgName, PriorityClass priority,
        IEnumerable<BaselineEntry> baselines, DateOnly forecastDue, RootCauseStatus status,
        DateOnly? completedOn = null, DateOnly? withdrawnOn = null, int reopenCount = 0)
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
    }

    /// <summary>
    /// From the entity and its baseline history. A root cause with no recorded history (the original plan
    /// predates history keeping) counts by its current baseline.
    /// </summary>
    public static TrajectoryItem From(RootCause rootCause, string isgName, IEnumerable<BaselineRecord> history)
    {
        var baselines = history.Where(h => h.RootCauseId == rootCause.Id).Select(BaselineEntry.From).ToList();
        if (baselines.Count == 0) baselines.Add(new BaselineEntry(rootCause.BaselineDue, DateOnly.MinValue));
        return new TrajectoryItem(rootCause.Id, rootCause.Reference, rootCause.IsgId, isgName, rootCause.Priority, baselines,
            rootCause.ForecastDue, rootCause.Status, rootCause.CompletedOn, rootCause.WithdrawnOn, rootCause.ReopenCount);
    }

    /// <summary>The baseline in force on the date: the latest to have taken effect by then; if none had, the earliest.</summary>
    public DateOnly BaselineAsAt(DateOnly asOf) => (Baselines.LastOrDefault(b => b.EffectiveFrom <= asOf) ?? Baselines[0]).BaselineDue;

    public bool IsWithdrawnBy(DateOnly asOf) => WithdrawnOn <= asOf;

    /// <summary>Completed (or later) with a completion date on or before the date.</summary>
    public bool IsDeliveredBy(DateOnly date) => CompletedOn <= date;
}
