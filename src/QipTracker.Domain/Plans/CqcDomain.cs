namespace QipTracker.Domain.Plans;

/// <summary>The five key questions CQC asks of every service.</summary>
public enum CqcDomain { Safe, Effective, Caring, Responsive, WellLed }
