namespace QipTracker.Domain.Escalations;

/// <summary>Who was told about an escalation, and when.</summary>
public sealed record EscalationNotice(Guid UserId, DateTimeOffset ToldAt);
