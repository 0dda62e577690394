using QipTracker.Domain.ChangeControl;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>A change request the ECIB approved in the month.</summary>
public sealed record ApprovedChange(string Reference, ChangeKind Kind, string Summary, DateOnly DecidedOn, string DecidedBy);
