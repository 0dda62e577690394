using MediatR;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.People;

/// <summary>A trust admin erases a person of their trust who has left (see <see cref="PersonErasure"/>).</summary>
[RequiresRole(TrustRole.TrustAdmin)]
public sealed record ErasePerson(Guid UserId) : ICommand<ErasureResult>;

public sealed class ErasePersonHandler(PersonErasure erasure, ICurrentUser current) : IRequestHandler<ErasePerson, ErasureResult>
{
    public Task<ErasureResult> Handle(ErasePerson r, CancellationToken ct) =>
        erasure.EraseAsync(r.UserId, current.TrustId ?? throw new ForbiddenException("Choose a trust first."), ct);
}
