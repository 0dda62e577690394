namespace QipTracker.Infrastructure.Email;

/// <summary>
/// An email to queue. Both bodies are sent as alternatives (text/plain first, text/html second)
/// so clients that block HTML still show the message. <paramref name="TrustId"/> is for the
/// admin failure list; <paramref name="DedupKey"/> makes queueing idempotent, e.g.
/// <c>$"escalation-digest:{userId}:{date:yyyy-MM-dd}"</c>.
/// </summary>
public sealed record EmailMessage(
    string ToAddress,
    string? ToName,
    string Subject,
    string HtmlBody,
    string TextBody,
    Guid? TrustId = null,
    string? DedupKey = null);
