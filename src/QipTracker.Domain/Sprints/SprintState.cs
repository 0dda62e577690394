namespace QipTracker.Domain.Sprints;

/// <summary>Planned → Active → Closed, one way only. One active sprint per ISG at a time.</summary>
public enum SprintState { Planned, Active, Closed }
