namespace QipTracker.Infrastructure.Email;

/// <summary>
/// Delivers one outbox email. Implementations report failures as a <see cref="TransportResult"/>
/// rather than throwing, so the dispatcher can tell a retry from a dead letter; an unexpected
/// exception is treated as transient by the dispatcher.
/// </summary>
public interface IEmailTransport
{
    Task<TransportResult> SendAsync(OutboxEmail email, CancellationToken ct);
}
