using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.Account;

/// <summary>The security log's line when people end their own sessions (<see cref="EndMySession"/>, <see cref="EndMyOtherSessions"/>).</summary>
public static class MySessionsEnded
{
    public static async Task LogAsync(QipDbContext db, SecurityLog log, ICurrentUser current, string detail, CancellationToken ct)
    {
        var me = current.UserId!.Value;
        var email = await db.Users.Where(u => u.Id == me).Select(u => u.Email).SingleAsync(ct);
        log.Add(db, SecurityEventKind.SessionEnded, me, email, current.TrustId, detail);
        await db.SaveChangesAsync(ct);
    }
}
