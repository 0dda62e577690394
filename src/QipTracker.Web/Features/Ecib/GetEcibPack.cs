using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.ChangeRequests;

namespace QipTracker.Web.Features.Ecib;

/// <summary>
/// The weekly ECIB pack: every off-track or overdue root cause with its escalation level and the owner's
/// recovery plan, worst first, and the change requests waiting for the board's decision.
/// </summary>
[RequiresRole(TrustRole.AccountableExecutive, TrustRole.Pmo, TrustRole.BoardMember)]
public sealed record GetEcibPack(DateOnly? AsOf = null) : IQuery<EcibPack>;

public sealed record EcibPack(DateOnly AsOf, IReadOnlyList<OffTrackItem> OffTrack, IReadOnlyList<ChangeRequestDto> PendingChanges);

/// <param name="Level">The highest open escalation, if it has climbed the ladder yet.</param>
public sealed record OffTrackItem(Guid RootCauseId, string Reference, string Description, string Isg, string Owner,
    PriorityClass Priority, DateOnly BaselineDue, DateOnly ForecastDue, int DaysOverdue, bool ReportedOffTrack,
    EscalationLevel? Level, string? RecoveryPlan);

public sealed class GetEcibPackHandler(QipDbContext db, TimeProvider clock) : IRequestHandler<GetEcibPack, EcibPack>
{
    public Task<EcibPack> Handle(GetEcibPack r, CancellationToken ct) => EcibPackView.LoadAsync(db, r.AsOf ?? clock.Today(), ct);
}

/// <summary>The ECIB pack as <see cref="GetEcibPack"/> answers it: shared with the weekly email (<see cref="SendEcibPack"/>).</summary>
public static class EcibPackView
{
    public static async Task<EcibPack> LoadAsync(QipDbContext db, DateOnly asOf, CancellationToken ct)
    {
        var rows = await db.RootCauses
            .Where(RootCauseRules.OffTrackOrOverdue(asOf))
            .Select(rc => new
            {
                rc.Id, rc.Reference, rc.Description, rc.Priority, rc.BaselineDue, rc.ForecastDue, rc.ReportedOffTrack,
                Isg = db.Isgs.Where(i => i.Id == rc.IsgId).Select(i => i.Name).FirstOrDefault() ?? "",
                Owner = db.Users.Where(u => u.Id == rc.OwnerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
            })
            .ToListAsync(ct);
        var ids = rows.Select(x => x.Id).ToList();
        var escalations = (await db.Escalations
                .Where(e => e.ResolvedOn == null && e.ItemKind == EscalatedItemKind.RootCause && ids.Contains(e.ItemId))
                .Select(e => new { e.ItemId, e.Level, e.RecoveryPlan, e.RecoveryPlanAt })
                .ToListAsync(ct))
            .ToLookup(e => e.ItemId);

        var offTrack = rows.Select(x =>
            {
                var open = escalations[x.Id].ToList();
                return new OffTrackItem(x.Id, x.Reference, x.Description, x.Isg, x.Owner, x.Priority, x.BaselineDue, x.ForecastDue,
                    Math.Max(0, asOf.DayNumber - x.BaselineDue.DayNumber), x.ReportedOffTrack,
                    open.Count == 0 ? null : open.Max(e => e.Level),
                    open.Where(e => e.RecoveryPlan is not null).OrderByDescending(e => e.RecoveryPlanAt).Select(e => e.RecoveryPlan).FirstOrDefault());
            })
            .OrderByDescending(i => i.Level).ThenByDescending(i => i.DaysOverdue).ThenBy(i => i.Reference)
            .ToList();
        var pending = await ChangeRequestView.ListAsync(db, ChangeStatus.Pending, null, ct);
        return new EcibPack(asOf, offTrack, pending);
    }
}
