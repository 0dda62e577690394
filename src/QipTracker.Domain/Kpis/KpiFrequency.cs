namespace QipTracker.Domain.Kpis;

/// <summary>How often a KPI is measured; a measurement's period must be one of this frequency's periods.</summary>
public enum KpiFrequency { Weekly, Fortnightly, Monthly, Quarterly }
