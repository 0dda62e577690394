using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

[AnyTrustMember]
public sealed record GetRootCause(Guid Id) : IQuery<RootCauseDto>;

public sealed record RootCauseDto(Guid Id, string Reference, string Description, Guid OwnerId, string Owner, Guid IsgId, string Isg,
    PriorityClass Priority, DateOnly BaselineDue, DateOnly ForecastDue, RootCauseStatus Status, Rag Rag,
    DateOnly? CompletedOn, int ReopenCount, bool ReportedOffTrack, DateOnly? WithdrawnOn, Sbar Sbar,
    IReadOnlyList<string> FindingReferences, long Version);

public sealed class GetRootCauseHandler(QipDbContext db, TimeProvider clock) : IRequestHandler<GetRootCause, RootCauseDto>
{
    public async Task<RootCauseDto> Handle(GetRootCause request, CancellationToken ct) =>
        (await RootCauseView.LoadAsync(db, request.Id, clock.Today(), ct)).Dto;
}

/// <summary>One root cause as people read it, with its entity for the rules: shared by the queries that show one.</summary>
public static class RootCauseView
{
    public static async Task<(RootCauseDto Dto, RootCause Entity, Guid? IsgChairId)> LoadAsync(QipDbContext db, Guid id, DateOnly today, CancellationToken ct)
    {
        var row = await db.RootCauses.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new
            {
                RootCause = r,
                Owner = db.Users.Where(u => u.Id == r.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
                Isg = db.Isgs.Where(i => i.Id == r.IsgId).Select(i => new { i.Name, i.ChairId }).FirstOrDefault(),
                Findings = db.RootCauseFindings.Where(l => l.RootCauseId == r.Id)
                    .Join(db.Findings, l => l.FindingId, f => f.Id, (l, f) => f.Reference).ToList(),
            })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException($"Root cause {id}");
        var r = row.RootCause;
        var dto = new RootCauseDto(r.Id, r.Reference, r.Description, r.OwnerId, row.Owner ?? "", r.IsgId, row.Isg?.Name ?? "",
            r.Priority, r.BaselineDue, r.ForecastDue, r.Status, r.RagOn(today), r.CompletedOn, r.ReopenCount,
            r.ReportedOffTrack, r.WithdrawnOn, r.Sbar, row.Findings.Order().ToList(), r.Version);
        return (dto, r, row.Isg?.ChairId);
    }
}
