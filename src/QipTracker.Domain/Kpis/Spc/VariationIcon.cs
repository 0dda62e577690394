namespace QipTracker.Domain.Kpis.Spc;

/// <summary>The Making Data Count variation icon, read from the last point.</summary>
public enum VariationIcon { CommonCause, ImprovementHigh, ImprovementLow, ConcernHigh, ConcernLow, NeutralHigh, NeutralLow }
