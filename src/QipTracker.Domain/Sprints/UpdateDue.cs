namespace QipTracker.Domain.Sprints;

/// <summary>A root cause whose owner owes an update this sprint.</summary>
public sealed record UpdateDue(Guid RootCauseId, string Reference, Guid OwnerId)
{
    public static UpdateDue From(SprintScopeItem item) => new(item.ItemId, item.Reference, item.OwnerId);
}
