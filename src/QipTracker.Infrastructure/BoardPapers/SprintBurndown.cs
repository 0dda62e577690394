namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// A sprint's burndown as recorded when it closed (a closed sprint never changes), kept as data so the
/// appendix can draw it again: items remaining each day against the ideal line, with scope added and removed.
/// </summary>
public sealed record SprintBurndown(string Isg, int Number, DateOnly StartsOn, DateOnly EndsOn, int Committed, int Delivered,
    int CarriedOver, ValueList<BurndownPoint> Days);

/// <summary>One day, as at its end; the actual figures are null for days not reached.</summary>
public sealed record BurndownPoint(DateOnly Date, int Day, int? Remaining, decimal Ideal, int? Added, int? Removed, int? Delivered);
