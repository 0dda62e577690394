namespace QipTracker.Domain.Kpis.Spc;

/// <summary>The centre line and mean moving range of one baseline, from which a segment's limits follow.</summary>
internal static class XmrBaseline
{
    /// <summary>Moving ranges this many times their mean or more are screened out, when asked (Making Data Count: 3.267 = D₄ for n = 2).</summary>
    public const decimal ScreeningFactor = 3.267m;

    public static SpcSegment Compute(IReadOnlyList<decimal> values, int start, int count, int baselineCount, bool screenOutliers)
    {
        var baseline = values.Skip(start).Take(baselineCount).ToList();
        var mean = baseline.Sum() / baseline.Count;
        var ranges = baseline.Zip(baseline.Skip(1), (a, b) => Math.Abs(b - a)).ToList();
        var meanRange = ranges.Sum() / ranges.Count;
        var screenedOut = 0;
        if (screenOutliers)
        {
            // Strictly above, so a series whose ranges are all equal keeps them all.
            var kept = ranges.Where(r => r <= ScreeningFactor * meanRange).ToList();
            screenedOut = ranges.Count - kept.Count;
            meanRange = kept.Sum() / kept.Count; // never empty: the smallest range is at most the mean
        }
        return new SpcSegment(start, count, baselineCount, mean, meanRange, screenedOut);
    }
}
