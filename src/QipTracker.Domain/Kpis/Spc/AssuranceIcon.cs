namespace QipTracker.Domain.Kpis.Spc;

/// <summary>The Making Data Count assurance icon: can the process, as it stands, be relied on to meet the target?</summary>
public enum AssuranceIcon { None, ConsistentlyPasses, ConsistentlyFails, HitAndMiss }
