namespace QipTracker.Domain.Kpis;

/// <summary>How far the board can rely on a KPI's data (a data-quality kitemark in miniature).</summary>
public enum DataQuality { NotAssessed, Sufficient, NeedsImprovement, Insufficient }
