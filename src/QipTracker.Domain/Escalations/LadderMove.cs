namespace QipTracker.Domain.Escalations;

/// <summary>
/// What the ladder did to one item today: the item's one open escalation (<paramref name="IsNew"/> when raised
/// today) and the rungs it newly reached, lowest first — each rung tells its person.
/// </summary>
public sealed record LadderMove(Escalation Escalation, bool IsNew, IReadOnlyList<EscalationLevel> Reached);
