using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Actions;
using QipTracker.Web.Features.Findings;
using QipTracker.Web.Features.Register;

namespace QipTracker.Web.Features.Home;

/// <summary>What the landing page shows a person: who they are, where, and the headline of their part of the plan.</summary>
[AnySignedInUser]
public sealed record GetLanding : IQuery<Landing>;

/// <param name="OwnerAgenda">Show the owner's agenda (from My work) first.</param>
/// <param name="BoardSummary">Show the board's summary first: board members and accountable executives.</param>
public sealed record Landing(
    string DisplayName,
    string? TrustName,
    IReadOnlyList<TrustRole> Roles,
    bool IsSystemAdmin,
    PlanHeadline? Plan,
    OwnerHeadline? Owner,
    ChairHeadline? Chair,
    int? TrustCount,
    IReadOnlyList<TrustChoice> OtherTrusts,
    bool OwnerAgenda = false,
    bool BoardSummary = false,
    string? OversightOrganisation = null);

/// <summary>The trust's plan: its findings (with how they reconcile with the inspection report) and its root causes' figures.</summary>
public sealed record PlanHeadline(FindingCounts Findings, PlanFigures RootCauses);
public sealed record OwnerHeadline(int OpenRootCauses, int OverdueRootCauses, int OpenActions, int OverdueActions);
public sealed record ChairHeadline(IReadOnlyList<ChairIsg> Isgs, int RootCauses, int AwaitingAssurance);
/// <summary>An ISG the person chairs and how many of its root causes wait for their assurance.</summary>
public sealed record ChairIsg(Guid Id, string Name, int AwaitingAssurance);
public sealed record TrustChoice(Guid TrustId, string Name);

public sealed class GetLandingHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetLanding, Landing>
{
    public async Task<Landing> Handle(GetLanding request, CancellationToken ct)
    {
        var userId = user.UserId!.Value;
        var today = clock.Today();
        // Who and where in one query: the person, their trust's name, the other trusts they belong to (each condition
        // names its own trust or person, so the filters are lifted for this read only) and, for an administrator, how many trusts.
        var trustId = user.TrustId;
        var isSystemAdmin = user.IsSystemAdmin;
        var me = await db.Users.IgnoreQueryFilters().Where(u => u.Id == userId)
            .Select(u => new
            {
                u.DisplayName,
                TrustName = db.Trusts.Where(t => t.Id == trustId).Select(t => t.Name).FirstOrDefault(),
                OtherTrusts = db.Memberships.Where(m => m.UserId == u.Id && m.TrustId != trustId)
                    .Join(db.Trusts, m => m.TrustId, t => t.Id, (m, t) => new TrustChoice(t.Id, t.Name)).ToList(),
                TrustCount = isSystemAdmin ? db.Trusts.Count() : (int?)null,
                Oversight = db.OversightMembers.Where(m => m.UserId == u.Id).Join(db.OversightOrganisations, m => m.OrganisationId, o => o.Id, (m, o) => o.Name).FirstOrDefault(),
            })
            .SingleAsync(ct);

        PlanHeadline? plan = null;
        OwnerHeadline? owner = null;
        ChairHeadline? chair = null;
        if (user.TrustId is not null)
        {
            plan = await PlanHeadline(today, ct);
            if (user.IsIn(TrustRole.RootCauseOwner)) owner = await OwnerHeadline(userId, today, ct);
            if (user.IsIn(TrustRole.IsgChair)) chair = await ChairHeadline(userId, ct);
        }

        return new Landing(me.DisplayName, me.TrustName, user.Roles.Order().ToList(), user.IsSystemAdmin,
            plan, owner, chair, me.TrustCount, me.OtherTrusts.Distinct().OrderBy(t => t.Name).ToList(), // a membership per role
            OwnerAgenda: user.TrustId is not null && user.MaySend<GetMyWork>(),
            // What each role does first: the board reads the plan's state; others (who may too) start from their own work.
            BoardSummary: user.TrustId is not null && user.IsIn(TrustRole.BoardMember, TrustRole.AccountableExecutive) && user.MaySend<GetBoardHome>(),
            OversightOrganisation: me.Oversight);
    }

    // One aggregate query per headline: counts are computed in SQL, never by loading the plan.
    private async Task<PlanHeadline> PlanHeadline(DateOnly today, CancellationToken ct) =>
        new(await db.FindingCountsAsync(ct), await db.RootCauses.FiguresAsync(today, ct));

    private async Task<OwnerHeadline> OwnerHeadline(Guid userId, DateOnly today, CancellationToken ct)
    {
        var mine = await db.RootCauses.Where(r => r.OwnerId == userId).FiguresAsync(today, ct);
        var actions = await db.Actions.Where(a => a.OwnerId == userId)
            .Where(a => db.RootCauses.Where(RootCauseRules.Live).Any(r => r.Id == a.RootCauseId)).WithState(today)
            .GroupBy(_ => 1).Select(g => new { Open = g.Count(a => a.Open), Overdue = g.Count(a => a.Overdue) })
            .SingleOrDefaultAsync(ct);
        return new OwnerHeadline(mine.Open, mine.Overdue, actions?.Open ?? 0, actions?.Overdue ?? 0);
    }

    private async Task<ChairHeadline> ChairHeadline(Guid userId, CancellationToken ct)
    {
        var isgs = await db.Isgs.Where(i => i.ChairId == userId).OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        // Each ISG's figures by the Domain's rules, in one grouped query; its awaiting assurance is the ISG page's assurance list.
        var figures = await db.RootCauses.Where(r => db.Isgs.Any(i => i.Id == r.IsgId && i.ChairId == userId))
            .FiguresByAsync(r => r.IsgId, clock.Today(), ct);
        var all = figures.Values;
        return new ChairHeadline(isgs.Select(isg => new ChairIsg(isg.Id, isg.Name, figures.GetValueOrDefault(isg.Id, PlanFigures.None).AwaitingAssurance)).ToList(),
            all.Sum(f => f.RootCauses), all.Sum(f => f.AwaitingAssurance));
    }
}
