using MediatR;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;
using QipTracker.Web.Security.Sessions;

namespace QipTracker.Web.Features.Account;

/// <summary>Signs the person out everywhere except where they are now.</summary>
[AnySignedInUser]
public sealed record EndMyOtherSessions(Guid? CurrentSessionId) : ICommand<int>;

public sealed class EndMyOtherSessionsHandler(QipDbContext db, UserSessions sessions, SecurityLog log, ICurrentUser current)
    : IRequestHandler<EndMyOtherSessions, int>
{
    public async Task<int> Handle(EndMyOtherSessions r, CancellationToken ct)
    {
        var ended = await sessions.EndAllAsync(current.UserId!.Value, SessionEnd.EndedByUser, except: r.CurrentSessionId, ct);
        if (ended > 0) await MySessionsEnded.LogAsync(db, log, current, $"{ended} other session{(ended == 1 ? "" : "s")} ended by their owner", ct);
        return ended;
    }
}
