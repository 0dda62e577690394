using QipTracker.Domain.Kpis.Spc;
using QipTracker.Domain.Oversight;
using QipTracker.Web.Features.Home;

namespace QipTracker.Web.Features.Oversight;

/// <summary>What an oversight organisation sees of one trust that granted it access.</summary>
/// <param name="Overdue">Open root causes past their baseline due date (the Domain's <c>Overdue</c>).</param>
/// <param name="OffTrackOrOverdue">Open root causes overdue or reported off track (the Domain's <c>OffTrackOrOverdue</c>).</param>
/// <param name="Exceptions">Those root causes by reference; the owner's name only when the trust allows it.</param>
public sealed record OverseenTrust(Guid TrustId, string TrustName, bool OwnerNamesShown, DateOnly AsOf,
    IReadOnlyList<TrajectoryHeadline> Trajectory, int Overdue, int OffTrackOrOverdue, IReadOnlyList<OffTrackItem> Exceptions,
    IReadOnlyList<KpiConcern> KpiConcerns, IReadOnlyList<ExitCriterionView> ExitCriteria, PartnerPackLink? LatestPartnerPack,
    IReadOnlyList<FeedbackView> PartnerFeedback);

public sealed record OffTrackItem(string Reference, DateOnly BaselineDue, bool Overdue, string? Owner);

public sealed record KpiConcern(string Code, string Name, string? LatestPeriod, decimal? LatestValue, string Unit, decimal? Target,
    VariationIcon Variation, AssuranceIcon Assurance);

public sealed record ExitCriterionView(string Text, DateOnly AgreedOn, ExitCriterionStatus Status, string EvidenceNote);

public sealed record PartnerPackLink(Guid PaperId, DateOnly Month, DateTimeOffset GeneratedAt, bool HasPptx);

/// <param name="Organisation">The oversight organisation that added it on its portfolio; null when the PMO recorded it.</param>
public sealed record FeedbackView(DateOnly MeetingOn, string From, string Said, string Response, string? Organisation);
