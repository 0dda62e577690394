namespace QipTracker.Domain.Kpis;

/// <summary>A target in force from a period onwards; a null value removes the target from then on.</summary>
public sealed record KpiTarget(DateOnly From, decimal? Value);
