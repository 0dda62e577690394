namespace QipTracker.Domain.Reporting;

/// <summary>Where delivery stands against the trajectory, from the counts (not the rounded percentage).</summary>
public enum TrajectoryStanding { NothingPlanned, Behind, On, Ahead }

/// <summary>
/// Percentage of trajectory achieved = cumulative completed ÷ cumulative planned × 100, rounded to one
/// decimal place with midpoints away from zero (12.25 → 12.3; banker's rounding would give 12.2).
/// Never capped: an ISG that has completed 19 root causes against 17 planned stands at 111.8%, ahead of
/// trajectory, and the board is told so. Nothing planned yet gives null — "n/a" — rather than 0% or 100%:
/// there is no trajectory to be on or off, whatever has been completed early.
/// On trajectory means completed ≥ planned; <see cref="Standing"/> reads it from the counts, so 1,999 of 2,000
/// (which rounds to 100.0%) is still behind.
/// </summary>
public static class TrajectoryPercent
{
    public static decimal? Of(int completed, int planned)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(completed);
        ArgumentOutOfRangeException.ThrowIfNegative(planned);
        if (planned == 0) return null;
        return Math.Round(100m * completed / planned, 1, MidpointRounding.AwayFromZero);
    }

    public static TrajectoryStanding Standing(int completed, int planned)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(completed);
        ArgumentOutOfRangeException.ThrowIfNegative(planned);
        return planned == 0 ? TrajectoryStanding.NothingPlanned
            : completed > planned ? TrajectoryStanding.Ahead
            : completed == planned ? TrajectoryStanding.On
            : TrajectoryStanding.Behind;
    }

    /// <summary>Whether delivery is on (or ahead of) trajectory: completed ≥ planned, with something planned.</summary>
    public static bool IsOnTrajectory(int completed, int planned) => Standing(completed, planned) is TrajectoryStanding.On or TrajectoryStanding.Ahead;

    /// <summary>"ahead of trajectory", "on trajectory", "behind trajectory" or "nothing planned yet": the words every screen and paper uses.</summary>
    public static string Words(TrajectoryStanding standing) => standing switch
    {
        TrajectoryStanding.Ahead => "ahead of trajectory",
        TrajectoryStanding.On => "on trajectory",
        TrajectoryStanding.Behind => "behind trajectory",
        _ => "nothing planned yet",
    };

    /// <summary>"75.0" or "n/a", culture-invariant, for tables and the command line.</summary>
    public static string Format(decimal? percent) =>
        percent is { } p ? p.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
}
