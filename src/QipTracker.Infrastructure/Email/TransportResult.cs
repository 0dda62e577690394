namespace QipTracker.Infrastructure.Email;

public enum TransportOutcome
{
    Sent,
    /// <summary>Worth retrying later: rate limited, server error, timeout, network failure.</summary>
    Transient,
    /// <summary>Retrying cannot help (bad address, rejected sender, bad key): fail now.</summary>
    Permanent,
}

/// <summary>What a transport made of one send. <see cref="RetryAfter"/> is the server's own hint (429 Retry-After).</summary>
public sealed record TransportResult(TransportOutcome Outcome, string? Error = null, TimeSpan? RetryAfter = null)
{
    public static TransportResult Sent { get; } = new(TransportOutcome.Sent);
    public static TransportResult Transient(string error, TimeSpan? retryAfter = null) => new(TransportOutcome.Transient, error, retryAfter);
    public static TransportResult Permanent(string error) => new(TransportOutcome.Permanent, error);
}
