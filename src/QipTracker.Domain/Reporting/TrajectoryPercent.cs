namespace QipTracker.Domain.Reporting;

/// <summary>
/// Percentage of trajectory achieved = cumulative completed ÷ cumulative planned × 100, rounded to one
/// decimal place with midpoints away from zero (12.25 → 12.3; banker's rounding would give 12.2).
/// Capped at 100.0: the board reads this as "how much of the trajectory is achieved", and an ISG
/// ahead of plan has achieved all of it (the counts still show completed above planned).
/// Nothing planned yet gives null — "n/a" — rather than 0% or 100%: there is no trajectory to be
/// on or off, whatever has been completed early.
/// </summary>
public static class TrajectoryPercent
{
    public static decimal? Of(int completed, int planned)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(completed);
        ArgumentOutOfRangeException.ThrowIfNegative(planned);
        if (planned == 0) return null;
        if (completed >= planned) return 100.0m;
        return Math.Round(100m * completed / planned, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>"75.0" or "n/a", culture-invariant, for tables and the command line.</summary>
    public static string Format(decimal? percent) =>
        percent is { } p ? p.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
}
