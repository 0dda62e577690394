using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>A KPI's latest position, read the SPC ("Making Data Count") way: a row of the icon summary.</summary>
/// <param name="LatestPeriod">As the KPI's frequency names it, e.g. "Oct 2026".</param>
/// <param name="Unit">E.g. "%", "days", "patients"; empty for a plain count.</param>
/// <param name="Code">The KPI's code (schema 2).</param>
/// <param name="Domain">The CQC domain a high-level KPI evidences (schema 2).</param>
/// <param name="Mean">The current segment's mean; with the limits, null below two points (schema 2).</param>
/// <param name="RootCause">For a root cause's KPI, the root cause's reference; null for a high-level KPI (schema 2).</param>
public sealed record KpiSummary(
    string Name,
    string Isg,
    string LatestPeriod,
    decimal LatestValue,
    string Unit,
    decimal? Target,
    PaperVariation Variation,
    PaperAssurance Assurance,
    string? Code = null,
    CqcDomain? Domain = null,
    decimal? Mean = null,
    decimal? LowerLimit = null,
    decimal? UpperLimit = null,
    string? RootCause = null);

/// <summary>
/// The SPC variation icon: is the latest run common-cause or special-cause, and which way? Neutral: special
/// cause in a KPI with no better direction (e.g. activity), so neither improving nor concerning.
/// </summary>
public enum PaperVariation { CommonCause, ImprovingHigh, ImprovingLow, ConcerningHigh, ConcerningLow, TooFewPoints, NeutralHigh, NeutralLow }

/// <summary>The SPC assurance icon: will the process meet its target?</summary>
public enum PaperAssurance { ConsistentlyMet, ConsistentlyMissed, HitAndMiss, NoTarget }

/// <summary>
/// A high-level KPI's XmR chart as data, drawn small beside its ISG's other KPIs: every point with its segment's
/// mean and process limits, the target, the icons, and the dated notes of what changed.
/// </summary>
/// <param name="LatestPeriod">The last point's period label.</param>
/// <param name="TrialLimits">The current limits rest on fewer than 12 points.</param>
public sealed record SpcChart(
    string Code,
    string Name,
    string Isg,
    string Unit,
    decimal? Target,
    PaperVariation Variation,
    PaperAssurance Assurance,
    bool TrialLimits,
    ValueList<SpcChartPoint> Points,
    ValueList<KpiNote> Notes);

/// <summary>One point of an XmR chart with the lines of its segment.</summary>
public sealed record SpcChartPoint(string Period, decimal Value, decimal Mean, decimal Lpl, decimal Upl, SpcPointKind Kind, int Segment);

/// <summary>What a point's variation means: the colour it is drawn in.</summary>
public enum SpcPointKind { CommonCause, Improvement, Concern, Neutral }

/// <summary>A dated note of what changed, numbered on the chart at <paramref name="PointIndex"/> (null: in no measured period yet).</summary>
public sealed record KpiNote(int Number, DateOnly On, int? PointIndex, string Text);
