using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>The audit timeline of a root cause and everything under it (actions, evidence, change requests), newest first.</summary>
[AnyTrustMember]
public sealed record GetTimeline(Guid RootCauseId) : IQuery<IReadOnlyList<TimelineEntry>>;

public sealed record TimelineEntry(DateTimeOffset At, string Who, string What, string Operation, string Field, string? Before, string? After);

public sealed class GetTimelineHandler(QipDbContext db) : IRequestHandler<GetTimeline, IReadOnlyList<TimelineEntry>>
{
    public async Task<IReadOnlyList<TimelineEntry>> Handle(GetTimeline r, CancellationToken ct)
    {
        var id = r.RootCauseId;
        if (!await db.RootCauses.AnyAsync(rc => rc.Id == id, ct)) throw new NotFoundException($"Root cause {id}");
        var related = db.Actions.Where(a => a.RootCauseId == id).Select(a => a.Id)
            .Concat(db.Evidence.Where(e => e.RootCauseId == id).Select(e => e.Id))
            .Concat(db.ChangeRequests.Where(c => c.RootCauseId == id).Select(c => c.Id));
        // Audit rows carry TrustId; the membership check above plus this filter keep them in the trust.
        var trustId = db.CurrentUser.TrustId;
        var rows = await db.AuditEntries
            .Where(a => a.TrustId == trustId && (a.EntityId == id || related.Contains(a.EntityId)))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new
            {
                a.At, a.EntityType, a.Operation, a.Field, a.Before, a.After,
                Who = db.Users.Where(u => u.Id == a.UserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .Take(500)
            .ToListAsync(ct);
        return rows.Select(x => new TimelineEntry(x.At, x.Who ?? "System", Describe(x.EntityType), x.Operation.ToString(), x.Field, x.Before, x.After)).ToList();
    }

    private static string Describe(string entityType) => entityType switch
    {
        "RootCause" => "Root cause",
        "ImprovementAction" => "Action",
        "ChangeRequest" => "Change request",
        _ => entityType,
    };
}
