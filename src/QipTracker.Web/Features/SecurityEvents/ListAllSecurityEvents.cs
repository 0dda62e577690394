using FluentValidation;
using MediatR;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.SecurityEvents;

/// <summary>The system administrator's view of the security log: every event on the platform.</summary>
[SystemAdminOnly]
public sealed record ListAllSecurityEvents(string? Email, SecurityEventKind? Kind) : IQuery<IReadOnlyList<SecurityEventDto>>;

public sealed class ListAllSecurityEventsValidator : AbstractValidator<ListAllSecurityEvents>
{
    public ListAllSecurityEventsValidator() => RuleFor(r => r.Email).MaximumLength(256);
}

public sealed class ListAllSecurityEventsHandler(QipDbContext db) : IRequestHandler<ListAllSecurityEvents, IReadOnlyList<SecurityEventDto>>
{
    public Task<IReadOnlyList<SecurityEventDto>> Handle(ListAllSecurityEvents r, CancellationToken ct) =>
        SecurityEventList.ListAsync(db, db.SecurityEvents, r.Email, r.Kind, ct);
}
