using QipTracker.Domain.Kpis.Spc;

namespace QipTracker.Domain.Kpis;

/// <summary>One stored value of a KPI, as the SPC engine needs it.</summary>
public sealed record KpiValue(DateOnly Period, decimal Value);

/// <summary>
/// A KPI's measurements read as its XmR chart, with the KPI's own SPC settings, so the library page, the
/// ISG page, the board paper and the embedding rule all see the same chart.
/// </summary>
public static class KpiSpc
{
    /// <summary>
    /// The chart of the values (any order; one per period), or null below 2 points (no moving range, no limits).
    /// Options: the KPI's outlier screening and fix-after; the target in force for the last period; and its
    /// rebase dates, each moved to the first measured period on or after it. A rebase that would start the
    /// series, or leave a segment of one point (a rebase at the latest period, e.g. when a board paper is
    /// reproduced as at an earlier date) is left out until the segment has a second point.
    /// </summary>
    public static SpcResult? Analyse(Kpi kpi, IEnumerable<KpiValue> values)
    {
        var series = values.OrderBy(v => v.Period).ToList();
        if (series.Count < 2) return null;
        var labels = series.Select(v => KpiPeriods.Label(kpi.Frequency, v.Period)).ToList();
        return XmrChart.Analyse(
            series.Select((v, i) => new SpcInputPoint(labels[i], v.Value)).ToList(),
            kpi.Direction,
            new SpcOptions
            {
                ScreenOutliers = kpi.ScreenOutliers,
                FixAfter = kpi.FixLimitsAfter,
                Target = kpi.TargetFor(series[^1].Period),
                RebaseAt = RebaseStarts(kpi.RebaseAt, series).Select(i => labels[i]).ToList(),
            });
    }

    private static List<int> RebaseStarts(IEnumerable<DateOnly> rebaseAt, List<KpiValue> series)
    {
        var kept = new List<int>();
        foreach (var start in rebaseAt.Select(date => series.FindIndex(v => v.Period >= date)).Where(i => i > 0).Distinct().Order())
            if (start - (kept.Count > 0 ? kept[^1] : 0) >= 2) kept.Add(start);
        if (kept.Count > 0 && series.Count - kept[^1] < 2) kept.RemoveAt(kept.Count - 1);
        return kept;
    }

    /// <summary>A KPI the board should worry about: a special cause of concern, or a target the process consistently fails.</summary>
    public static bool IsConcern(VariationIcon variation, AssuranceIcon assurance) => ConcernRank(variation, assurance) <= 1;

    /// <summary>
    /// Whether a KPI is "not improving", the RAG rule's Amber input for the root cause it measures: the latest point
    /// of its chart (<see cref="Analyse"/>, with the KPI's own SPC settings) is special-cause variation of concern —
    /// beyond a limit, in a shift or trend, or two of three near a limit, on the wrong side for its direction. That is
    /// the "concerning" variation icon boards read. Common-cause variation, an improving or a neutral special cause,
    /// or fewer than 2 measurements (no chart) is not evidence that it is not improving, so none of them counts.
    /// </summary>
    public static bool IsNotImproving(SpcResult? chart) => chart is not null && chart.Points[^1].Type == SpcPointType.SpecialCauseConcern;

    /// <summary>
    /// Where a KPI stands in a board's "concerns first" order: a concern special cause, then a target the process
    /// consistently fails, then hit and miss, then the rest (improving or stable). Lower comes first.
    /// </summary>
    public static int ConcernRank(VariationIcon variation, AssuranceIcon assurance) =>
        variation is VariationIcon.ConcernHigh or VariationIcon.ConcernLow ? 0
        : assurance switch
        {
            AssuranceIcon.ConsistentlyFails => 1,
            AssuranceIcon.HitAndMiss => 2,
            _ => variation == VariationIcon.CommonCause ? 3 : variation is VariationIcon.NeutralHigh or VariationIcon.NeutralLow ? 4 : 5,
        };
}
