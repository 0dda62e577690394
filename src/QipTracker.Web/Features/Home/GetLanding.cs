using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Home;

/// <summary>What the landing page shows a person: who they are, where, and the headline of their part of the plan.</summary>
[AnySignedInUser]
public sealed record GetLanding : IQuery<Landing>;

public sealed record Landing(
    string DisplayName,
    string? TrustName,
    IReadOnlyList<TrustRole> Roles,
    bool IsSystemAdmin,
    PlanHeadline? Plan,
    OwnerHeadline? Owner,
    ChairHeadline? Chair,
    int? TrustCount,
    IReadOnlyList<TrustChoice> OtherTrusts);

public sealed record PlanHeadline(int Findings, int MustDo, int ShouldDo, int RootCauses, int Delivered, int Overdue);
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
        var me = await db.Users.Where(u => u.Id == userId).Select(u => new { u.DisplayName }).SingleAsync(ct);
        var trustName = user.TrustId is null ? null
            : await db.Trusts.Where(t => t.Id == user.TrustId).Select(t => t.Name).SingleOrDefaultAsync(ct);
        var otherTrusts = await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == userId && m.TrustId != user.TrustId)
            .Join(db.Trusts.IgnoreQueryFilters(), m => m.TrustId, t => t.Id, (m, t) => new TrustChoice(t.Id, t.Name))
            .Distinct().ToListAsync(ct);

        PlanHeadline? plan = null;
        OwnerHeadline? owner = null;
        ChairHeadline? chair = null;
        if (user.TrustId is not null)
        {
            plan = await PlanHeadline(today, ct);
            if (user.IsIn(TrustRole.RootCauseOwner)) owner = await OwnerHeadline(userId, today, ct);
            if (user.IsIn(TrustRole.IsgChair)) chair = await ChairHeadline(userId, ct);
        }
        int? trustCount = user.IsSystemAdmin ? await db.Trusts.IgnoreQueryFilters().CountAsync(ct) : null;

        return new Landing(me.DisplayName, trustName, user.Roles.Order().ToList(), user.IsSystemAdmin,
            plan, owner, chair, trustCount, otherTrusts.OrderBy(t => t.Name).ToList());
    }

    // One aggregate query per headline: counts are computed in SQL, never by loading the plan.
    private async Task<PlanHeadline> PlanHeadline(DateOnly today, CancellationToken ct)
    {
        var findings = await db.Findings.GroupBy(_ => 1).Select(g => new
        {
            All = g.Count(),
            MustDo = g.Count(f => f.Kind == FindingKind.MustDo || f.Kind == FindingKind.NoticeRequirement),
        }).SingleOrDefaultAsync(ct);
        var rootCauses = await db.RootCauses.Where(r => r.WithdrawnOn == null).GroupBy(_ => 1).Select(g => new
        {
            All = g.Count(),
            Delivered = g.Count(r => r.Status >= RootCauseStatus.Completed),
            Overdue = g.Count(r => r.Status < RootCauseStatus.Completed && r.BaselineDue < today),
        }).SingleOrDefaultAsync(ct);
        return new PlanHeadline(findings?.All ?? 0, findings?.MustDo ?? 0, (findings?.All ?? 0) - (findings?.MustDo ?? 0),
            rootCauses?.All ?? 0, rootCauses?.Delivered ?? 0, rootCauses?.Overdue ?? 0);
    }

    private async Task<OwnerHeadline> OwnerHeadline(Guid userId, DateOnly today, CancellationToken ct)
    {
        var mine = db.RootCauses.Where(r => r.OwnerId == userId && r.WithdrawnOn == null && r.Status < RootCauseStatus.Completed);
        var actions = db.Actions.Where(a => a.OwnerId == userId && (a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress));
        return new OwnerHeadline(
            await mine.CountAsync(ct), await mine.CountAsync(r => r.BaselineDue < today, ct),
            await actions.CountAsync(ct), await actions.CountAsync(a => a.DueOn < today, ct));
    }

    private async Task<ChairHeadline> ChairHeadline(Guid userId, CancellationToken ct)
    {
        var isgs = await db.Isgs.Where(i => i.ChairId == userId).OrderBy(i => i.Name)
            .Select(i => new
            {
                i.Id, i.Name,
                RootCauses = db.RootCauses.Count(r => r.IsgId == i.Id && r.WithdrawnOn == null),
                // The ISG page's assurance list, by the same rule.
                Awaiting = db.RootCauses.Where(RootCauseStates.AwaitingAssurance).Count(r => r.IsgId == i.Id),
            })
            .ToListAsync(ct);
        return new ChairHeadline(isgs.Select(i => new ChairIsg(i.Id, i.Name, i.Awaiting)).ToList(),
            isgs.Sum(i => i.RootCauses), isgs.Sum(i => i.Awaiting));
    }
}
