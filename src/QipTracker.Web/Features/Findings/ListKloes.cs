using MediatR;
using QipTracker.Domain.Plans;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Findings;

/// <summary>The eight Well-led KLOEs and their prompts, for tagging findings.</summary>
[AnyTrustMember]
public sealed record ListKloes : IQuery<IReadOnlyList<Kloe>>;

public sealed class ListKloesHandler : IRequestHandler<ListKloes, IReadOnlyList<Kloe>>
{
    public Task<IReadOnlyList<Kloe>> Handle(ListKloes request, CancellationToken ct) => Task.FromResult(WellLedKloes.All);
}
