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

/// <summary>Submits (or revises) the owner's updates from the one screen, all in one transaction: all or nothing.</summary>
[RequiresRole(TrustRole.RootCauseOwner)]
public sealed record SubmitSprintUpdates(IReadOnlyList<SprintUpdateInput> Items) : ICommand<int>;

/// <summary>
/// One root cause's update: what the form showed (<paramref name="Seen"/>, with the versions it was loaded at) and
/// what the owner sent (<paramref name="Sent"/>). Only the fields that differ move the root cause.
/// </summary>
public sealed record SprintUpdateInput(Guid SprintId, Guid RootCauseId, long RootCauseVersion, long? UpdateVersion,
    SprintUpdateContent Seen, SprintUpdateContent Sent);

public sealed class SubmitSprintUpdatesValidator : AbstractValidator<SubmitSprintUpdates>
{
    public SubmitSprintUpdatesValidator()
    {
        RuleFor(r => r.Items).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("There is nothing to submit.")
            .Must(items => items.DistinctBy(i => (i.SprintId, i.RootCauseId)).Count() == items.Count)
            .WithMessage("Each root cause is updated once per submission.");
        RuleForEach(r => r.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Seen).NotNull().WithMessage("Send what the form showed (seen) with what you changed (sent).");
            item.RuleFor(i => i.Sent).NotNull().WithMessage("Send what you changed (sent) with what the form showed (seen).");
            item.RuleFor(i => i.Seen.Narrative).MaximumLength(InputLimits.Text).When(i => i.Seen is not null);
            item.RuleFor(i => i.Sent.Narrative).NotEmpty().WithMessage("Say in a sentence or two how the work stands.")
                .MaximumLength(InputLimits.Text).When(i => i.Sent is not null);
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

        // Every item is checked before anything moves, so a conflict anywhere writes nothing and names every root cause it is about.
        var conflicts = new List<string>();
        foreach (var item in r.Items)
        {
            var sprint = sprints.GetValueOrDefault(item.SprintId) ?? throw new NotFoundException($"Sprint {item.SprintId}");
            var rootCause = rootCauses.GetValueOrDefault(item.RootCauseId) ?? throw new NotFoundException($"Root cause {item.RootCauseId}");
            if (rootCause.OwnerId != me)
                throw new ForbiddenException($"You do not own {rootCause.Reference}: owners update their own root causes.");
            if (!sprint.InScope.Any(i => i.Kind == ScopeItemKind.RootCause && i.ItemId == rootCause.Id))
                throw new DomainException($"{rootCause.Reference} is not in sprint {sprint.Number}.");
            var update = existing.GetValueOrDefault((sprint.Id, rootCause.Id));
            if (rootCause.Version != item.RootCauseVersion || update?.Version != item.UpdateVersion)
                conflicts.Add(rootCause.Reference);
        }
        if (conflicts.Count > 0)
            throw new ConflictException($"{string.Join(", ", conflicts.Distinct().Order())} changed since you opened the form (on another page, in another tab, " +
                "or by the ISG's chair). Nothing was submitted: check how it stands now and send your update again.");

        foreach (var (item, index) in r.Items.Select((item, index) => (item, index)))
        {
            var sprint = sprints[item.SprintId];
            var rootCause = rootCauses[item.RootCauseId];
            var mine = existing.GetValueOrDefault((sprint.Id, rootCause.Id));
            // Pins the versions loaded: the database refuses the save if someone gets in between.
            db.ExpectVersion(rootCause, item.RootCauseVersion);
            if (mine is not null) db.ExpectVersion(mine, item.UpdateVersion!.Value);
            try
            {
                var content = OwnerReport.Apply(rootCause, item.Seen, item.Sent, today);
                var update = SprintUpdate.SubmitOrRevise(sprint, mine, rootCause.Id, me, content, now);
                if (mine is null) db.SprintUpdates.Add(update);
            }
            catch (DomainException e)
            {
                // Name the row, so the owner knows which of their root causes needs attention.
                throw new RequestValidationException(new Dictionary<string, string[]> { [$"Items[{index}]"] = [$"{rootCause.Reference}: {e.Message}"] });
            }
        }
        // A new KPI value becomes the KPI's measurement for the period the sprint ends in (today's, if the sprint ends later).
        await Kpis.SprintKpiValues.RecordAsync(db, r.Items
            .Where(i => OwnerReport.KpiValueChanged(i.Seen, i.Sent) && rootCauses[i.RootCauseId].KpiId is not null)
            .Select(i => (rootCauses[i.RootCauseId].KpiId!.Value, Min(sprints[i.SprintId].EndsOn, today), i.Sent.KpiValue!.Value)).ToList(), me, now, ct);
        await db.SaveChangesAsync(ct);
        return r.Items.Count;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
