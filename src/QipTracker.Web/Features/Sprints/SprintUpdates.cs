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
/// The owner's one screen: every root cause they own that is in an active sprint, with this sprint's
/// update so far (if any) or the root cause's current values to start from.
/// </summary>
[RequiresRole(TrustRole.RootCauseOwner)]
public sealed record GetMySprintUpdates : IQuery<IReadOnlyList<SprintUpdateRow>>;

/// <param name="UpdateVersion">Null until this sprint has an update for the root cause.</param>
/// <param name="KpiName">The root cause's KPI, whose value the update records; null when it has none (no KPI field is shown).</param>
public sealed record SprintUpdateRow(
    Guid SprintId, int SprintNumber, DateOnly SprintEndsOn, string Isg,
    Guid RootCauseId, string Reference, string Description, DateOnly BaselineDue, RootCauseStatus CurrentStatus, int EvidenceCount,
    RootCauseStatus Status, string Narrative, DateOnly ForecastDue, bool OffTrack, decimal? KpiValue,
    DateTimeOffset? SubmittedAt, long? UpdateVersion, string? KpiName = null, string? KpiUnit = null);

/// <summary>Submits (or revises) the owner's updates from the one screen, all in one transaction.</summary>
[RequiresRole(TrustRole.RootCauseOwner)]
public sealed record SubmitSprintUpdates(IReadOnlyList<SprintUpdateInput> Items) : ICommand<int>;

public sealed record SprintUpdateInput(Guid SprintId, Guid RootCauseId, RootCauseStatus Status, string Narrative,
    DateOnly ForecastDue, bool OffTrack, decimal? KpiValue, long? UpdateVersion);

public sealed class SubmitSprintUpdatesValidator : AbstractValidator<SubmitSprintUpdates>
{
    public SubmitSprintUpdatesValidator()
    {
        RuleFor(r => r.Items).NotEmpty().WithMessage("There is nothing to submit.");
        RuleForEach(r => r.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Narrative).NotEmpty().WithMessage("Say in a sentence or two how the work stands.").MaximumLength(InputLimits.Text);
            item.RuleFor(i => i.Status).Must(s => s <= RootCauseStatus.Completed)
                .WithMessage("An owner reports Not started, In progress or Completed; assurance is the chair's decision.");
        });
    }
}

