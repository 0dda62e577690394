// TEMPORARY until helper/kpis merges: the agreed contract only, with a handler that returns no rows.
// Drop this file in favour of the real one at merge.
using MediatR;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember)]
public sealed record GetSpcSummary(Guid? IsgId = null, KpiKind? Kind = null, DateOnly? AsOf = null) : IQuery<IReadOnlyList<SpcSummaryRow>>;

public sealed record SpcSummaryRow(Guid KpiId, string Code, string Name, Guid? IsgId, string? Isg, CqcDomain? Domain, string Unit,
    ImprovementDirection Direction, DateOnly? LatestPeriod, string? LatestPeriodLabel, decimal? LatestValue, decimal? Target,
    VariationIcon Variation, AssuranceIcon Assurance, bool TrialLimits, int Points);

// TEMPORARY until helper/kpis merges.
public sealed class GetSpcSummaryHandler : IRequestHandler<GetSpcSummary, IReadOnlyList<SpcSummaryRow>>
{
    public Task<IReadOnlyList<SpcSummaryRow>> Handle(GetSpcSummary request, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SpcSummaryRow>>([]);
}
