using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Actions;

namespace QipTracker.Web.Features.Register;

/// <summary>
/// A root-cause owner's own work: their live root causes and their actions, overdue first, then
/// what is still open, then what is delivered or done.
/// </summary>
[RequiresRole(TrustRole.RootCauseOwner)]
public sealed record GetMyWork : IQuery<MyWork>;

/// <param name="Figures">Their root causes' headline figures, as every screen counts them.</param>
public sealed record MyWork(IReadOnlyList<MyRootCause> RootCauses, IReadOnlyList<MyAction> Actions, PlanFigures Figures, int OpenActions, int OverdueActions);

public sealed record MyRootCause(Guid Id, string Reference, string Description, string Isg, PriorityClass Priority,
    DateOnly BaselineDue, DateOnly ForecastDue, RootCauseStatus Status, Rag Rag, bool Overdue, bool ReportedOffTrack,
    int EvidenceCount, string? ReviewComment, long Version);

public sealed record MyAction(Guid Id, Guid RootCauseId, string RootCauseReference, string Title, DateOnly DueOn,
    ActionStatus Status, string? ProgressNote, bool Overdue, long Version);

public sealed class GetMyWorkHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetMyWork, MyWork>
{
    public async Task<MyWork> Handle(GetMyWork request, CancellationToken ct)
    {
        var me = user.UserId!.Value;
        var today = clock.Today();

        var rootCauses = await db.RootCauses.Where(r => r.OwnerId == me).Where(RootCauseRules.Live).WithRag(today)
            .Select(x => new
            {
                Row = x,
                x.Overdue,
                x.Open,
                Isg = db.Isgs.Where(i => i.Id == x.RootCause.IsgId).Select(i => i.Name).FirstOrDefault(),
                Evidence = db.Evidence.Count(e => e.RootCauseId == x.RootCause.Id),
            })
            .OrderByDescending(x => x.Overdue)
            .ThenByDescending(x => x.Open)
            .ThenBy(x => x.Row.RootCause.BaselineDue).ThenBy(x => x.Row.RootCause.Reference)
            .Select(x => new MyRootCause(x.Row.RootCause.Id, x.Row.RootCause.Reference, x.Row.RootCause.Description, x.Isg ?? "",
                x.Row.RootCause.Priority, x.Row.RootCause.BaselineDue, x.Row.RootCause.ForecastDue, x.Row.RootCause.Status, x.Row.Rag,
                x.Overdue, x.Row.RootCause.ReportedOffTrack, x.Evidence, x.Row.RootCause.ReviewComment, x.Row.RootCause.Version))
            .ToListAsync(ct);

        var actions = await db.Actions.Where(a => a.OwnerId == me).WithState(today)
            .Join(db.RootCauses.Where(RootCauseRules.Live), x => x.Action.RootCauseId, r => r.Id, (x, r) => new { x.Action, r.Reference, x.Open, x.Overdue })
            .OrderByDescending(x => x.Overdue)
            .ThenByDescending(x => x.Open)
            .ThenBy(x => x.Action.DueOn)
            .Select(x => new
            {
                x.Open,
                Row = new MyAction(x.Action.Id, x.Action.RootCauseId, x.Reference, x.Action.Title, x.Action.DueOn,
                    x.Action.Status, x.Action.ProgressNote, x.Overdue, x.Action.Version),
            })
            .ToListAsync(ct);
        var figures = await db.RootCauses.Where(r => r.OwnerId == me).FiguresAsync(today, ct);

        return new MyWork(rootCauses, [.. actions.Select(a => a.Row)], figures, actions.Count(a => a.Open), actions.Count(a => a.Row.Overdue));
    }
}
