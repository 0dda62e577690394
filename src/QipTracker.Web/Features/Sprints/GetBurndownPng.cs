using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Charts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Sprints;

/// <summary>
/// A sprint's burndown as PNG: the one kept at close for a closed sprint (so the board paper shows what
/// the chair saw), drawn now for an active or planned one.
/// </summary>
[RequiresRole(TrustRole.IsgChair, TrustRole.Pmo, TrustRole.AccountableExecutive, TrustRole.BoardMember)]
public sealed record GetBurndownPng(Guid SprintId) : IQuery<byte[]>;

public sealed class GetBurndownPngHandler(QipDbContext db, TimeProvider clock, SprintWork work) : IRequestHandler<GetBurndownPng, byte[]>
{
    public async Task<byte[]> Handle(GetBurndownPng r, CancellationToken ct)
    {
        var kept = await db.SprintSummaries.Where(s => s.SprintId == r.SprintId).Select(s => s.BurndownPng).SingleOrDefaultAsync(ct);
        if (kept is { Length: > 0 }) return kept;

        var sprint = await db.Sprints.AsNoTracking().Include(s => s.Scope).SingleOrDefaultAsync(s => s.Id == r.SprintId, ct)
            ?? throw new NotFoundException($"Sprint {r.SprintId}");
        var isg = await db.Isgs.Where(i => i.Id == sprint.IsgId).Select(i => i.Name).SingleAsync(ct);
        var deliveries = sprint.State == SprintState.Active ? await work.DeliveriesAsync(sprint, ct) : [];
        return BurndownChartPng.Render(Burndown.For(sprint, deliveries, clock.Today()), BurndownChartPng.Title(sprint.Number, isg));
    }
}
