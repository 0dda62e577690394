using MediatR;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Oversight;

/// <summary>
/// The oversight portfolio: every trust that has granted the reader's organisation access, each read in its own
/// trust's scope. Round trips: one for the grants, then one fixed batch per granted trust (the same queries whatever
/// its size), never a query per root cause or KPI.
/// </summary>
[OversightUser]
public sealed record GetPortfolio : IQuery<Portfolio>;

public sealed record Portfolio(string Organisation, IReadOnlyList<OverseenTrust> Trusts);

public sealed class GetPortfolioHandler(OversightReads oversight) : IRequestHandler<GetPortfolio, Portfolio>
{
    public async Task<Portfolio> Handle(GetPortfolio request, CancellationToken ct)
    {
        var (organisation, trusts) = await oversight.GrantedAsync(null, ct);
        var summaries = new List<OverseenTrust>(trusts.Count);
        foreach (var trust in trusts)
            summaries.Add(await oversight.InTrustAsync(trust, sp => sp.GetRequiredService<TrustSummaryQuery>().ReadAsync(trust, ct)));
        return new Portfolio(organisation, summaries);
    }
}
