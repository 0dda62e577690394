using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Actions;

namespace QipTracker.Web.Features.Register;

/// <summary>
/// A root-cause owner's own work: their live root causes and their actions, overdue first, then
/// what is still open, then what is delivered or done; each root cause with this sprint's update (if it is
/// in an active sprint) and the chair's comment if it was sent back. The agenda says what to do first:
/// what was sent back, the updates due this sprint, and what is overdue (the owner's Home shows it too).
/// </summary>
[RequiresRole(TrustRole.RootCauseOwner)]
public sealed record GetMyWork : IQuery<MyWork>;

/// <param name="Figures">Their root causes' headline figures, as every screen counts them.</param>
/// <param name="Agenda">What to do first: sent back, updates due, then what is overdue.</param>
public sealed record MyWork(IReadOnlyList<MyRootCause> RootCauses, IReadOnlyList<MyAction> Actions, PlanFigures Figures, int OpenActions, int OverdueActions,
    IReadOnlyList<AgendaItem> Agenda);

/// <param name="SentBack">The chair's comment, while it is sent back and not completed again.</param>
/// <param name="Sprint">The active sprint it is in, with the owner's update so far; null when it is in none.</param>
/// <param name="KpiName">Its KPI, whose value a sprint update records; null when it has none.</param>
/// <param name="StatusChoices">The statuses the owner may pick now (<see cref="OwnerReport.StatusChoices"/>).</param>
/// <param name="MayReforecast">Whether its forecast and off-track flag can still move: not once delivered.</param>
public sealed record MyRootCause(Guid Id, string Reference, string Description, string Isg, PriorityClass Priority,
    DateOnly BaselineDue, DateOnly ForecastDue, RootCauseStatus Status, RootCauseState State, Rag Rag, bool Overdue, bool ReportedOffTrack,
    int EvidenceCount, SentBackNote? SentBack, MySprintUpdate? Sprint, string? KpiName, string? KpiUnit, long Version,
    IReadOnlyList<RootCauseStatus> StatusChoices, bool MayReforecast);

public sealed record SentBackNote(string Comment, DateOnly On, string By);

/// <param name="SentAt">When this sprint's update was sent; null while it is still due.</param>
public sealed record MySprintUpdate(Guid SprintId, int Number, DateOnly EndsOn, DateTimeOffset? SentAt, string? Narrative, decimal? KpiValue, long? UpdateVersion);

public sealed record MyAction(Guid Id, Guid RootCauseId, string RootCauseReference, string Title, DateOnly DueOn,
    ActionStatus Status, string? ProgressNote, bool Overdue, long Version);

/// <summary>What the owner should do, most pressing first.</summary>
public enum AgendaKind { SentBack, UpdateDue, OverdueRootCause, OverdueAction }

/// <param name="What">The root cause's description, or the action's title.</param>
/// <param name="By">The sprint's last day (an update due), or the date it was due (overdue).</param>
/// <param name="Note">The chair's comment (sent back).</param>
/// <param name="From">Who sent it back, and <paramref name="On"/> when.</param>
public sealed record AgendaItem(AgendaKind Kind, Guid RootCauseId, string Reference, string What, DateOnly? By = null,
    string? Note = null, string? From = null, DateOnly? On = null);

