namespace QipTracker.Domain.Oversight;

/// <summary>Who oversees a trust's recovery from outside it: its commissioners, NHS England's region, or the regulator.</summary>
public enum OversightKind { Icb, NhsEnglandRegion, Cqc }
