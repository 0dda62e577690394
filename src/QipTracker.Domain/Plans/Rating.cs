namespace QipTracker.Domain.Plans;

/// <summary>CQC's four-point rating scale, worst last.</summary>
public enum Rating { Outstanding, Good, RequiresImprovement, Inadequate }
