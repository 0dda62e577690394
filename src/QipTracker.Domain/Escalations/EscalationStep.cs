namespace QipTracker.Domain.Escalations;

/// <summary>One rung an escalation reached, and the day it reached it.</summary>
public sealed record EscalationStep(EscalationLevel Level, DateOnly ReachedOn);
