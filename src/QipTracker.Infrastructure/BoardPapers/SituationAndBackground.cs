using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>The inspection the plan answers and the governance in place: sections 1 and 2 of the paper.</summary>
public sealed record SituationAndBackground
{
    public required string TrustName { get; init; }
    /// <summary>First day of the latest inspection; null when none is recorded (e.g. a plan imported on its own).</summary>
    public required DateOnly? InspectionDate { get; init; }
    public DateOnly? ReportPublished { get; init; }
    /// <summary>Null when no inspection report with ratings is recorded.</summary>
    public required Rating? OverallRating { get; init; }
    /// <summary>Trust-wide rating per CQC domain, in the order to show.</summary>
    public required ValueList<DomainRatingRow> DomainRatings { get; init; }
    /// <summary>Must Do findings the inspection report set out.</summary>
    public required int MustDoFindings { get; init; }
    /// <summary>Should Do findings the inspection report set out.</summary>
    public required int ShouldDoFindings { get; init; }
    /// <summary>How the findings in the plan add up from the report's (schema 2).</summary>
    public FindingsReconciliation? Findings { get; init; }
    public required ValueList<NoticeRow> EnforcementNotices { get; init; }
    public required ValueList<IsgInPlace> Isgs { get; init; }
}

public sealed record DomainRatingRow(CqcDomain Domain, Rating Rating);

public sealed record NoticeRow(NoticeKind Kind, DateOnly ReceivedOn, string Text);

/// <summary>An Improvement Steering Group and how often it reports.</summary>
public sealed record IsgInPlace(string Name, string Chair, ReportingCadence Cadence);

/// <summary>
/// Why the plan holds more findings than the inspection report set out: enforcement notice requirements count as
/// Must Do, recommendations of other reviews (a well-led review) as Should Do; and why it holds fewer Should Do
/// root causes than findings suggest: a Should Do answered by the root cause of a linked Must Do counts as Must Do.
/// </summary>
/// <param name="PlanMustDo">Findings in the plan counted as Must Do (Must Do findings and notice requirements).</param>
/// <param name="PlanShouldDo">Findings in the plan counted as Should Do (Should Do findings and other reviews' recommendations).</param>
/// <param name="OtherSources">Where the other reviews' recommendations come from, as the findings name it.</param>
/// <param name="ShouldDoAnsweredByMustDo">Should Do findings answered by a root cause that also answers a Must Do finding.</param>
/// <param name="NotYetUnpacked">Findings with no root cause yet.</param>
public sealed record FindingsReconciliation(int PlanMustDo, int PlanShouldDo, int NoticeRequirements, int OtherRecommendations,
    ValueList<string> OtherSources, int ShouldDoAnsweredByMustDo, int NotYetUnpacked);
