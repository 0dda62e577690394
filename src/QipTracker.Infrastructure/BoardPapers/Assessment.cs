namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>Section 3: delivery as at a month end and whether the changes are having an impact.</summary>
public sealed record Assessment
{
    /// <summary>The month end every figure is as at.</summary>
    public required DateOnly AsAt { get; init; }
    /// <summary>Must Do root causes across all ISGs, cumulative by month.</summary>
    public required TrajectoryChart MustDoChart { get; init; }
    /// <summary>Should Do root causes across all ISGs, cumulative by month.</summary>
    public required TrajectoryChart ShouldDoChart { get; init; }
    /// <summary>One per ISG, in the order to show: a row of the delivery table and a section of its own.</summary>
    public required ValueList<IsgProgress> Isgs { get; init; }
    /// <summary>The delivery table's total row.</summary>
    public required DeliveryFigures Total { get; init; }
    public required ValueList<WellLedKloeProgress> WellLedPlan { get; init; }
    public required ValueList<KpiSummary> Kpis { get; init; }
    /// <summary>Off-track and overdue items.</summary>
    public required ValueList<ExceptionItem> Exceptions { get; init; }
    public required ValueList<ApprovedChange> ChangesApproved { get; init; }
}