public sealed class GetMyWorkHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetMyWork, MyWork>
{
    public async Task<MyWork> Handle(GetMyWork request, CancellationToken ct)
    {
        var me = user.UserId!.Value;
        var today = clock.Today();

        var rows = await db.RootCauses.Where(r => r.OwnerId == me).Where(RootCauseRules.Live).WithRag(today)
            .Select(x => new
            {
                Row = x,
                x.Overdue,
                x.Open,
                Isg = db.Isgs.Where(i => i.Id == x.RootCause.IsgId).Select(i => i.Name).FirstOrDefault(),
                Evidence = db.Evidence.Count(e => e.RootCauseId == x.RootCause.Id),
                SentBackBy = db.Users.Where(u => u.Id == x.RootCause.SentBackBy).Select(u => u.DisplayName).FirstOrDefault(),
                Kpi = db.Kpis.Where(k => k.Id == x.RootCause.KpiId).Select(k => k.Name).FirstOrDefault(),
                KpiUnit = db.Kpis.Where(k => k.Id == x.RootCause.KpiId).Select(k => k.Unit).FirstOrDefault(),
            })
            .OrderByDescending(x => x.Overdue)
            .ThenByDescending(x => x.Open)
            .ThenBy(x => x.Row.RootCause.BaselineDue).ThenBy(x => x.Row.RootCause.Reference)
            .AsNoTracking()
            .ToListAsync(ct);
        var sprints = await SprintUpdatesAsync(rows.Select(x => x.Row.RootCause.Id).ToList(), ct);

        var rootCauses = rows.Select(x =>
        {
            var rc = x.Row.RootCause;
            var sentBack = rc.State == RootCauseState.SentBack && rc.SentBackOn is { } on ? new SentBackNote(rc.ReviewComment ?? "", on, x.SentBackBy ?? "Your ISG chair") : null;
            return new MyRootCause(rc.Id, rc.Reference, rc.Description, x.Isg ?? "", rc.Priority, rc.BaselineDue, rc.ForecastDue, rc.Status, rc.State,
                x.Row.Rag, x.Overdue, rc.ReportedOffTrack, x.Evidence, sentBack, sprints.GetValueOrDefault(rc.Id), x.Kpi, x.KpiUnit, rc.Version,
                OwnerReport.StatusChoices(rc.Status, x.Evidence > 0), OwnerReport.MayReforecast(rc.Status));
        }).ToList();

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

        var actionRows = actions.Select(a => a.Row).ToList();
        return new MyWork(rootCauses, actionRows, figures, actions.Count(a => a.Open), actions.Count(a => a.Row.Overdue),
            Agenda(rootCauses, actionRows));
    }

    /// <summary>Sent back first (the chair is waiting), then the updates due, soonest sprint end first, then what is overdue.</summary>
    private static List<AgendaItem> Agenda(IReadOnlyList<MyRootCause> rootCauses, IReadOnlyList<MyAction> actions) =>
        rootCauses.Where(r => r.SentBack is not null)
            .Select(r => new AgendaItem(AgendaKind.SentBack, r.Id, r.Reference, r.Description, Note: r.SentBack!.Comment, From: r.SentBack.By, On: r.SentBack.On))
            .Concat(rootCauses.Where(r => r.Sprint is { SentAt: null }).OrderBy(r => r.Sprint!.EndsOn).ThenBy(r => r.Reference)
                .Select(r => new AgendaItem(AgendaKind.UpdateDue, r.Id, r.Reference, r.Description, By: r.Sprint!.EndsOn)))
            .Concat(rootCauses.Where(r => r.Overdue).OrderBy(r => r.BaselineDue)
                .Select(r => new AgendaItem(AgendaKind.OverdueRootCause, r.Id, r.Reference, r.Description, By: r.BaselineDue)))
            .Concat(actions.Where(a => a.Overdue).OrderBy(a => a.DueOn)
                .Select(a => new AgendaItem(AgendaKind.OverdueAction, a.RootCauseId, a.RootCauseReference, a.Title, By: a.DueOn)))
            .ToList();

    /// <summary>The active sprint each root cause is in (its scope, not removed) and this owner's update in it, if sent.</summary>
    private async Task<Dictionary<Guid, MySprintUpdate>> SprintUpdatesAsync(List<Guid> rootCauseIds, CancellationToken ct)
    {
        var slots = await (
                from item in db.Set<SprintScopeItem>()
                join sprint in db.Sprints on item.SprintId equals sprint.Id
                where sprint.State == SprintState.Active && item.Kind == ScopeItemKind.RootCause && item.RemovedOn == null
                      && rootCauseIds.Contains(item.ItemId)
                select new { item.ItemId, SprintId = sprint.Id, sprint.Number, sprint.EndsOn })
            .ToListAsync(ct);
        var sprintIds = slots.Select(s => s.SprintId).Distinct().ToList();
        var updates = await db.SprintUpdates.Where(u => sprintIds.Contains(u.SprintId) && rootCauseIds.Contains(u.RootCauseId))
            .Select(u => new { u.SprintId, u.RootCauseId, u.SubmittedAt, u.Narrative, u.KpiValue, u.Version })
            .ToListAsync(ct);
        return slots.GroupBy(s => s.ItemId).ToDictionary(g => g.Key, g =>
        {
            var slot = g.OrderBy(s => s.EndsOn).First();
            var update = updates.FirstOrDefault(u => u.SprintId == slot.SprintId && u.RootCauseId == slot.ItemId);
            return new MySprintUpdate(slot.SprintId, slot.Number, slot.EndsOn, update?.SubmittedAt, update?.Narrative, update?.KpiValue, update?.Version);
        });
    }
}
