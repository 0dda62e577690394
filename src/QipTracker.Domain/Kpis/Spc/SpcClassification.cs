namespace QipTracker.Domain.Kpis.Spc;

/// <summary>
/// What special-cause variation means for a KPI, and the two icons a board reads.
/// <list type="bullet">
/// <item>High side: above the mean, in a run above it, or in a rising trend (so a rising trend
/// is an improvement where higher is better, wherever its points sit against the mean).</item>
/// <item>A point caught on both sides (a rising trend that starts in a run below the mean, or
/// the peak shared by a rising and a falling trend) is an improvement, as in the NHS tool. For a
/// neutral KPI neither side is better, so it takes the side of the mean it sits on (on the mean: high).</item>
/// <item>Assurance needs a direction: a neutral KPI has no assurance icon, target or not, since
/// neither side of a target is passing. A target exactly on a limit is hit and miss.</item>
/// </list>
/// </summary>
public static class SpcClassification
{
    public static (SpcPointType Type, SpcSide Side) Classify(SpcRules high, SpcRules low, decimal value, decimal mean, ImprovementDirection direction)
    {
        bool isHigh = high != SpcRules.None, isLow = low != SpcRules.None;
        if (!isHigh && !isLow) return (SpcPointType.CommonCause, SpcSide.None);
        return direction switch
        {
            ImprovementDirection.Increase => isHigh ? (SpcPointType.SpecialCauseImprovement, SpcSide.High) : (SpcPointType.SpecialCauseConcern, SpcSide.Low),
            ImprovementDirection.Decrease => isLow ? (SpcPointType.SpecialCauseImprovement, SpcSide.Low) : (SpcPointType.SpecialCauseConcern, SpcSide.High),
            _ => (SpcPointType.SpecialCauseNeutral, isHigh && isLow ? (value < mean ? SpcSide.Low : SpcSide.High) : isHigh ? SpcSide.High : SpcSide.Low),
        };
    }

    /// <summary>The variation icon is the last point's type and side.</summary>
    public static VariationIcon Variation(SpcPoint last) => (last.Type, last.Side) switch
    {
        (SpcPointType.SpecialCauseImprovement, SpcSide.High) => VariationIcon.ImprovementHigh,
        (SpcPointType.SpecialCauseImprovement, SpcSide.Low) => VariationIcon.ImprovementLow,
        (SpcPointType.SpecialCauseConcern, SpcSide.High) => VariationIcon.ConcernHigh,
        (SpcPointType.SpecialCauseConcern, SpcSide.Low) => VariationIcon.ConcernLow,
        (SpcPointType.SpecialCauseNeutral, SpcSide.High) => VariationIcon.NeutralHigh,
        (SpcPointType.SpecialCauseNeutral, SpcSide.Low) => VariationIcon.NeutralLow,
        _ => VariationIcon.CommonCause,
    };

    /// <summary>
    /// The target against the current process limits: outside them on the failing side, the process
    /// will consistently fail it; on the passing side, consistently pass; between them, hit and miss.
    /// </summary>
    public static AssuranceIcon Assurance(ImprovementDirection direction, decimal? target, SpcSegment current)
    {
        if (target is not { } t || direction == ImprovementDirection.Neutral) return AssuranceIcon.None;
        var higherIsBetter = direction == ImprovementDirection.Increase;
        if (t > current.Upl) return higherIsBetter ? AssuranceIcon.ConsistentlyFails : AssuranceIcon.ConsistentlyPasses;
        if (t < current.Lpl) return higherIsBetter ? AssuranceIcon.ConsistentlyPasses : AssuranceIcon.ConsistentlyFails;
        return AssuranceIcon.HitAndMiss;
    }
}
