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

public sealed class SubmitSprintUpdatesHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SubmitSprintUpdates, int>
{
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
