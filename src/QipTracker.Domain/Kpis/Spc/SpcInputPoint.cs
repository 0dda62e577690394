namespace QipTracker.Domain.Kpis.Spc;

/// <summary>One measurement in time order. The period is a label ("2024-05", "2024-05-01", "Week 12"), unique in the series; a rebase names it.</summary>
public sealed record SpcInputPoint(string Period, decimal Value);
