using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Sprints;

/// <summary>
/// Sets an ISG's sprint calendar going from a first day (its cadence gives the length). Sprints
/// already run keep their numbers: a new calendar carries on numbering after the last of them.
/// </summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record ScheduleSprints(Guid IsgId, DateOnly FirstStart) : ICommand<SprintRow>;

public sealed class ScheduleSprintsValidator : AbstractValidator<ScheduleSprints>
{
    public ScheduleSprintsValidator() => RuleFor(r => r.IsgId).NotEmpty();
}

public sealed class ScheduleSprintsHandler(QipDbContext db) : IRequestHandler<ScheduleSprints, SprintRow>
{
    public async Task<SprintRow> Handle(ScheduleSprints r, CancellationToken ct)
    {
        var isg = await db.Isgs.SingleOrDefaultAsync(i => i.Id == r.IsgId, ct) ?? throw new NotFoundException($"ISG {r.IsgId}");
        var last = await db.Sprints.Where(s => s.IsgId == isg.Id).OrderByDescending(s => s.Number).FirstOrDefaultAsync(ct);
        if (last is not null && r.FirstStart <= last.EndsOn)
            throw new DomainException($"Sprint {last.Number} of {isg.Name} runs to {UkDate.Format(last.EndsOn)}: a new calendar must start after it.");
        if (await db.Sprints.AnyAsync(s => s.IsgId == isg.Id && s.State == SprintState.Planned, ct))
            db.Sprints.RemoveRange(db.Sprints.Where(s => s.IsgId == isg.Id && s.State == SprintState.Planned));
        isg.ScheduleSprints(r.FirstStart, (last?.Number ?? 0) + 1);

        var first = new Sprint(isg.TrustId, isg.Id, SprintCalendar.Of(isg)!.Sprint(isg.FirstSprintNumber));
        db.Sprints.Add(first);
        await db.SaveChangesAsync(ct);
        return SprintRow.Of(first);
    }
}
