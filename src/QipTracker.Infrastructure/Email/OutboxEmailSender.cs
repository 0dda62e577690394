using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure.Email;

/// <summary>The outbox implementation of <see cref="IEmailSender"/>; see the interface for the contract.</summary>
public sealed class OutboxEmailSender(QipDbContext db, TimeProvider clock) : IEmailSender
{
    // Column limits from OutboxEmailConfiguration: checked here so a bad message fails where it
    // was written rather than at the caller's SaveChanges (PostgreSQL enforces them, SQLite does not).
    private const int MaxAddress = 256, MaxName = 200, MaxSubject = 300, MaxDedupKey = 200;

    public async Task QueueAsync(EmailMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var to = message.ToAddress?.Trim() ?? "";
        if (to.Length is 0 or > MaxAddress || !MailAddress.TryCreate(to, out var parsed) || parsed.Address != to)
            throw new ArgumentException($"'{message.ToAddress}' is not a single email address.", nameof(message));
        // A header is one line: a line break in a name or subject would corrupt the .eml headers.
        var subject = OneLine(message.Subject);
        if (subject.Length is 0 or > MaxSubject)
            throw new ArgumentException($"The subject must be 1 to {MaxSubject} characters.", nameof(message));
        var toName = string.IsNullOrWhiteSpace(message.ToName) ? null : OneLine(message.ToName);
        if (toName?.Length > MaxName)
            throw new ArgumentException($"The recipient name must be at most {MaxName} characters.", nameof(message));
        if (string.IsNullOrWhiteSpace(message.TextBody) && string.IsNullOrWhiteSpace(message.HtmlBody))
            throw new ArgumentException("An email needs a text or an HTML body.", nameof(message));
        if (message.DedupKey?.Length > MaxDedupKey)
            throw new ArgumentException($"The DedupKey must be at most {MaxDedupKey} characters.", nameof(message));

        if (message.DedupKey is { } key && await IsQueuedAsync(key, ct)) return;

        var now = clock.GetUtcNow();
        db.OutboxEmails.Add(new OutboxEmail
        {
            TrustId = message.TrustId,
            ToAddress = to,
            ToName = toName,
            Subject = subject,
            HtmlBody = message.HtmlBody ?? "",
            TextBody = message.TextBody ?? "",
            DedupKey = message.DedupKey,
            Status = OutboxStatus.Pending,
            Attempts = 0,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }

    // The change tracker covers a key queued earlier in the same unit of work; the database covers
    // earlier runs. Two units of work racing on one key both pass this check: the unique index on
    // DedupKey then fails the second SaveChanges, so it can still never be sent twice.
    private async Task<bool> IsQueuedAsync(string key, CancellationToken ct) =>
        db.ChangeTracker.Entries<OutboxEmail>().Any(e => e.State != EntityState.Deleted && e.Entity.DedupKey == key)
        || await db.OutboxEmails.AnyAsync(o => o.DedupKey == key, ct);

    private static string OneLine(string? text) =>
        string.Join(' ', (text ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
