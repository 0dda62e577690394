namespace QipTracker.Infrastructure.Email;

/// <summary>A row of the admin failure list (no bodies: they can be large and may hold personal data).</summary>
public sealed record FailedEmail(
    Guid Id,
    Guid? TrustId,
    string ToAddress,
    string? ToName,
    string Subject,
    int Attempts,
    DateTimeOffset CreatedAt,
    string? LastError);
