using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Security.Sessions;

/// <summary>
/// Server-side sessions: one row per sign-in, which the sign-in cookie points at. Every request
/// checks its session by primary key, so ending the row ends the cookie everywhere at once.
/// Ends are bulk updates: inside a command they join its transaction.
/// </summary>
public sealed class UserSessions(QipDbContext db, TimeProvider clock, IOptionsMonitor<CookieAuthenticationOptions> cookies)
{
    /// <summary>How stale "last seen" may get before a request writes it again: one write a minute, not one per request.</summary>
    public static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    /// <summary>A session unused for this long is over, as its sliding cookie is.</summary>
    public TimeSpan IdleLimit => cookies.Get(IdentityConstants.ApplicationScheme).ExpireTimeSpan;

    public async Task<Guid> StartAsync(Guid userId, string? ipAddress, string? userAgent, CancellationToken ct = default)
    {
        var session = new UserSession(userId, clock.GetUtcNow(), ipAddress, userAgent);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>True when the session is the user's, not ended or idle too long, and the account is not disabled; notes that it was seen.</summary>
    public async Task<bool> IsActiveAsync(Guid sessionId, Guid userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var session = await db.UserSessions.AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s.UserId, s.EndedAt, s.LastSeenAt, u.DisabledAt })
            .SingleOrDefaultAsync(ct);
        if (session is null || session.UserId != userId || session.EndedAt is not null || session.DisabledAt is not null
            || now - session.LastSeenAt > IdleLimit)
            return false;
        if (now - session.LastSeenAt >= TouchEvery)
            await db.UserSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now), ct);
        return true;
    }

    /// <summary>Ends one of the user's sessions; another person's session id ends nothing.</summary>
    public Task<int> EndAsync(Guid userId, Guid sessionId, SessionEnd reason, CancellationToken ct = default) =>
        End(db.UserSessions.Where(s => s.Id == sessionId && s.UserId == userId), reason, ct);

    /// <summary>Ends every session of the user, or every other one when <paramref name="except"/> is the one in use.</summary>
    public Task<int> EndAllAsync(Guid userId, SessionEnd reason, Guid? except = null, CancellationToken ct = default) =>
        End(db.UserSessions.Where(s => s.UserId == userId && s.Id != except), reason, ct);

    /// <summary>The user's sessions still in use, newest first.</summary>
    public async Task<IReadOnlyList<UserSession>> ActiveAsync(Guid userId, CancellationToken ct = default)
    {
        var since = clock.GetUtcNow() - IdleLimit;
        return await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.EndedAt == null && s.LastSeenAt > since)
            .OrderByDescending(s => s.LastSeenAt).ToListAsync(ct);
    }

    private Task<int> End(IQueryable<UserSession> sessions, SessionEnd reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return sessions.Where(s => s.EndedAt == null).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.EndedAt, now)
            .SetProperty(s => s.EndReason, reason), ct);
    }
}
