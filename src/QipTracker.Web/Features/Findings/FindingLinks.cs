using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Findings;

/// <summary>A root cause as the findings page lists it: linked to the finding, or one that could be.</summary>
public sealed record RootCauseChoice(Guid Id, string Reference, string Description, PriorityClass Priority, long Version);

public sealed record FindingLinksDto(Guid FindingId, IReadOnlyList<RootCauseChoice> Linked, IReadOnlyList<RootCauseChoice> Others);

/// <summary>The root causes that answer a finding, and the live ones that could.</summary>
[AnyTrustMember]
public sealed record GetFindingLinks(Guid FindingId) : IQuery<FindingLinksDto>;

/// <summary>Links a root cause to a finding it answers; its priority class is re-derived from all its findings.</summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record LinkRootCause(Guid FindingId, Guid RootCauseId, long RootCauseVersion) : ICommand<FindingLinksDto>;

/// <summary>Unlinks a root cause linked in error; its priority class is re-derived from the findings it still answers.</summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record UnlinkRootCause(Guid FindingId, Guid RootCauseId, long RootCauseVersion) : ICommand<FindingLinksDto>;

public sealed class FindingLinkHandlers(QipDbContext db) :
    IRequestHandler<GetFindingLinks, FindingLinksDto>,
    IRequestHandler<LinkRootCause, FindingLinksDto>,
    IRequestHandler<UnlinkRootCause, FindingLinksDto>
{
    public async Task<FindingLinksDto> Handle(GetFindingLinks r, CancellationToken ct)
    {
        if (!await db.Findings.AnyAsync(f => f.Id == r.FindingId, ct)) throw new NotFoundException($"Finding {r.FindingId}");
        var linkedIds = db.RootCauseFindings.Where(l => l.FindingId == r.FindingId).Select(l => l.RootCauseId);
        var all = await db.RootCauses.Where(RootCauseRules.Live).OrderBy(rc => rc.Reference)
            .Select(rc => new { Choice = new RootCauseChoice(rc.Id, rc.Reference, rc.Description, rc.Priority, rc.Version), Linked = linkedIds.Contains(rc.Id) })
            .ToListAsync(ct);
        // A withdrawn root cause may still carry the link: show it, so it can be unlinked.
        var withdrawn = await db.RootCauses.Where(rc => rc.WithdrawnOn != null && linkedIds.Contains(rc.Id))
            .Select(rc => new RootCauseChoice(rc.Id, rc.Reference, rc.Description, rc.Priority, rc.Version)).ToListAsync(ct);
        return new FindingLinksDto(r.FindingId, [.. all.Where(x => x.Linked).Select(x => x.Choice), .. withdrawn], [.. all.Where(x => !x.Linked).Select(x => x.Choice)]);
    }

    public async Task<FindingLinksDto> Handle(LinkRootCause r, CancellationToken ct)
    {
        var (finding, rootCause) = await Load(r.FindingId, r.RootCauseId, r.RootCauseVersion, ct);
        rootCause.Answer(finding);
        await Rederive(rootCause, ct);
        await db.SaveChangesAsync(ct);
        return await Handle(new GetFindingLinks(r.FindingId), ct);
    }

    public async Task<FindingLinksDto> Handle(UnlinkRootCause r, CancellationToken ct)
    {
        var (_, rootCause) = await Load(r.FindingId, r.RootCauseId, r.RootCauseVersion, ct);
        rootCause.StopAnswering(r.FindingId);
        await Rederive(rootCause, ct);
        await db.SaveChangesAsync(ct);
        return await Handle(new GetFindingLinks(r.FindingId), ct);
    }

    private async Task<(Finding, RootCause)> Load(Guid findingId, Guid rootCauseId, long version, CancellationToken ct)
    {
        // Both are read through the trust's query filter: another trust's ids are simply not found.
        var finding = await db.Findings.SingleOrDefaultAsync(f => f.Id == findingId, ct) ?? throw new NotFoundException($"Finding {findingId}");
        var rootCause = await db.RootCauses.Include(rc => rc.Findings).SingleOrDefaultAsync(rc => rc.Id == rootCauseId, ct)
            ?? throw new NotFoundException($"Root cause {rootCauseId}");
        db.ExpectVersion(rootCause, version);
        return (finding, rootCause);
    }

    // The class follows the strongest finding it answers, after the change.
    private async Task Rederive(RootCause rootCause, CancellationToken ct)
    {
        var ids = rootCause.Findings.Select(l => l.FindingId).ToList();
        var kinds = await db.Findings.Where(f => ids.Contains(f.Id)).Select(f => f.Kind).ToListAsync(ct);
        rootCause.RecomputePriority(kinds);
    }
}
