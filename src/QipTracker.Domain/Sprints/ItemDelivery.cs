namespace QipTracker.Domain.Sprints;

/// <summary>A scope item that has been delivered (root cause Completed or later; action Done) and on which day.</summary>
public sealed record ItemDelivery(ScopeItemKind Kind, Guid ItemId, DateOnly DeliveredOn);
