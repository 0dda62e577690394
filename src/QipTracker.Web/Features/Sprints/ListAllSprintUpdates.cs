using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Api;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Sprints;

/// <summary>
/// Every sprint update of the trust for a BI pull, in change order a page at a time (<see cref="IChangeList"/>): one
/// row per sprint and root cause, as last submitted (a re-submission changes the row, and counts in Revisions). Updates
/// are never deleted. Those who may open the sprint review may pull it.
/// </summary>
[RequiresRole(TrustRole.IsgChair, TrustRole.Pmo, TrustRole.AccountableExecutive)]
public sealed record ListAllSprintUpdates(
    Guid? IsgId = null,
    Guid? FindingId = null,
    Guid? SprintId = null,
    Guid? RootCauseId = null,
    Guid? OwnerId = null,
    DateTimeOffset? ModifiedSince = null,
    string? Cursor = null,
    int? PageSize = null) : IQuery<ListPage<SprintUpdateListItem>>, IChangeList;

/// <param name="Status">The root cause's status as the update left it.</param>
/// <param name="ChangedAt">When the row last changed: the order of the list and what modifiedSince compares.</param>
public sealed record SprintUpdateListItem(Guid Id, Guid SprintId, int SprintNumber, Guid IsgId, Guid RootCauseId, string RootCauseReference,
    Guid OwnerId, string Owner, RootCauseStatus Status, string Narrative, DateOnly ForecastDue, bool OffTrack, decimal? KpiValue,
    DateTimeOffset SubmittedAt, DateTimeOffset? RevisedAt, int Revisions, long Version, DateTimeOffset ChangedAt) : IChangeListItem;

public sealed class ListAllSprintUpdatesValidator : AbstractValidator<ListAllSprintUpdates>
{
    public ListAllSprintUpdatesValidator() => this.ChangeListRules();
}

public sealed class ListAllSprintUpdatesHandler(QipDbContext db) : IRequestHandler<ListAllSprintUpdates, ListPage<SprintUpdateListItem>>
{
    public async Task<ListPage<SprintUpdateListItem>> Handle(ListAllSprintUpdates r, CancellationToken ct)
    {
        var updates = from u in db.SprintUpdates
                      join s in db.Sprints on u.SprintId equals s.Id
                      select new SprintUpdateInSprint { Update = u, Sprint = s };
        if (r.SprintId is { } sprint) updates = updates.Where(x => x.Update.SprintId == sprint);
        if (r.IsgId is { } isg) updates = updates.Where(x => x.Sprint.IsgId == isg);
        if (r.RootCauseId is { } rootCause) updates = updates.Where(x => x.Update.RootCauseId == rootCause);
        if (r.FindingId is { } finding) updates = updates.Where(x => db.RootCauseFindings.Any(l => l.RootCauseId == x.Update.RootCauseId && l.FindingId == finding));
        if (r.OwnerId is { } owner) updates = updates.Where(x => x.Update.OwnerId == owner);

        var rows = await updates.Window(r, x => x.Update)
            .Select(x => new SprintUpdateListItem(x.Update.Id, x.Update.SprintId, x.Sprint.Number, x.Sprint.IsgId,
                    x.Update.RootCauseId, db.RootCauses.Where(rc => rc.Id == x.Update.RootCauseId).Select(rc => rc.Reference).FirstOrDefault() ?? "",
                    x.Update.OwnerId, db.Users.Where(u => u.Id == x.Update.OwnerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                    x.Update.Status, x.Update.Narrative, x.Update.ForecastDue, x.Update.OffTrack, x.Update.KpiValue,
                    x.Update.SubmittedAt, x.Update.RevisedAt, x.Update.Revisions, x.Update.Version,
                    EF.Property<DateTimeOffset>(x.Update, ChangeStamp.Property)))
            .AsNoTracking().ToListAsync(ct);
        return rows.Page(r);
    }

    /// <summary>An update with its sprint, as a query shape (not a DTO).</summary>
    private sealed class SprintUpdateInSprint
    {
        public Domain.Sprints.SprintUpdate Update { get; init; } = null!;
        public Domain.Sprints.Sprint Sprint { get; init; } = null!;
    }
}
