namespace QipTracker.Domain.Escalations;

/// <summary>Who was told about an escalation, when, and at which rung (null for notices recorded before rungs were kept).</summary>
public sealed record EscalationNotice(Guid UserId, DateTimeOffset ToldAt, EscalationLevel? Level = null);
