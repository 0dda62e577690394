namespace QipTracker.Domain.Kpis;

/// <summary>A root cause's own KPI (did the fix work?) or one of an ISG's high-level KPIs (is care improving overall?).</summary>
public enum KpiKind { RootCause, HighLevel }
