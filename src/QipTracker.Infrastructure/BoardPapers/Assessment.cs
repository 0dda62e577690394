namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// Section 3: delivery as at a month end and whether the changes are having an impact. The members without
/// <c>required</c> came with schema 2 (null in a paper frozen before).
/// </summary>
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
    public DeliveryFigures? MustDoTotal { get; init; }
    public DeliveryFigures? ShouldDoTotal { get; init; }
    /// <summary>The totals as at the previous month end.</summary>
    public MonthFigures? LastMonth { get; init; }
    /// <summary>Must Do root causes open and neither overdue nor reported off track, across the ISGs.</summary>
    public int? MustDoOnTrack { get; init; }
    /// <summary>Schema 1: one row per KLOE with findings tagged to it.</summary>
    public required ValueList<WellLedKloeProgress> WellLedPlan { get; init; }
    /// <summary>Schema 2: each KLOE W1–W8, what was completed, its impact and the next steps.</summary>
    public ValueList<WellLedKloe>? WellLedByKloe { get; init; }
    /// <summary>The icon summary: every KPI with measurements, high-level first.</summary>
    public required ValueList<KpiSummary> Kpis { get; init; }
    /// <summary>The high-level KPIs as small XmR charts, by ISG.</summary>
    public ValueList<SpcChart>? KpiCharts { get; init; }
    /// <summary>Off-track and overdue items, worst first.</summary>
    public required ValueList<ExceptionItem> Exceptions { get; init; }
    /// <summary>Per ISG: how many are off track or overdue, how late, and how many have recovery plans.</summary>
    public ValueList<ExceptionSummary>? ExceptionsByIsg { get; init; }
    public required ValueList<ApprovedChange> ChangesApproved { get; init; }
    /// <summary>The sprints that closed in the month, by ISG, with the burndown recorded at their close.</summary>
    public ValueList<SprintBurndown>? Burndowns { get; init; }
    /// <summary>What partners said at the partner meetings held in the month, and the trust's responses (null in a paper frozen before it was kept).</summary>
    public ValueList<PartnerFeedbackItem>? PartnerFeedback { get; init; }
}
