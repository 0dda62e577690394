namespace QipTracker.Domain.Kpis.Spc;

/// <summary>
/// Points that share one baseline: the whole series, or from one rebase to the next. The limits
/// come from the first <see cref="BaselineCount"/> points and hold for the whole segment.
/// </summary>
/// <param name="Start">Index in the series of the segment's first point.</param>
/// <param name="Count">Points in the segment.</param>
/// <param name="BaselineCount">Points the mean and limits were computed from: the first FixAfter, or all of them.</param>
/// <param name="Mean">The centre line: mean of the baseline's values.</param>
/// <param name="MeanMovingRange">Mean of the baseline's moving ranges, after any screening.</param>
/// <param name="ScreenedOut">Baseline moving ranges left out by screening (above 3.267 × their mean).</param>
public sealed record SpcSegment(int Start, int Count, int BaselineCount, decimal Mean, decimal MeanMovingRange, int ScreenedOut)
{
    /// <summary>3 ÷ d₂ (d₂ = 1.128 for ranges of two points): mean moving range to 3σ.</summary>
    public const decimal LimitFactor = 2.66m;

    /// <summary>Below this many baseline points the limits are trial limits (Making Data Count: 12).</summary>
    public const int PointsForFirmLimits = 12;

    public decimal Upl => Mean + LimitFactor * MeanMovingRange;
    public decimal Lpl => Mean - LimitFactor * MeanMovingRange;

    // Multiplying before dividing keeps hand-checkable numbers exact: 2 × 2.66 × 3 ÷ 3 = 5.32.
    public decimal UpperTwoSigma => Mean + 2m * LimitFactor * MeanMovingRange / 3m;
    public decimal LowerTwoSigma => Mean - 2m * LimitFactor * MeanMovingRange / 3m;

    public bool TrialLimits => BaselineCount < PointsForFirmLimits;

    public int End => Start + Count; // exclusive
}
