using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Plans;
using QipTracker.Web.Features.Findings;

namespace QipTracker.Web.Api;

// Request bodies of /api/v1: the id comes from the route, the rest from JSON.
public sealed record ProgressBody(DateOnly ForecastDue, bool OffTrack, long Version);
public sealed record CompleteBody(DateOnly CompletedOn, long Version);
public sealed record VersionBody(long Version);
public sealed record CommentBody(string Comment, long Version);
public sealed record ReasonBody(string Reason, long Version);
public sealed record SbarBody(Sbar Sbar, long Version);
public sealed record NewActionBody(string Title, Guid OwnerId, DateOnly DueOn);
public sealed record ActionUpdateBody(ActionStatus Status, string? ProgressNote, long Version);
public sealed record ChangeBody(ChangeKind Kind, string Reason, DateOnly? ProposedDue, Guid? ProposedOwnerId, Guid? ProposedIsgId,
    IReadOnlyList<Guid>? MergeRootCauseIds, IReadOnlyList<SplitPart>? SplitParts);
public sealed record DecisionBody(bool Approve, string? Note, long Version);
public sealed record FindingUpdateBody(FindingFields Fields, long Version);

/// <summary>Links a root cause to a finding; the root cause's version as loaded, since its priority may change.</summary>
public sealed record RootCauseLinkBody(Guid RootCauseId, long Version);
public sealed record RecoveryPlanBody(string Plan, long Version);
public sealed record ScheduleBody(DateOnly FirstStart);
