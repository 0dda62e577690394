namespace QipTracker.Domain.Kpis;

/// <summary>Which way a KPI should move: higher is better, lower is better, or neither (e.g. activity counts).</summary>
public enum ImprovementDirection { Increase, Decrease, Neutral }
