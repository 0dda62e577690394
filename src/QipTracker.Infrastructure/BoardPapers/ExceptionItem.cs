using QipTracker.Domain.Escalations;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>An off-track or overdue root cause or action the board should know about.</summary>
/// <param name="DaysOverdue">0 for an item off track but not yet past its due date.</param>
/// <param name="EscalationLevel">How far up the ladder it has gone; null when not escalated.</param>
public sealed record ExceptionItem(
    string Reference,
    string Title,
    string Owner,
    DateOnly Due,
    int DaysOverdue,
    string RecoveryPlan,
    EscalationLevel? EscalationLevel);
