namespace QipTracker.Domain.Kpis.Spc;

/// <summary>One point of an analysed series with the lines of its segment and what the rules found.</summary>
/// <param name="Index">Position in the series, from 0.</param>
/// <param name="MovingRange">|value − previous value|; null for the first point of a segment (ranges do not span a rebase).</param>
/// <param name="Segment">Index of the segment (0 until the first rebase).</param>
/// <param name="InBaseline">Whether the point's value went into its segment's limits.</param>
/// <param name="IsRebasePoint">The limits were recalculated from this point on.</param>
/// <param name="HighRules">Rules that caught the point on the high side (above the mean, a run above it, a rising trend).</param>
/// <param name="LowRules">Rules that caught the point on the low side.</param>
/// <param name="Side">The side its <paramref name="Type"/> was read from; None for common cause.</param>
public sealed record SpcPoint(
    int Index, string Period, decimal Value, decimal? MovingRange,
    decimal Mean, decimal Lpl, decimal Upl, decimal LowerTwoSigma, decimal UpperTwoSigma,
    int Segment, bool InBaseline, bool IsRebasePoint,
    SpcRules HighRules, SpcRules LowRules, SpcPointType Type, SpcSide Side)
{
    public SpcRules Rules => HighRules | LowRules;
    public bool IsSpecialCause => Type != SpcPointType.CommonCause;
}
