namespace QipTracker.Domain.Kpis.Spc;

/// <summary>How an XmR chart is drawn; the defaults are those of the NHS "Making Data Count" Excel tool.</summary>
public sealed record SpcOptions
{
    public static SpcOptions Default { get; } = new();

    /// <summary>Points in a run on one side of the mean that make a shift.</summary>
    public int ShiftLength { get; init; } = 7;

    /// <summary>Points in a run, each higher (or each lower) than the one before, that make a trend.</summary>
    public int TrendLength { get; init; } = 7;

    /// <summary>Leave out moving ranges above 3.267 × their mean before the limits are computed.</summary>
    public bool ScreenOutliers { get; init; }

    /// <summary>Compute each segment's limits from its first N points only and extend them (null: from all its points).</summary>
    public int? FixAfter { get; init; }

    /// <summary>Periods from which the limits are recalculated; each starts a new segment with its own baseline.</summary>
    public IReadOnlyList<string> RebaseAt { get; init; } = [];

    /// <summary>The KPI's (latest) target, for the assurance icon; null when it has none.</summary>
    public decimal? Target { get; init; }
}
