using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.Account;

/// <summary>The person's own recent sign-ins and account changes, newest first.</summary>
[AnySignedInUser]
public sealed record ListMySecurityEvents : IQuery<IReadOnlyList<MySecurityEvent>>;

public sealed record MySecurityEvent(Guid Id, DateTimeOffset At, SecurityEventKind Kind, string What, string? IpAddress, string? Detail);

public sealed class ListMySecurityEventsHandler(QipDbContext db, ICurrentUser current) : IRequestHandler<ListMySecurityEvents, IReadOnlyList<MySecurityEvent>>
{
    private const int RecentEvents = 20;

    public async Task<IReadOnlyList<MySecurityEvent>> Handle(ListMySecurityEvents r, CancellationToken ct)
    {
        var me = current.UserId!.Value;
        return (await db.SecurityEvents.AsNoTracking().Where(e => e.UserId == me).OrderByDescending(e => e.At).Take(RecentEvents).ToListAsync(ct))
            .Select(e => new MySecurityEvent(e.Id, e.At, e.Kind, SecurityEventText.Describe(e.Kind), e.IpAddress, e.Detail)).ToList();
    }
}
