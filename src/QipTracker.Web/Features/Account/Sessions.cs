using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;
using QipTracker.Web.Security.Sessions;

namespace QipTracker.Web.Features.Account;

/// <summary>Where the signed-in person is signed in now, newest first; the one in use is marked.</summary>
[AnySignedInUser]
public sealed record ListMySessions(Guid? CurrentSessionId) : IQuery<IReadOnlyList<SessionDto>>;

public sealed record SessionDto(Guid Id, DateTimeOffset SignedInAt, DateTimeOffset LastSeenAt, string? IpAddress, string Device, bool IsCurrent);

/// <summary>Ends one of the person's own sessions (a lost laptop, a shared computer): that cookie stops working at once.</summary>
[AnySignedInUser]
public sealed record EndMySession(Guid SessionId) : ICommand<bool>;

/// <summary>Signs the person out everywhere except where they are now.</summary>
[AnySignedInUser]
public sealed record EndMyOtherSessions(Guid? CurrentSessionId) : ICommand<int>;

/// <summary>The person's own recent sign-ins and account changes, newest first.</summary>
[AnySignedInUser]
public sealed record ListMySecurityEvents : IQuery<IReadOnlyList<MySecurityEvent>>;

public sealed record MySecurityEvent(Guid Id, DateTimeOffset At, SecurityEventKind Kind, string What, string? IpAddress, string? Detail);

public sealed class SessionHandlers(QipDbContext db, UserSessions sessions, SecurityLog log, ICurrentUser current) :
    IRequestHandler<ListMySessions, IReadOnlyList<SessionDto>>,
    IRequestHandler<EndMySession, bool>,
    IRequestHandler<EndMyOtherSessions, int>,
    IRequestHandler<ListMySecurityEvents, IReadOnlyList<MySecurityEvent>>
{
    private const int RecentEvents = 20;

    private Guid Me => current.UserId!.Value;

    public async Task<IReadOnlyList<SessionDto>> Handle(ListMySessions r, CancellationToken ct) =>
        (await sessions.ActiveAsync(Me, ct))
        .Select(s => new SessionDto(s.Id, s.CreatedAt, s.LastSeenAt, s.IpAddress, DeviceName.From(s.UserAgent), s.Id == r.CurrentSessionId))
        .OrderByDescending(s => s.IsCurrent).ThenByDescending(s => s.LastSeenAt).ToList();

    public async Task<bool> Handle(EndMySession r, CancellationToken ct)
    {
        if (await sessions.EndAsync(Me, r.SessionId, SessionEnd.EndedByUser, ct) == 0) throw new NotFoundException("That session");
        await Log("One session ended by its owner", ct);
        return true;
    }

    public async Task<int> Handle(EndMyOtherSessions r, CancellationToken ct)
    {
        var ended = await sessions.EndAllAsync(Me, SessionEnd.EndedByUser, except: r.CurrentSessionId, ct);
        if (ended > 0) await Log($"{ended} other session{(ended == 1 ? "" : "s")} ended by their owner", ct);
        return ended;
    }

    public async Task<IReadOnlyList<MySecurityEvent>> Handle(ListMySecurityEvents r, CancellationToken ct) =>
        (await db.SecurityEvents.AsNoTracking().Where(e => e.UserId == Me).OrderByDescending(e => e.At).Take(RecentEvents).ToListAsync(ct))
        .Select(e => new MySecurityEvent(e.Id, e.At, e.Kind, SecurityEventText.Describe(e.Kind), e.IpAddress, e.Detail)).ToList();

    private async Task Log(string detail, CancellationToken ct)
    {
        var email = await db.Users.Where(u => u.Id == Me).Select(u => u.Email).SingleAsync(ct);
        log.Add(db, SecurityEventKind.SessionEnded, Me, email, current.TrustId, detail);
        await db.SaveChangesAsync(ct);
    }
}
