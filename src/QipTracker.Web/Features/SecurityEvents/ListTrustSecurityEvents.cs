using FluentValidation;
using MediatR;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.SecurityEvents;

/// <summary>A trust administrator's view of the security log: the events of their own trust only.</summary>
[RequiresRole(TrustRole.TrustAdmin)]
public sealed record ListTrustSecurityEvents(string? Email, SecurityEventKind? Kind) : IQuery<IReadOnlyList<SecurityEventDto>>;

public sealed class ListTrustSecurityEventsValidator : AbstractValidator<ListTrustSecurityEvents>
{
    public ListTrustSecurityEventsValidator() => RuleFor(r => r.Email).MaximumLength(256);
}

public sealed class ListTrustSecurityEventsHandler(QipDbContext db, ICurrentUser current)
    : IRequestHandler<ListTrustSecurityEvents, IReadOnlyList<SecurityEventDto>>
{
    public Task<IReadOnlyList<SecurityEventDto>> Handle(ListTrustSecurityEvents r, CancellationToken ct) =>
        SecurityEventList.ListAsync(db, db.SecurityEvents.Where(e => e.TrustId == current.TrustId), r.Email, r.Kind, ct);
}
