namespace QipTracker.Domain.Plans;

/// <summary>How a root cause is counted on the trajectory. Must Do outranks Should Do.</summary>
public enum PriorityClass { MustDo, ShouldDo }
