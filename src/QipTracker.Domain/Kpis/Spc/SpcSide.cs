namespace QipTracker.Domain.Kpis.Spc;

/// <summary>Which side of the mean a special cause is on: High for above the mean, a run above it or a rising trend.</summary>
public enum SpcSide { None, High, Low }
