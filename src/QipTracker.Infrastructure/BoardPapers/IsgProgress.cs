namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>One ISG's delivery as at month end, its trajectory chart and the PMO's commentary.</summary>
public sealed record IsgProgress
{
    public required string Isg { get; init; }
    public required DeliveryFigures Figures { get; init; }
    /// <summary>Both priority classes together, cumulative by month.</summary>
    public required TrajectoryChart Chart { get; init; }
    /// <summary>Edited by the PMO; paragraphs separated by blank lines.</summary>
    public required string Commentary { get; init; }
}

/// <summary>
/// A row of the delivery table. <paramref name="Completed"/> and <paramref name="Planned"/> are
/// cumulative root causes as at month end; <paramref name="PercentOfTrajectory"/> is completed ÷
/// planned to one decimal place, null when nothing was planned yet (shown as "—").
/// </summary>
public sealed record DeliveryFigures(int FindingsCovered, int RootCausesIdentified, int Completed, int Planned, decimal? PercentOfTrajectory);
