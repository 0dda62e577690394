using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Actions;

/// <param name="MayUpdate">Whether the reader may move it on (<see cref="ActionAccess"/>), as <see cref="UpdateAction"/> checks.</param>
public sealed record ActionDto(Guid Id, Guid RootCauseId, string Title, Guid OwnerId, string Owner, DateOnly DueOn,
    ActionStatus Status, string? ProgressNote, DateOnly? DoneOn, bool Overdue, long Version, bool MayUpdate = false);

/// <summary>Actions as people read them, with what the reader may do: shared by <see cref="ListActions"/> and the commands that answer with one.</summary>
public static class ActionView
{
    public static async Task<List<ActionDto>> QueryAsync(QipDbContext db, ICurrentUser user, DateOnly today,
        System.Linq.Expressions.Expression<Func<ImprovementAction, bool>> where, CancellationToken ct)
    {
        var rows = await db.Actions.Where(where).OrderBy(a => a.DueOn).WithState(today)
            .Select(x => new ActionDto(x.Action.Id, x.Action.RootCauseId, x.Action.Title, x.Action.OwnerId,
                db.Users.Where(u => u.Id == x.Action.OwnerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                x.Action.DueOn, x.Action.Status, x.Action.ProgressNote, x.Action.DoneOn, x.Overdue, x.Action.Version, false))
            .ToListAsync(ct);
        var rootCauses = new Dictionary<Guid, (bool Live, bool MayUpdate)>();
        foreach (var id in rows.Select(a => a.RootCauseId).Distinct())
            rootCauses[id] = await ActionAccess.RootCauseAsync(db, user, id, ct);
        return rows.Select(a => a with
        {
            MayUpdate = rootCauses[a.RootCauseId].Live && ActionAccess.MayUpdate(user, a.OwnerId, rootCauses[a.RootCauseId].MayUpdate),
        }).ToList();
    }

    /// <summary>Saves the added or changed action and answers with it as <see cref="ListActions"/> shows it.</summary>
    public static async Task<ActionDto> SaveAndShowAsync(QipDbContext db, ICurrentUser user, ImprovementAction action, DateOnly today, CancellationToken ct)
    {
        await db.SaveAndCommitAsync(ct);
        return (await QueryAsync(db, user, today, a => a.Id == action.Id, ct)).Single();
    }
}
