using MediatR;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security.Sessions;

namespace QipTracker.Web.Features.Account;

/// <summary>Where the signed-in person is signed in now, newest first; the one in use is marked.</summary>
[AnySignedInUser]
public sealed record ListMySessions(Guid? CurrentSessionId) : IQuery<IReadOnlyList<SessionDto>>;

public sealed record SessionDto(Guid Id, DateTimeOffset SignedInAt, DateTimeOffset LastSeenAt, string? IpAddress, string Device, bool IsCurrent);

public sealed class ListMySessionsHandler(UserSessions sessions, ICurrentUser current) : IRequestHandler<ListMySessions, IReadOnlyList<SessionDto>>
{
    public async Task<IReadOnlyList<SessionDto>> Handle(ListMySessions r, CancellationToken ct) =>
        (await sessions.ActiveAsync(current.UserId!.Value, ct))
        .Select(s => new SessionDto(s.Id, s.CreatedAt, s.LastSeenAt, s.IpAddress, DeviceName.From(s.UserAgent), s.Id == r.CurrentSessionId))
        .OrderByDescending(s => s.IsCurrent).ThenByDescending(s => s.LastSeenAt).ToList();
}
