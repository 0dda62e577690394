namespace QipTracker.Infrastructure.Email;

public enum OutboxStatus { Pending, Sent, Failed }

/// <summary>
/// Every email is written here first and sent afterwards, so none is lost when sending fails.
/// A failed send is retried with back-off until MaxAttempts, then marked Failed for an admin to see.
/// </summary>
public sealed class OutboxEmail
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid? TrustId { get; set; }
    public string ToAddress { get; set; } = "";
    public string? ToName { get; set; }
    public string Subject { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public string TextBody { get; set; } = "";
    /// <summary>Optional key that makes enqueueing idempotent (e.g. one escalation digest per person per day).</summary>
    public string? DedupKey { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
}
