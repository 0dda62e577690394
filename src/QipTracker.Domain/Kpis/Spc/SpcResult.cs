namespace QipTracker.Domain.Kpis.Spc;

/// <summary>An analysed XmR chart: every point, the segments' limits, and the two icons.</summary>
/// <param name="Target">The target the assurance icon was read against, if any.</param>
public sealed record SpcResult(
    IReadOnlyList<SpcPoint> Points, IReadOnlyList<SpcSegment> Segments, ImprovementDirection Direction, decimal? Target,
    VariationIcon Variation, AssuranceIcon Assurance)
{
    /// <summary>The current (last segment's) limits rest on fewer than 12 points: read them with care.</summary>
    public bool TrialLimits => Segments[^1].TrialLimits;
}
