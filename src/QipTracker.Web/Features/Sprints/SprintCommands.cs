using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Sprints;

/// <summary>
/// Sets an ISG's sprint calendar going from a first day (its cadence gives the length). Sprints
/// already run keep their numbers: a new calendar carries on numbering after the last of them.
/// </summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record ScheduleSprints(Guid IsgId, DateOnly FirstStart) : ICommand<SprintRow>;

/// <summary>Starts a planned sprint by hand (the daily job does it on the first day).</summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair)]
public sealed record StartSprint(Guid SprintId, long Version) : ICommand<SprintRow>;

/// <summary>
/// Closes an active sprint by hand, as the daily job does after its last day: the chair is emailed the summary,
/// owners can no longer update it, and what it did not deliver is carried over. Before its last day it needs
/// a <paramref name="Reason"/>, which the sprint keeps.
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair)]
public sealed record CloseSprint(Guid SprintId, long Version, string? Reason = null) : ICommand<SprintRow>;

/// <summary>A sprint as lists show it.</summary>
/// <param name="ClosedOn">The day it closed; null until then.</param>
/// <param name="EarlyCloseReason">Why it closed before its last day; null when it ran its full length.</param>
public sealed record SprintRow(Guid Id, Guid IsgId, int Number, DateOnly StartsOn, DateOnly EndsOn, SprintState State, long Version,
    DateOnly? ClosedOn = null, string? EarlyCloseReason = null)
{
    public static SprintRow Of(Sprint s) => new(s.Id, s.IsgId, s.Number, s.StartsOn, s.EndsOn, s.State, s.Version, s.ClosedOn, s.EarlyCloseReason);
}

public sealed class ScheduleSprintsValidator : AbstractValidator<ScheduleSprints>
{
    public ScheduleSprintsValidator() => RuleFor(r => r.IsgId).NotEmpty();
}

public sealed class CloseSprintValidator : AbstractValidator<CloseSprint>
{
    public CloseSprintValidator() => RuleFor(r => r.Reason).MaximumLength(InputLimits.Text);
}

public sealed class SprintCommandHandlers(QipDbContext db, ICurrentUser user, TimeProvider clock, SprintWork work, SprintCloser closer) :
    IRequestHandler<ScheduleSprints, SprintRow>,
    IRequestHandler<StartSprint, SprintRow>,
    IRequestHandler<CloseSprint, SprintRow>
{
    public async Task<SprintRow> Handle(ScheduleSprints r, CancellationToken ct)
    {
        var isg = await db.Isgs.SingleOrDefaultAsync(i => i.Id == r.IsgId, ct) ?? throw new NotFoundException($"ISG {r.IsgId}");
        var last = await db.Sprints.Where(s => s.IsgId == isg.Id).OrderByDescending(s => s.Number).FirstOrDefaultAsync(ct);
        if (last is not null && r.FirstStart <= last.EndsOn)
            throw new Domain.Common.DomainException($"Sprint {last.Number} of {isg.Name} runs to {UkDate.Format(last.EndsOn)}: a new calendar must start after it.");
        if (await db.Sprints.AnyAsync(s => s.IsgId == isg.Id && s.State == SprintState.Planned, ct))
            db.Sprints.RemoveRange(db.Sprints.Where(s => s.IsgId == isg.Id && s.State == SprintState.Planned));
        isg.ScheduleSprints(r.FirstStart, (last?.Number ?? 0) + 1);

        var first = new Sprint(isg.TrustId, isg.Id, SprintCalendar.Of(isg)!.Sprint(isg.FirstSprintNumber));
        db.Sprints.Add(first);
        await db.SaveChangesAsync(ct);
        return SprintRow.Of(first);
    }

    public async Task<SprintRow> Handle(StartSprint r, CancellationToken ct)
    {
        var sprint = await ChairsSprintAsync(r.SprintId, r.Version, ct);
        await work.StartAsync(sprint, clock.Today(), ct);
        await db.SaveChangesAsync(ct);
        return SprintRow.Of(sprint);
    }

    public async Task<SprintRow> Handle(CloseSprint r, CancellationToken ct)
    {
        // Only this ISG's chair or the PMO gets past here: the Domain's early-close rule is told so.
        var sprint = await ChairsSprintAsync(r.SprintId, r.Version, ct);
        await closer.CloseAsync(sprint, ct, r.Reason, byChairOrPmo: true);
        await db.SaveChangesAsync(ct);
        return SprintRow.Of(sprint);
    }

    /// <summary>A chair runs the sprints of the ISGs they chair; the PMO runs any.</summary>
    private async Task<Sprint> ChairsSprintAsync(Guid sprintId, long version, CancellationToken ct)
    {
        var sprint = await work.FindAsync(sprintId, ct) ?? throw new NotFoundException($"Sprint {sprintId}");
        if (!user.IsIn(TrustRole.Pmo))
        {
            var chairId = await db.Isgs.Where(i => i.Id == sprint.IsgId).Select(i => i.ChairId).SingleAsync(ct);
            if (chairId != user.UserId) throw new ForbiddenException("You do not chair this ISG: only its chair or the PMO runs its sprints.");
        }
        db.ExpectVersion(sprint, version);
        return sprint;
    }
}
