namespace QipTracker.Domain.Kpis.Spc;

/// <summary>The special-cause rules, as flags: one point may be caught by several.</summary>
[Flags]
public enum SpcRules
{
    None = 0,
    /// <summary>The point is beyond a process limit.</summary>
    BeyondLimit = 1,
    /// <summary>The point is in a run of ShiftLength or more on one side of the mean.</summary>
    Shift = 2,
    /// <summary>The point is in a run of TrendLength or more, each higher (or each lower) than the one before.</summary>
    Trend = 4,
    /// <summary>The point is beyond the 2σ line, with another of the same three consecutive points beyond it on the same side.</summary>
    TwoOfThree = 8,
}
