namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>A row of the Well-led plan, one per KLOE (W1–W8).</summary>
public sealed record WellLedKloeProgress(string KloeCode, string KloeTitle, string ActionsPastMonth, string HowEvidenced, string FuturePlans);
