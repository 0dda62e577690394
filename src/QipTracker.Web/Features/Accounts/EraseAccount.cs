using MediatR;
using QipTracker.Web.Application;
using QipTracker.Web.Features.People;

namespace QipTracker.Web.Features.Accounts;

/// <summary>The system administrator erases anyone who has left, in every trust (see <see cref="PersonErasure"/>).</summary>
[SystemAdminOnly]
public sealed record EraseAccount(Guid UserId) : ICommand<ErasureResult>;

public sealed class EraseAccountHandler(PersonErasure erasure) : IRequestHandler<EraseAccount, ErasureResult>
{
    public Task<ErasureResult> Handle(EraseAccount r, CancellationToken ct) => erasure.EraseAsync(r.UserId, null, ct);
}
