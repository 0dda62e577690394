using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Trusts;

/// <summary>The profile of the trust the caller works in.</summary>
[AnyTrustMember]
public sealed record GetCurrentTrust : IQuery<TrustDto>;

public sealed record TrustDto(Guid Id, string Name, string OdsCode, TrustType Type, IReadOnlyList<string> Sites,
    int? PopulationServed, string? ImprovementDirector, IReadOnlyList<string> BuddyTrusts, IReadOnlyList<RegimeDto> Regimes,
    ThresholdsDto EscalationThresholds, IReadOnlyList<string> StrategicObjectives, IReadOnlyList<string> BafRisks);

/// <summary>Days overdue at which the ladder tells each level.</summary>
public sealed record ThresholdsDto(int Owner, int IsgChair, int AccountableExecutive, int Ecib);

public sealed record RegimeDto(Regime Regime, DateOnly EnteredOn, DateOnly? ExitedOn);

public sealed class GetCurrentTrustHandler(QipDbContext db, ICurrentUser user) : IRequestHandler<GetCurrentTrust, TrustDto>
{
    public async Task<TrustDto> Handle(GetCurrentTrust request, CancellationToken ct)
    {
        var trust = await db.Trusts.SingleOrDefaultAsync(t => t.Id == user.TrustId, ct) ?? throw new NotFoundException("Your trust");
        var regimes = await db.RegimePeriods.OrderBy(r => r.EnteredOn)
            .Select(r => new RegimeDto(r.Regime, r.EnteredOn, r.ExitedOn)).ToListAsync(ct);
        return new TrustDto(trust.Id, trust.Name, trust.OdsCode, trust.Type, trust.Sites, trust.PopulationServed,
            trust.ImprovementDirector, trust.BuddyTrusts, regimes,
            new ThresholdsDto(trust.EscalateToOwnerAfter, trust.EscalateToChairAfter, trust.EscalateToExecutiveAfter, trust.EscalateToEcibAfter),
            trust.StrategicObjectives, trust.BafRisks);
    }
}
