namespace QipTracker.Domain.Sprints;

/// <summary>
/// Who has not updated: the chair's chase list, grouped by owner (the update form is one screen per owner).
/// A root cause counts as updated when this sprint has an update for it, whoever submitted it — a root
/// cause reassigned mid-sprint and updated by its previous owner is not chased twice.
/// </summary>
public static class MissingUpdates
{
    /// <summary>
    /// From the root causes that owe an update — the sprint's root-cause scope, or every live root cause
    /// of the ISG when the trust asks for an update on all of them — and the updates received.
    /// Owners are listed in order of their first root cause in <paramref name="expected"/>; root causes in that order.
    /// </summary>
    public static IReadOnlyList<OwnerMissingUpdates> Find(Guid sprintId, IEnumerable<UpdateDue> expected, IEnumerable<SprintUpdate> updates)
    {
        var updated = updates.Where(u => u.SprintId == sprintId).Select(u => u.RootCauseId).ToHashSet();
        return expected
            .DistinctBy(e => e.RootCauseId)
            .Where(e => !updated.Contains(e.RootCauseId))
            .GroupBy(e => e.OwnerId)
            .Select(g => new OwnerMissingUpdates(g.Key, g.ToList()))
            .ToList();
    }

    /// <summary>The root causes in the sprint's scope (not removed) that have no update in it.</summary>
    public static IReadOnlyList<OwnerMissingUpdates> For(Sprint sprint, IEnumerable<SprintUpdate> updates) =>
        Find(sprint.Id, sprint.InScope.Where(i => i.Kind == ScopeItemKind.RootCause).Select(UpdateDue.From), updates);
}
