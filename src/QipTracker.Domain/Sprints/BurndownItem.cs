namespace QipTracker.Domain.Sprints;

/// <summary>One scope item as the burndown sees it.</summary>
/// <param name="Committed">In the scope snapshotted at the start (the ideal line starts from these); false for mid-sprint additions.</param>
public sealed record BurndownItem(bool Committed, DateOnly AddedOn, DateOnly? RemovedOn = null, DateOnly? DeliveredOn = null);
