namespace QipTracker.Domain.Kpis.Spc;

/// <summary>What a point's variation means for the KPI.</summary>
public enum SpcPointType { CommonCause, SpecialCauseImprovement, SpecialCauseConcern, SpecialCauseNeutral }
