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
    /// <summary>Must Do findings the inspection report set out (findings of kind Must Do).</summary>
    public required int MustDoFindings { get; init; }
    /// <summary>Should Do findings the inspection report set out (findings of kind Should Do).</summary>
    public required int ShouldDoFindings { get; init; }
    /// <summary>
    /// All the findings the plan answers and how they reconcile with the report's (notice requirements, Well-led
    /// review recommendations, Should Dos answered through Must Do root causes). Null in papers generated before it was kept.
    /// </summary>
    public FindingCounts? Findings { get; init; }
    /// <summary>Where the other reviews' recommendations come from, as the findings name them (schema 2).</summary>
    public ValueList<string> OtherReviewSources { get; init; } = [];
    /// <summary>Findings with no root cause yet; null in papers generated before it was kept.</summary>
    public int? FindingsNotYetUnpacked { get; init; }
    public required ValueList<NoticeRow> EnforcementNotices { get; init; }
    public required ValueList<IsgInPlace> Isgs { get; init; }
}

public sealed record DomainRatingRow(CqcDomain Domain, Rating Rating);

public sealed record NoticeRow(NoticeKind Kind, DateOnly ReceivedOn, string Text);

/// <summary>An Improvement Steering Group and how often it reports.</summary>
public sealed record IsgInPlace(string Name, string Chair, ReportingCadence Cadence);
