namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>A high-level KPI's latest position, read the SPC ("Making Data Count") way.</summary>
/// <param name="LatestPeriod">As the KPI's frequency names it, e.g. "Oct 2026".</param>
/// <param name="Unit">E.g. "%", "days", "patients"; empty for a plain count.</param>
public sealed record KpiSummary(
    string Name,
    string Isg,
    string LatestPeriod,
    decimal LatestValue,
    string Unit,
    decimal? Target,
    PaperVariation Variation,
    PaperAssurance Assurance);

/// <summary>
/// The SPC variation icon: is the latest run common-cause or special-cause, and which way? Neutral: special
/// cause in a KPI with no better direction (e.g. activity), so neither improving nor concerning.
/// </summary>
public enum PaperVariation { CommonCause, ImprovingHigh, ImprovingLow, ConcerningHigh, ConcerningLow, TooFewPoints, NeutralHigh, NeutralLow }

/// <summary>The SPC assurance icon: will the process meet its target?</summary>
public enum PaperAssurance { ConsistentlyMet, ConsistentlyMissed, HitAndMiss, NoTarget }
