using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.SecurityEvents;

/// <summary>A trust administrator's view of the security log: the events of their own trust only.</summary>
[RequiresRole(TrustRole.TrustAdmin)]
public sealed record ListTrustSecurityEvents(string? Email, SecurityEventKind? Kind) : IQuery<IReadOnlyList<SecurityEventDto>>;

/// <summary>The system administrator's view of the security log: every event on the platform.</summary>
[SystemAdminOnly]
public sealed record ListAllSecurityEvents(string? Email, SecurityEventKind? Kind) : IQuery<IReadOnlyList<SecurityEventDto>>;

public sealed record SecurityEventDto(Guid Id, DateTimeOffset At, SecurityEventKind Kind, string What, string? Email, string? By,
    string? Trust, string? IpAddress, string? Detail);

public sealed class ListTrustSecurityEventsValidator : AbstractValidator<ListTrustSecurityEvents>
{
    public ListTrustSecurityEventsValidator() => RuleFor(r => r.Email).MaximumLength(256);
}

public sealed class ListAllSecurityEventsValidator : AbstractValidator<ListAllSecurityEvents>
{
    public ListAllSecurityEventsValidator() => RuleFor(r => r.Email).MaximumLength(256);
}

public sealed class ListSecurityEventsHandlers(QipDbContext db, ICurrentUser current) :
    IRequestHandler<ListTrustSecurityEvents, IReadOnlyList<SecurityEventDto>>,
    IRequestHandler<ListAllSecurityEvents, IReadOnlyList<SecurityEventDto>>
{
    private const int MaxEvents = 300;

    public Task<IReadOnlyList<SecurityEventDto>> Handle(ListTrustSecurityEvents r, CancellationToken ct) =>
        List(db.SecurityEvents.Where(e => e.TrustId == current.TrustId), r.Email, r.Kind, ct);

    public Task<IReadOnlyList<SecurityEventDto>> Handle(ListAllSecurityEvents r, CancellationToken ct) =>
        List(db.SecurityEvents, r.Email, r.Kind, ct);

    private async Task<IReadOnlyList<SecurityEventDto>> List(IQueryable<SecurityEvent> events, string? email, SecurityEventKind? kind, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(email))
        {
            var part = email.Trim().ToLowerInvariant();
            events = events.Where(e => e.Email != null && e.Email.ToLower().Contains(part));
        }
        if (kind is { } k) events = events.Where(e => e.Kind == k);
        var rows = await events.OrderByDescending(e => e.At).Take(MaxEvents)
            .Select(e => new
            {
                e.Id, e.At, e.Kind, e.Email, e.IpAddress, e.Detail,
                By = db.Users.Where(u => u.Id == e.ActorId).Select(u => u.DisplayName).FirstOrDefault(),
                Trust = db.Trusts.IgnoreQueryFilters().Where(t => t.Id == e.TrustId).Select(t => t.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(e => new SecurityEventDto(e.Id, e.At, e.Kind, SecurityEventText.Describe(e.Kind), e.Email, e.By, e.Trust, e.IpAddress, e.Detail)).ToList();
    }
}
