namespace QipTracker.Domain.Plans;

/// <summary>How often an ISG reports: fortnightly sprints (the norm) or calendar months (often Well-led).</summary>
public enum ReportingCadence { Fortnightly, Monthly }
