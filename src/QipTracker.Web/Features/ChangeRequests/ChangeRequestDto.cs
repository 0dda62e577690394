using QipTracker.Domain.ChangeControl;

namespace QipTracker.Web.Features.ChangeRequests;

public sealed record ChangeRequestDto(Guid Id, Guid RootCauseId, string RootCauseReference, ChangeKind Kind, string Reason,
    DateOnly? ProposedDue, string? ProposedOwner, string? ProposedIsg, IReadOnlyList<Guid> MergeRootCauseIds,
    IReadOnlyList<SplitPart> SplitParts, string RequestedBy, DateTimeOffset RequestedAt, ChangeStatus Status,
    string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote, long Version);
