namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// One ISG's delivery as at month end — by priority class, against last month — its trajectory charts and the
/// PMO's commentary. The members without <c>required</c> came with schema 2; a schema 1 paper has only the
/// combined figures and one chart.
/// </summary>
public sealed record IsgProgress
{
    public required string Isg { get; init; }
    /// <summary>Both priority classes together.</summary>
    public required DeliveryFigures Figures { get; init; }
    public DeliveryFigures? MustDo { get; init; }
    public DeliveryFigures? ShouldDo { get; init; }
    /// <summary>The same figures as at the previous month end.</summary>
    public MonthFigures? LastMonth { get; init; }
    /// <summary>Must Do root causes open and neither overdue nor reported off track at the month end.</summary>
    public int? MustDoOnTrack { get; init; }
    /// <summary>Schema 1: both priority classes together, cumulative by month.</summary>
    public TrajectoryChart? Chart { get; init; }
    public TrajectoryChart? MustDoChart { get; init; }
    public TrajectoryChart? ShouldDoChart { get; init; }
    /// <summary>Edited by the PMO; paragraphs separated by blank lines.</summary>
    public required string Commentary { get; init; }
}

/// <summary>
/// A row of the delivery table. <paramref name="Completed"/> and <paramref name="Planned"/> are
/// cumulative root causes as at month end; <paramref name="PercentOfTrajectory"/> is completed ÷
/// planned to one decimal place, null when nothing was planned yet (shown as "—").
/// </summary>
public sealed record DeliveryFigures(int FindingsCovered, int RootCausesIdentified, int Completed, int Planned, decimal? PercentOfTrajectory);

/// <summary>Delivery as at an earlier month end (the previous one), for "this month against last month".</summary>
public sealed record MonthFigures(DateOnly AsAt, DeliveryFigures MustDo, DeliveryFigures ShouldDo, DeliveryFigures Total);
