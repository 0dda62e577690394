using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure.Email;

/// <summary>
/// Failed emails for an admin page, and putting one back in the queue. OutboxEmail has no tenant
/// query filter, so the same scoping is applied here: a system admin (or system work) sees every
/// email, anyone else only their current trust's, and nobody is signed in sees none. Role checks
/// (who may open the page) stay with the caller.
/// </summary>
public sealed class OutboxAdmin(QipDbContext db, TimeProvider clock)
{
    /// <summary>Newest first, one page.</summary>
    public async Task<IReadOnlyList<FailedEmail>> ListFailedAsync(int skip, int take, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        return await Visible().Where(o => o.Status == OutboxStatus.Failed)
            .OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id)
            .Skip(skip).Take(take)
            .Select(o => new FailedEmail(o.Id, o.TrustId, o.ToAddress, o.ToName, o.Subject, o.Attempts, o.CreatedAt, o.LastError))
            .ToListAsync(ct);
    }

    public Task<int> CountFailedAsync(CancellationToken ct) =>
        Visible().CountAsync(o => o.Status == OutboxStatus.Failed, ct);

    /// <summary>
    /// Puts a Failed email back to Pending, due now, with a fresh set of attempts. LastError is
    /// kept until the next attempt replaces it. False if there is no such failed email in reach.
    /// </summary>
    public async Task<bool> RetryAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var updated = await Visible().Where(o => o.Id == id && o.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Status, OutboxStatus.Pending)
                .SetProperty(o => o.Attempts, 0)
                .SetProperty(o => o.NextAttemptAt, now), ct);
        return updated == 1;
    }

    private IQueryable<OutboxEmail> Visible()
    {
        var user = db.CurrentUser;
        var emails = db.OutboxEmails.AsNoTracking();
        if (user.AllTrusts || user.IsSystemAdmin) return emails;
        return user.TrustId is { } trustId ? emails.Where(o => o.TrustId == trustId) : emails.Where(o => false);
    }
}
