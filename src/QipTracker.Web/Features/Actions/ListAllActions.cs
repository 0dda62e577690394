using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Api;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Actions;

/// <summary>
/// Every action of the trust for a BI pull, in change order a page at a time (<see cref="IChangeList"/>). Open and
/// overdue are the Domain's rules (<see cref="ActionRules"/>); an action counts as overdue only while its root cause
/// is in the plan, as every figure counts it. Actions are never deleted: a cancelled one stays with its status, and
/// one whose root cause was withdrawn stays too (the root cause's row says so). The register's readers may pull it.
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember)]
public sealed record ListAllActions(
    Guid? IsgId = null,
    Guid? FindingId = null,
    Guid? RootCauseId = null,
    Guid? OwnerId = null,
    ActionStatus? Status = null,
    bool? Overdue = null,
    DateTimeOffset? ModifiedSince = null,
    string? Cursor = null,
    int? PageSize = null) : IQuery<ListPage<ActionListItem>>, IChangeList;

/// <param name="Overdue">Today, by <see cref="ActionRules.Overdue"/> while its root cause is in the plan; it can move with the date alone.</param>
/// <param name="ChangedAt">When the row last changed: the order of the list and what modifiedSince compares.</param>
public sealed record ActionListItem(Guid Id, Guid RootCauseId, string RootCauseReference, Guid IsgId, string Title, Guid OwnerId, string Owner,
    DateOnly DueOn, ActionStatus Status, string? ProgressNote, DateOnly? DoneOn, bool Open, bool Overdue, long Version, DateTimeOffset ChangedAt) : IChangeListItem;

public sealed class ListAllActionsValidator : AbstractValidator<ListAllActions>
{
    public ListAllActionsValidator() => this.ChangeListRules();
}

public sealed class ListAllActionsHandler(QipDbContext db, TimeProvider clock) : IRequestHandler<ListAllActions, ListPage<ActionListItem>>
{
    public async Task<ListPage<ActionListItem>> Handle(ListAllActions r, CancellationToken ct)
    {
        var today = clock.Today();
        var live = db.RootCauses.Where(RootCauseRules.Live).Select(rc => rc.Id);
        var actions = db.Actions.AsQueryable();
        if (r.RootCauseId is { } rootCause) actions = actions.Where(a => a.RootCauseId == rootCause);
        if (r.IsgId is { } isg) actions = actions.Where(a => db.RootCauses.Any(rc => rc.Id == a.RootCauseId && rc.IsgId == isg));
        if (r.FindingId is { } finding) actions = actions.Where(a => db.RootCauseFindings.Any(l => l.RootCauseId == a.RootCauseId && l.FindingId == finding));
        if (r.OwnerId is { } owner) actions = actions.Where(a => a.OwnerId == owner);
        if (r.Status is { } status) actions = actions.Where(a => a.Status == status);
        var stated = actions.WithState(today);
        if (r.Overdue is { } overdue) stated = stated.Where(x => (x.Overdue && live.Contains(x.Action.RootCauseId)) == overdue);

        var rows = await stated.Window(r, x => x.Action)
            .Select(x => new ActionListItem(x.Action.Id, x.Action.RootCauseId,
                    db.RootCauses.Where(rc => rc.Id == x.Action.RootCauseId).Select(rc => rc.Reference).FirstOrDefault() ?? "",
                    db.RootCauses.Where(rc => rc.Id == x.Action.RootCauseId).Select(rc => rc.IsgId).FirstOrDefault(),
                    x.Action.Title, x.Action.OwnerId, db.Users.Where(u => u.Id == x.Action.OwnerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                    x.Action.DueOn, x.Action.Status, x.Action.ProgressNote, x.Action.DoneOn, x.Open,
                    x.Overdue && live.Contains(x.Action.RootCauseId), x.Action.Version, EF.Property<DateTimeOffset>(x.Action, ChangeStamp.Property)))
            .AsNoTracking().ToListAsync(ct);
        return rows.Page(r);
    }
}
