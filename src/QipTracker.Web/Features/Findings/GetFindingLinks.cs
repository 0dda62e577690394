using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Findings;

/// <summary>A root cause as the findings page lists it: linked to the finding, or one that could be.</summary>
public sealed record RootCauseChoice(Guid Id, string Reference, string Description, PriorityClass Priority, long Version);

public sealed record FindingLinksDto(Guid FindingId, IReadOnlyList<RootCauseChoice> Linked, IReadOnlyList<RootCauseChoice> Others);

/// <summary>The root causes that answer a finding, and the live ones that could.</summary>
[AnyTrustMember]
public sealed record GetFindingLinks(Guid FindingId) : IQuery<FindingLinksDto>;

public sealed class GetFindingLinksHandler(QipDbContext db) : IRequestHandler<GetFindingLinks, FindingLinksDto>
{
    public Task<FindingLinksDto> Handle(GetFindingLinks r, CancellationToken ct) => FindingLinksView.LoadAsync(db, r.FindingId, ct);
}

/// <summary>A finding's links as <see cref="GetFindingLinks"/> shows them: shared with the commands that change them.</summary>
public static class FindingLinksView
{
    public static async Task<FindingLinksDto> LoadAsync(QipDbContext db, Guid findingId, CancellationToken ct)
    {
        if (!await db.Findings.AnyAsync(f => f.Id == findingId, ct)) throw new NotFoundException($"Finding {findingId}");
        var linkedIds = db.RootCauseFindings.Where(l => l.FindingId == findingId).Select(l => l.RootCauseId);
        var all = await db.RootCauses.Where(RootCauseRules.Live).OrderBy(rc => rc.Reference)
            .Select(rc => new { Choice = new RootCauseChoice(rc.Id, rc.Reference, rc.Description, rc.Priority, rc.Version), Linked = linkedIds.Contains(rc.Id) })
            .ToListAsync(ct);
        // A withdrawn root cause may still carry the link: show it, so it can be unlinked.
        var withdrawn = await db.RootCauses.Where(rc => rc.WithdrawnOn != null && linkedIds.Contains(rc.Id))
            .Select(rc => new RootCauseChoice(rc.Id, rc.Reference, rc.Description, rc.Priority, rc.Version)).ToListAsync(ct);
        return new FindingLinksDto(findingId, [.. all.Where(x => x.Linked).Select(x => x.Choice), .. withdrawn], [.. all.Where(x => !x.Linked).Select(x => x.Choice)]);
    }
}
