using QipTracker.Domain.Common;

namespace QipTracker.Domain.Kpis.Spc;

/// <summary>
/// The Making Data Count XmR chart. Per segment (the series, split at each rebase): centre line =
/// mean of the baseline values; moving range = |xᵢ − xᵢ₋₁| within the segment; process limits =
/// mean ± 2.66 × mean moving range; 2σ lines = mean ± ⅔ × 2.66 × mean moving range. The baseline is
/// the segment's first FixAfter points, or all of them. Everything is decimal and nothing is rounded,
/// nor clamped (a lower limit below zero stays there): presentation is the caller's.
/// See <see cref="SpecialCauseRules"/> for the rules and <see cref="SpcClassification"/> for what they mean.
/// </summary>
public static class XmrChart
{
    public static SpcResult Analyse(IReadOnlyList<SpcInputPoint> series, ImprovementDirection direction, SpcOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= SpcOptions.Default;
        Validate(series, direction, options);

        var values = series.Select(p => p.Value).ToList();
        var segments = SegmentStarts(series, options.RebaseAt)
            .Append(series.Count)
            .Pairwise()
            .Select(s => XmrBaseline.Compute(values, s.Start, s.End - s.Start, Math.Min(options.FixAfter ?? int.MaxValue, s.End - s.Start), options.ScreenOutliers))
            .ToList();

        var points = new List<SpcPoint>(series.Count);
        for (var k = 0; k < segments.Count; k++)
        {
            var s = segments[k];
            var (high, low) = SpecialCauseRules.Apply(values, s, options);
            for (var j = 0; j < s.Count; j++)
            {
                var i = s.Start + j;
                var (type, side) = SpcClassification.Classify(high[j], low[j], values[i], s.Mean, direction);
                points.Add(new SpcPoint(i, series[i].Period, values[i], j == 0 ? null : Math.Abs(values[i] - values[i - 1]),
                    s.Mean, s.Lpl, s.Upl, s.LowerTwoSigma, s.UpperTwoSigma, k, j < s.BaselineCount, j == 0 && k > 0,
                    high[j], low[j], type, side));
            }
        }

        return new SpcResult(points, segments, direction, options.Target,
            SpcClassification.Variation(points[^1]), SpcClassification.Assurance(direction, options.Target, segments[^1]));
    }

    private static void Validate(IReadOnlyList<SpcInputPoint> series, ImprovementDirection direction, SpcOptions options)
    {
        if (series.Count < 2)
            throw new DomainException($"An XmR chart needs at least 2 points; there {(series.Count == 1 ? "is 1" : "are none")}.");
        if (!Enum.IsDefined(direction))
            throw new DomainException($"'{direction}' is not an improvement direction.");
        if (options.ShiftLength < 2) throw new DomainException($"A shift needs a run of at least 2 points, not {options.ShiftLength}.");
        if (options.TrendLength < 2) throw new DomainException($"A trend needs a run of at least 2 points, not {options.TrendLength}.");
        if (options.FixAfter is < 2) throw new DomainException($"Limits need at least 2 points to be fixed after, not {options.FixAfter}.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < series.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(series[i].Period)) throw new DomainException($"Point {i + 1} has no period.");
            if (!seen.Add(series[i].Period)) throw new DomainException($"The period '{series[i].Period}' appears more than once.");
        }
    }

    /// <summary>
    /// 0 and the index of each rebase period, in order. A rebase at the first period changes nothing
    /// and is ignored; a rebase that would leave a segment of one point is refused (no moving range, no limits).
    /// </summary>
    private static List<int> SegmentStarts(IReadOnlyList<SpcInputPoint> series, IReadOnlyList<string> rebaseAt)
    {
        var index = series.Select((p, i) => (p.Period, i)).ToDictionary(x => x.Period, x => x.i, StringComparer.Ordinal);
        var starts = new SortedSet<int> { 0 };
        foreach (var period in rebaseAt ?? [])
            starts.Add(index.TryGetValue(period ?? "", out var i) ? i : throw new DomainException($"The rebase period '{period}' is not in the series."));
        var list = starts.ToList();
        for (var k = 0; k < list.Count; k++)
        {
            var end = k + 1 < list.Count ? list[k + 1] : series.Count;
            if (end - list[k] < 2)
                throw new DomainException(
                    $"The segment starting at '{series[list[k]].Period}' has only 1 point; each segment between rebases needs at least 2 for its limits.");
        }
        return list;
    }

    private static IEnumerable<(int Start, int End)> Pairwise(this IEnumerable<int> bounds) =>
        bounds.Zip(bounds.Skip(1), (a, b) => (a, b));
}
