using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Security;

/// <summary>
/// Writes the security log (<see cref="SecurityEvent"/>): who, what, when, from which IP address,
/// in which trust. The acting person is the current user when it is someone other than the account
/// concerned (an administrator); the address comes from the request or the page's circuit.
/// </summary>
public sealed class SecurityLog(ClientAddress client, ICurrentUser current, TimeProvider clock)
{
    /// <summary>Adds the event to the unit of work: the caller's save commits it together with the change it records.</summary>
    public void Add(QipDbContext db, SecurityEventKind kind, Guid? userId, string? email, Guid? trustId, string? detail = null) =>
        db.SecurityEvents.Add(new SecurityEvent(kind, clock.GetUtcNow(), userId, email, current.UserId, trustId, client.IpAddress, detail));

    /// <summary>Records an event on its own (sign-in and sign-out happen outside any other change).</summary>
    public async Task WriteAsync(QipDbContext db, SecurityEventKind kind, Guid? userId, string? email, Guid? trustId, string? detail = null)
    {
        Add(db, kind, userId, email, trustId, detail);
        await db.SaveChangesAsync();
    }
}
