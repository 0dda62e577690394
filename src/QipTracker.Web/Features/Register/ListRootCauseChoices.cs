using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Register;

/// <summary>Live root causes by reference, to pick from (e.g. which to merge) or to name (an ECIB merge request).</summary>
[AnyTrustMember]
public sealed record ListRootCauseChoices(bool IncludeWithdrawn = false) : IQuery<IReadOnlyList<RootCauseChoice>>;

public sealed record RootCauseChoice(Guid Id, string Reference, string Description);

public sealed class ListRootCauseChoicesHandler(QipDbContext db) : IRequestHandler<ListRootCauseChoices, IReadOnlyList<RootCauseChoice>>
{
    public async Task<IReadOnlyList<RootCauseChoice>> Handle(ListRootCauseChoices r, CancellationToken ct) =>
        await (r.IncludeWithdrawn ? db.RootCauses : db.RootCauses.Where(RootCauseRules.Live)).OrderBy(rc => rc.Reference)
            .Select(rc => new RootCauseChoice(rc.Id, rc.Reference, rc.Description))
            .ToListAsync(ct);
}
