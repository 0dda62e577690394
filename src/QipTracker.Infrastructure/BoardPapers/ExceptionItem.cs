using System.Text.Json.Serialization;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>An off-track or overdue root cause or action the board should know about.</summary>
/// <param name="DaysOverdue">0 for an item off track but not yet past its due date.</param>
/// <param name="RecoveryPlan">The owner's latest recovery plan, or <see cref="NoRecoveryPlan"/>.</param>
/// <param name="EscalationLevel">How far up the ladder it has gone; null when not escalated.</param>
/// <param name="Isg">The ISG it belongs to (schema 2).</param>
/// <param name="Priority">Its priority class (schema 2).</param>
public sealed record ExceptionItem(
    string Reference,
    string Title,
    string Owner,
    DateOnly Due,
    int DaysOverdue,
    string RecoveryPlan,
    EscalationLevel? EscalationLevel,
    string? Isg = null,
    PriorityClass? Priority = null)
{
    public const string NoRecoveryPlan = "No recovery plan yet";

    [JsonIgnore]
    public bool HasRecoveryPlan => RecoveryPlan != NoRecoveryPlan;
}

/// <summary>One ISG's exceptions in figures: a row of the exceptions summary.</summary>
/// <param name="Items">Off track or overdue.</param>
/// <param name="Overdue">Of those, past their due date.</param>
/// <param name="LongestOverdueDays">0 when none is overdue.</param>
/// <param name="WithRecoveryPlan">Of the items, those with a recovery plan.</param>
/// <param name="EscalatedToEcib">Of the items, those escalated as far as the ECIB.</param>
public sealed record ExceptionSummary(string Isg, int Items, int Overdue, int LongestOverdueDays, int WithRecoveryPlan, int EscalatedToEcib);