public sealed class SprintUpdateHandlers(QipDbContext db, ICurrentUser user, TimeProvider clock) :
    IRequestHandler<GetMySprintUpdates, IReadOnlyList<SprintUpdateRow>>,
    IRequestHandler<SubmitSprintUpdates, int>
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
                    SprintId = sprint.Id, sprint.Number, sprint.EndsOn, Isg = isg.Name, RootCause = rc,
                    EvidenceCount = db.Evidence.Count(e => e.RootCauseId == rc.Id), Update = update,
                    Kpi = db.Kpis.Where(k => k.Id == rc.KpiId).Select(k => new { k.Name, k.Unit }).FirstOrDefault(),
                })
            .AsNoTracking().ToListAsync(ct);
        return rows.Select(x => x.Update is { } u
                ? new SprintUpdateRow(x.SprintId, x.Number, x.EndsOn, x.Isg, x.RootCause.Id, x.RootCause.Reference, x.RootCause.Description,
                    x.RootCause.BaselineDue, x.RootCause.Status, x.EvidenceCount, u.Status, u.Narrative, u.ForecastDue, u.OffTrack, u.KpiValue, u.SubmittedAt, u.Version,
                    x.Kpi?.Name, x.Kpi?.Unit)
                : new SprintUpdateRow(x.SprintId, x.Number, x.EndsOn, x.Isg, x.RootCause.Id, x.RootCause.Reference, x.RootCause.Description,
                    x.RootCause.BaselineDue, x.RootCause.Status, x.EvidenceCount,
                    x.RootCause.Status > RootCauseStatus.Completed ? RootCauseStatus.Completed : x.RootCause.Status,
                    "", x.RootCause.ForecastDue, x.RootCause.ReportedOffTrack, null, null, null, x.Kpi?.Name, x.Kpi?.Unit))
            .ToList();
    }

    public async Task<int> Handle(SubmitSprintUpdates r, CancellationToken ct)
    {
        var me = user.UserId ?? throw new ForbiddenException("Sign in to update your root causes.");
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var sprintIds = r.Items.Select(i => i.SprintId).Distinct().ToList();
        var rootCauseIds = r.Items.Select(i => i.RootCauseId).Distinct().ToList();
        var sprints = await db.Sprints.Include(s => s.Scope).Where(s => sprintIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var rootCauses = await db.RootCauses.Include(rc => rc.Evidence).Where(rc => rootCauseIds.Contains(rc.Id)).ToDictionaryAsync(rc => rc.Id, ct);
        var existing = await db.SprintUpdates.Where(u => sprintIds.Contains(u.SprintId) && rootCauseIds.Contains(u.RootCauseId))
            .ToDictionaryAsync(u => (u.SprintId, u.RootCauseId), ct);

        foreach (var (item, index) in r.Items.Select((item, index) => (item, index)))
        {
            var sprint = sprints.GetValueOrDefault(item.SprintId) ?? throw new NotFoundException($"Sprint {item.SprintId}");
            var rootCause = rootCauses.GetValueOrDefault(item.RootCauseId) ?? throw new NotFoundException($"Root cause {item.RootCauseId}");
            if (rootCause.OwnerId != me)
                throw new ForbiddenException($"You do not own {rootCause.Reference}: owners update their own root causes.");
            if (!sprint.InScope.Any(i => i.Kind == ScopeItemKind.RootCause && i.ItemId == rootCause.Id))
                throw new DomainException($"{rootCause.Reference} is not in sprint {sprint.Number}.");

            var mine = existing.GetValueOrDefault((sprint.Id, rootCause.Id));
            if (mine is not null) db.ExpectVersion(mine, item.UpdateVersion ?? -1);
            else if (item.UpdateVersion is not null)
                throw new ConflictException($"The update on {rootCause.Reference} was removed by someone else. Reload and submit again.");

            try
            {
                var content = new SprintUpdateContent(item.Status, item.Narrative, item.ForecastDue, item.OffTrack, item.KpiValue);
                var update = SprintUpdate.SubmitOrRevise(sprint, mine, rootCause.Id, me, content, now);
                if (mine is null) db.SprintUpdates.Add(update);
                Apply(rootCause, item, today);
            }
            catch (DomainException e)
            {
                // Name the row, so the owner knows which of their root causes needs attention.
                throw new RequestValidationException(new Dictionary<string, string[]> { [$"Items[{index}]"] = [$"{rootCause.Reference}: {e.Message}"] });
            }
        }
        // The KPI value becomes the KPI's measurement for the period the sprint ends in (today's, if the sprint ends later).
        await Kpis.SprintKpiValues.RecordAsync(db, r.Items.Where(i => i.KpiValue is not null && rootCauses[i.RootCauseId].KpiId is not null)
            .Select(i => (rootCauses[i.RootCauseId].KpiId!.Value, Min(sprints[i.SprintId].EndsOn, today), i.KpiValue!.Value)).ToList(), me, now, ct);
        await db.SaveChangesAsync(ct);
        return r.Items.Count;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>The update moves the root cause too: its forecast and off-track flag, and starting or completing it.</summary>
    private static void Apply(RootCause rootCause, SprintUpdateInput item, DateOnly today)
    {
        if (rootCause.Status.IsDelivered()) return;
        if (item.Status == RootCauseStatus.Completed)
        {
            rootCause.MarkCompleted(today);
            return;
        }
        // "Not started" leaves a not-started root cause alone: reporting progress would start it.
        if (item.Status == RootCauseStatus.InProgress || rootCause.Status == RootCauseStatus.InProgress)
            rootCause.ReportProgress(item.ForecastDue, item.OffTrack, today);
    }
}
