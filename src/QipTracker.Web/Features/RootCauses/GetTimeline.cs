using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Auditing;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>The audit timeline of a root cause and everything under it (actions, evidence, change requests), newest first.</summary>
[AnyTrustMember]
public sealed record GetTimeline(Guid RootCauseId) : IQuery<IReadOnlyList<TimelineEntry>>;

/// <summary>
/// One change as people read it: <see cref="Change"/> is a sentence with UK dates and names ("Forecast changed from
/// 2 Nov 2026 to 12 Feb 2027"). Field, Before and After keep the trail's stored values for API clients that compare them.
/// </summary>
public sealed record TimelineEntry(DateTimeOffset At, string Who, string What, string Change, string Operation, string Field, string? Before, string? After);

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
                a.At, a.EntityType, a.EntityId, a.Operation, a.Field, a.Before, a.After,
                Who = db.Users.Where(u => u.Id == a.UserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .Take(500)
            .ToListAsync(ct);
        var names = await NamesAsync(id, ct);
        return rows.Select(x =>
        {
            var change = AuditSentence.Describe(x.EntityType, x.Operation, x.Field, x.Before, x.After, n => names.GetValueOrDefault(n), Clock.London);
            // What changed under the root cause is named, so "Status changed" says whose status.
            if (x.EntityId != id && x.Operation == AuditOperation.Modified && names.TryGetValue(x.EntityId, out var under))
                change = $"{Words.Capitalise(AuditSentence.Thing(x.EntityType))} {under}: {char.ToLowerInvariant(change[0])}{change[1..]}";
            return new TimelineEntry(x.At, x.Who ?? "System", Words.Capitalise(AuditSentence.Thing(x.EntityType)), change,
                Words.ForAny(x.Operation), x.Field, x.Before, x.After);
        }).ToList();
    }

    // Ids a timeline can mention: people, ISGs, KPIs, findings, and the root cause's own actions and evidence.
    private async Task<Dictionary<Guid, string>> NamesAsync(Guid id, CancellationToken ct)
    {
        var names = new Dictionary<Guid, string>();
        var trustId = db.CurrentUser.TrustId;
        foreach (var p in await db.Memberships.Where(m => m.TrustId == trustId)
                     .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName }).ToListAsync(ct))
            names.TryAdd(p.Id, p.DisplayName);
        foreach (var i in await db.Isgs.Select(i => new { i.Id, i.Name }).ToListAsync(ct)) names.TryAdd(i.Id, i.Name);
        foreach (var k in await db.Kpis.Select(k => new { k.Id, k.Name }).ToListAsync(ct)) names.TryAdd(k.Id, k.Name);
        foreach (var f in await db.Findings.Select(f => new { f.Id, f.Reference }).ToListAsync(ct)) names.TryAdd(f.Id, f.Reference);
        foreach (var a in await db.Actions.Where(a => a.RootCauseId == id).Select(a => new { a.Id, a.Title }).ToListAsync(ct)) names.TryAdd(a.Id, $"“{a.Title}”");
        foreach (var e in await db.Evidence.Where(e => e.RootCauseId == id).Select(e => new { e.Id, e.Title }).ToListAsync(ct)) names.TryAdd(e.Id, $"“{e.Title}”");
        return names;
    }
}
