using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;

namespace QipTracker.Domain.Tests.Kpis.Spc;

/// <summary>Small integer series whose limits can be checked by hand.</summary>
internal static class SpcData
{
    /// <summary>
    /// 13, 10, 7, 10 three times: mean = 120 ÷ 12 = 10; every moving range is 3, so the mean moving range is 3;
    /// UPL = 10 + 2.66 × 3 = 17.98, LPL = 10 − 7.98 = 2.02; 2σ lines = 10 ± ⅔ × 7.98 = 15.32 and 4.68.
    /// Twelve points, so firm limits. No rule fires inside it, and it ends on the mean, which breaks
    /// any run a tail might otherwise join (though 7, 10 rises, so a tail above 10 extends a rising run).
    /// </summary>
    public static readonly decimal[] Baseline = [13, 10, 7, 10, 13, 10, 7, 10, 13, 10, 7, 10];

    /// <summary>The baseline's limits fixed and extended over whatever follows it.</summary>
    public static readonly SpcOptions FixedOnBaseline = new() { FixAfter = 12 };

    /// <summary>Index of the k-th point after the baseline.</summary>
    public static int T(int k) => Baseline.Length + k;

    public static IReadOnlyList<SpcInputPoint> Series(params decimal[] values) =>
        values.Select((v, i) => new SpcInputPoint($"M{i + 1:00}", v)).ToList();

    public static SpcResult Analyse(ImprovementDirection direction, SpcOptions options, params decimal[] values) =>
        XmrChart.Analyse(Series(values), direction, options);

    /// <summary>The baseline, then <paramref name="tail"/> judged against the baseline's limits.</summary>
    public static SpcResult AfterBaseline(ImprovementDirection direction, params decimal[] tail) =>
        XmrChart.Analyse(Series([.. Baseline, .. tail]), direction, FixedOnBaseline);

    public static SpcResult AfterBaseline(SpcOptions options, params decimal[] tail) =>
        XmrChart.Analyse(Series([.. Baseline, .. tail]), ImprovementDirection.Increase, options with { FixAfter = 12 });

    /// <summary>Indices of the points a rule caught (either side).</summary>
    public static int[] Marked(this SpcResult result, SpcRules rule) =>
        result.Points.Where(p => p.Rules.HasFlag(rule)).Select(p => p.Index).ToArray();

    public static int[] Range(int first, int count) => Enumerable.Range(first, count).ToArray();
}
