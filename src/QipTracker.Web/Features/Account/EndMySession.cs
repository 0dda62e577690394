using MediatR;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;
using QipTracker.Web.Security.Sessions;

namespace QipTracker.Web.Features.Account;

/// <summary>Ends one of the person's own sessions (a lost laptop, a shared computer): that cookie stops working at once.</summary>
[AnySignedInUser]
public sealed record EndMySession(Guid SessionId) : ICommand<bool>;

public sealed class EndMySessionHandler(QipDbContext db, UserSessions sessions, SecurityLog log, ICurrentUser current) : IRequestHandler<EndMySession, bool>
{
    public async Task<bool> Handle(EndMySession r, CancellationToken ct)
    {
        if (await sessions.EndAsync(current.UserId!.Value, r.SessionId, SessionEnd.EndedByUser, ct) == 0) throw new NotFoundException("That session");
        await MySessionsEnded.LogAsync(db, log, current, "One session ended by its owner", ct);
        return true;
    }
}
