using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Sprints;

/// <summary>
/// The owner's one screen: every root cause they own that is in an active sprint, as it stands now (status,
/// forecast, off track, version), with this sprint's narrative and KPI reading where they have sent one.
/// </summary>
[RequiresRole(TrustRole.RootCauseOwner)]
public sealed record GetMySprintUpdates : IQuery<IReadOnlyList<SprintUpdateRow>>;

/// <summary>One root cause on the owner's form.</summary>
/// <param name="RootCauseVersion">The root cause as loaded: a submission against an older version is a conflict.</param>
/// <param name="Status">The root cause's status now; <paramref name="StatusChoices"/> are those the owner may pick.</param>
/// <param name="ForecastDue">The root cause's forecast now.</param>
/// <param name="OffTrack">Whether the root cause is reported off track now.</param>
/// <param name="MayReforecast">False once delivered: the forecast and off-track flag no longer move.</param>
/// <param name="Narrative">This sprint's narrative so far; empty until the first update.</param>
/// <param name="KpiValue">This sprint's KPI reading so far.</param>
/// <param name="UpdateVersion">Null until this sprint has an update for the root cause.</param>
/// <param name="KpiName">The root cause's KPI, whose value the update records; null when it has none (no KPI field is shown).</param>
public sealed record SprintUpdateRow(
    Guid SprintId, int SprintNumber, DateOnly SprintEndsOn, string Isg,
    Guid RootCauseId, string Reference, string Description, DateOnly BaselineDue, int EvidenceCount, long RootCauseVersion,
    RootCauseStatus Status, DateOnly ForecastDue, bool OffTrack, IReadOnlyList<RootCauseStatus> StatusChoices, bool MayReforecast,
    string Narrative, decimal? KpiValue, DateTimeOffset? SubmittedAt, long? UpdateVersion, string? KpiName = null, string? KpiUnit = null)
{
    /// <summary>What the form shows before the owner changes anything: send it back as <see cref="SprintUpdateInput.Seen"/>.</summary>
    public SprintUpdateContent Seen => new(Status, Narrative, ForecastDue, OffTrack, KpiValue);

    /// <summary>This row sent back with what the owner made of it.</summary>
    public SprintUpdateInput Submitting(SprintUpdateContent sent) => new(SprintId, RootCauseId, RootCauseVersion, UpdateVersion, Seen, sent);
}

public sealed class GetMySprintUpdatesHandler(QipDbContext db, ICurrentUser user) : IRequestHandler<GetMySprintUpdates, IReadOnlyList<SprintUpdateRow>>
{
    public async Task<IReadOnlyList<SprintUpdateRow>> Handle(GetMySprintUpdates r, CancellationToken ct)
    {
        var me = user.UserId ?? throw new ForbiddenException("Sign in to update your root causes.");
        var rows = await (
                from item in db.Set<SprintScopeItem>()
                join sprint in db.Sprints on item.SprintId equals sprint.Id
                join rc in db.RootCauses.Where(RootCauseRules.Live) on item.ItemId equals rc.Id
                join isg in db.Isgs on sprint.IsgId equals isg.Id
                where sprint.State == SprintState.Active && item.Kind == ScopeItemKind.RootCause && item.RemovedOn == null
                      && rc.OwnerId == me
                let update = db.SprintUpdates.FirstOrDefault(u => u.SprintId == sprint.Id && u.RootCauseId == rc.Id)
                orderby sprint.EndsOn, rc.Reference
                select new
                {
                    SprintId = sprint.Id, sprint.Number, sprint.EndsOn, Isg = isg.Name,
                    rc.Id, rc.Reference, rc.Description, rc.BaselineDue, rc.Version, rc.Status, rc.ForecastDue, rc.ReportedOffTrack,
                    EvidenceCount = db.Evidence.Count(e => e.RootCauseId == rc.Id), Update = update,
                    Kpi = db.Kpis.Where(k => k.Id == rc.KpiId).Select(k => new { k.Name, k.Unit }).FirstOrDefault(),
                })
            .AsNoTracking().ToListAsync(ct);
        // Status, forecast and off track come from the root cause as it stands, never from an earlier update:
        // an update sent before the plan moved on would otherwise write the old values back.
        return rows.Select(x => new SprintUpdateRow(x.SprintId, x.Number, x.EndsOn, x.Isg,
                x.Id, x.Reference, x.Description, x.BaselineDue, x.EvidenceCount, x.Version,
                x.Status, x.ForecastDue, x.ReportedOffTrack, OwnerReport.StatusChoices(x.Status, x.EvidenceCount > 0), OwnerReport.MayReforecast(x.Status),
                x.Update?.Narrative ?? "", x.Update?.KpiValue, x.Update?.SubmittedAt, x.Update?.Version, x.Kpi?.Name, x.Kpi?.Unit))
            .ToList();
    }
}
