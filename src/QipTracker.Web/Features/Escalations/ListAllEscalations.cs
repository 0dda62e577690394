using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Api;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Escalations;

/// <summary>
/// Every escalation of the trust for a BI pull, open and resolved, in change order a page at a time
/// (<see cref="IChangeList"/>): one row per item and episode at its current rung. Escalations are never deleted: a
/// resolved one stays with its <see cref="EscalationListItem.ResolvedOn"/>, which is how an incremental pull learns the
/// item is back on track. Those who may list the whole trust's escalations (<see cref="EscalationScopes"/>) may pull it.
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember)]
public sealed record ListAllEscalations(
    Guid? IsgId = null,
    Guid? FindingId = null,
    Guid? RootCauseId = null,
    Guid? OwnerId = null,
    EscalationLevel? Level = null,
    EscalatedItemKind? Kind = null,
    bool? Open = null,
    DateTimeOffset? ModifiedSince = null,
    string? Cursor = null,
    int? PageSize = null) : IQuery<ListPage<EscalationListItem>>, IChangeList;

/// <param name="ItemId">The escalated root cause or action (see <paramref name="ItemKind"/>).</param>
/// <param name="ChangedAt">When the row last changed: the order of the list and what modifiedSince compares.</param>
public sealed record EscalationListItem(Guid Id, EscalatedItemKind ItemKind, Guid ItemId, Guid RootCauseId, string Reference, Guid IsgId,
    Guid OwnerId, string Owner, EscalationLevel Level, DateOnly DueOn, bool OffTrack, DateOnly RaisedOn,
    string? RecoveryPlan, DateTimeOffset? RecoveryPlanAt, DateOnly? ResolvedOn, long Version, DateTimeOffset ChangedAt) : IChangeListItem;

public sealed class ListAllEscalationsValidator : AbstractValidator<ListAllEscalations>
{
    public ListAllEscalationsValidator() => this.ChangeListRules();
}

public sealed class ListAllEscalationsHandler(QipDbContext db) : IRequestHandler<ListAllEscalations, ListPage<EscalationListItem>>
{
    public async Task<ListPage<EscalationListItem>> Handle(ListAllEscalations r, CancellationToken ct)
    {
        var escalations = db.Escalations.AsQueryable();
        if (r.RootCauseId is { } rootCause) escalations = escalations.Where(e => e.RootCauseId == rootCause);
        if (r.IsgId is { } isg) escalations = escalations.Where(e => db.RootCauses.Any(rc => rc.Id == e.RootCauseId && rc.IsgId == isg));
        if (r.FindingId is { } finding) escalations = escalations.Where(e => db.RootCauseFindings.Any(l => l.RootCauseId == e.RootCauseId && l.FindingId == finding));
        if (r.OwnerId is { } owner) escalations = escalations.Where(e => e.OwnerId == owner);
        if (r.Level is { } level) escalations = escalations.Where(e => e.Level == level);
        if (r.Kind is { } kind) escalations = escalations.Where(e => e.ItemKind == kind);
        if (r.Open is { } open) escalations = escalations.Where(e => (e.ResolvedOn == null) == open);

        var rows = await escalations.Window(r, e => e)
            .Select(e => new EscalationListItem(e.Id, e.ItemKind, e.ItemId, e.RootCauseId, e.Reference,
                    db.RootCauses.Where(rc => rc.Id == e.RootCauseId).Select(rc => rc.IsgId).FirstOrDefault(),
                    e.OwnerId, db.Users.Where(u => u.Id == e.OwnerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                    e.Level, e.DueOn, e.OffTrack, e.RaisedOn, e.RecoveryPlan, e.RecoveryPlanAt, e.ResolvedOn, e.Version,
                    EF.Property<DateTimeOffset>(e, ChangeStamp.Property)))
            .AsNoTracking().ToListAsync(ct);
        return rows.Page(r);
    }
}
