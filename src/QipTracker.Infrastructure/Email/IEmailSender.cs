namespace QipTracker.Infrastructure.Email;

/// <summary>
/// Queues emails in the outbox. Nothing is sent here: <see cref="OutboxDispatcher"/> sends later.
/// </summary>
public interface IEmailSender
{
    /// <summary>
    /// Adds the message to the outbox in the current <c>QipDbContext</c> without saving it: the
    /// caller's own <c>SaveChangesAsync</c> commits the email together with the change that caused
    /// it, so a rolled-back change sends nothing and a committed one cannot lose its email.
    /// A message whose DedupKey is already in the outbox (saved or only added to this context)
    /// is ignored, so a job that is run twice queues its emails once.
    /// </summary>
    Task QueueAsync(EmailMessage message, CancellationToken ct);
}
