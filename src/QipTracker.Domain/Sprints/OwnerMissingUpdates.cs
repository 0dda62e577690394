namespace QipTracker.Domain.Sprints;

/// <summary>One owner and the root causes they have not yet updated this sprint.</summary>
public sealed record OwnerMissingUpdates(Guid OwnerId, IReadOnlyList<UpdateDue> RootCauses);
