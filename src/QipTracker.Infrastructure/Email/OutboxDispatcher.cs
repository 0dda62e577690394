using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure.Email;

/// <summary>
/// Sends due outbox emails. Run it on a schedule (every minute) from a scope of its own;
/// OutboxEmail is not tenant-owned, so it sees every trust's emails whoever the current user is.
/// <para>
/// Safe on several app nodes at once: before sending, each email is claimed with a conditional
/// UPDATE (matching the Attempts and NextAttemptAt it was read with) that bumps Attempts and hides
/// it for <see cref="EmailOptions.ClaimLease"/>; only the node whose UPDATE touched the row sends.
/// Delivery is at least once: a node that dies after the provider accepted an email but before
/// recording it leaves the row to be sent again when the lease runs out. Rows are never deleted.
/// </para>
/// </summary>
public sealed class OutboxDispatcher(
    QipDbContext db, IEmailTransport transport, TimeProvider clock, EmailOptions options, ILogger<OutboxDispatcher> logger)
{
    private const int MaxError = 2000;
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);
    /// <summary>A Retry-After beyond this is treated as this (a server's typo should not park mail for a week).</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromHours(24);

    /// <summary>Wait after the given failed attempt (1-based): 1, 2, 4, 8 … minutes, at most an hour.</summary>
    public static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMinutes(Math.Min(1 << Math.Clamp(attempt - 1, 0, 6), MaxBackoff.TotalMinutes));

    public async Task<DispatchResult> DispatchDueAsync(CancellationToken ct)
    {
        // Fixed for the run: anything rescheduled during it lands after this, so the loop ends.
        var dueBy = clock.GetUtcNow();
        var seen = new HashSet<Guid>();
        int sent = 0, retrying = 0, failed = 0, skipped = 0;

        while (!ct.IsCancellationRequested)
        {
            var batch = await db.OutboxEmails.AsNoTracking()
                .Where(o => o.Status == OutboxStatus.Pending && o.NextAttemptAt <= dueBy)
                .OrderBy(o => o.NextAttemptAt).ThenBy(o => o.CreatedAt).ThenBy(o => o.Id)
                .Take(options.BatchSize)
                .ToListAsync(ct);
            var fresh = batch.Where(o => seen.Add(o.Id)).ToList();
            if (fresh.Count == 0) break;

            foreach (var email in fresh)
            {
                if (ct.IsCancellationRequested) break;
                switch (await DispatchOneAsync(email, ct))
                {
                    case Outcome.Sent: sent++; break;
                    case Outcome.Retrying: retrying++; break;
                    case Outcome.Failed: failed++; break;
                    case Outcome.Skipped: skipped++; break;
                }
            }
            if (batch.Count < options.BatchSize) break;
        }

        var result = new DispatchResult(sent, retrying, failed, skipped);
        if (result.Attempted + skipped > 0)
            logger.LogInformation("Outbox dispatch: {Sent} sent, {Retrying} to retry, {Failed} failed, {Skipped} claimed elsewhere",
                sent, retrying, failed, skipped);
        return result;
    }

    private enum Outcome { Sent, Retrying, Failed, Skipped }

    private async Task<Outcome> DispatchOneAsync(OutboxEmail email, CancellationToken ct)
    {
        // An earlier attempt was claimed but never recorded (the node stopped mid-send) and used
        // the last attempt: give up rather than loop on an email that may be taking nodes down.
        if (email.Attempts >= options.MaxAttempts)
        {
            var gaveUp = await Filter(email.Id, email.Attempts, email.NextAttemptAt).ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, OutboxStatus.Failed)
                .SetProperty(o => o.LastError, Truncate($"Gave up after {email.Attempts} attempts; the last did not finish. {email.LastError}")),
                CancellationToken.None);
            return gaveUp == 1 ? Outcome.Failed : Outcome.Skipped;
        }

        var attempt = email.Attempts + 1;
        var claimed = await Filter(email.Id, email.Attempts, email.NextAttemptAt).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Attempts, attempt)
            .SetProperty(o => o.NextAttemptAt, clock.GetUtcNow() + options.ClaimLease), ct);
        if (claimed == 0) return Outcome.Skipped;

        TransportResult result;
        try
        {
            result = await transport.SendAsync(email, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw; // shutting down: the lease expires and the email is tried again
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Email {OutboxId}: transport threw", email.Id);
            result = TransportResult.Transient($"{ex.GetType().Name}: {ex.Message}");
        }

        // Recorded even if the run is being cancelled: an email that went out must not go out again.
        var now = clock.GetUtcNow();
        var owned = db.OutboxEmails.Where(o => o.Id == email.Id && o.Status == OutboxStatus.Pending && o.Attempts == attempt);
        int written;
        Outcome outcome;
        switch (result.Outcome)
        {
            case TransportOutcome.Sent:
                written = await owned.ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.Status, OutboxStatus.Sent)
                    .SetProperty(o => o.SentAt, now), CancellationToken.None);
                outcome = Outcome.Sent;
                break;
            case TransportOutcome.Transient when attempt < options.MaxAttempts:
                var wait = Backoff(attempt);
                if (result.RetryAfter is { } hint && hint > wait) wait = hint < MaxRetryAfter ? hint : MaxRetryAfter;
                written = await owned.ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.NextAttemptAt, now + wait)
                    .SetProperty(o => o.LastError, Truncate(result.Error)), CancellationToken.None);
                logger.LogWarning("Email {OutboxId} attempt {Attempt} failed, retrying at {NextAttemptAt}: {Error}",
                    email.Id, attempt, now + wait, result.Error);
                outcome = Outcome.Retrying;
                break;
            default:
                var error = result.Outcome == TransportOutcome.Transient
                    ? $"Gave up after {attempt} attempts. {result.Error}"
                    : result.Error;
                written = await owned.ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.Status, OutboxStatus.Failed)
                    .SetProperty(o => o.LastError, Truncate(error)), CancellationToken.None);
                logger.LogError("Email {OutboxId} to {To} failed after {Attempt} attempt(s): {Error}", email.Id, email.ToAddress, attempt, error);
                outcome = Outcome.Failed;
                break;
        }
        if (written == 0)
            // Only possible if the send outlived the lease and another node claimed the email.
            logger.LogWarning("Email {OutboxId}: claim was lost before the result ({Outcome}) was recorded", email.Id, result.Outcome);
        return outcome;
    }

    private IQueryable<OutboxEmail> Filter(Guid id, int attempts, DateTimeOffset nextAttemptAt) =>
        db.OutboxEmails.Where(o => o.Id == id && o.Status == OutboxStatus.Pending
                                   && o.Attempts == attempts && o.NextAttemptAt == nextAttemptAt);

    private static string? Truncate(string? text) =>
        text is { Length: > MaxError } ? text[..MaxError] + "…" : text;
}
