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
    public async Task<RootCauseDto> Handle(GetRootCause request, CancellationToken ct)
    {
        var today = clock.Today();
        var row = await db.RootCauses.Where(r => r.Id == request.Id)
            .Select(r => new
            {
                RootCause = r,
                Owner = db.Users.Where(u => u.Id == r.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
                Isg = db.Isgs.Where(i => i.Id == r.IsgId).Select(i => i.Name).FirstOrDefault(),
                Findings = db.RootCauseFindings.Where(l => l.RootCauseId == r.Id)
                    .Join(db.Findings, l => l.FindingId, f => f.Id, (l, f) => f.Reference).ToList(),
            })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException($"Root cause {request.Id}");
        var r = row.RootCause;
        return new RootCauseDto(r.Id, r.Reference, r.Description, r.OwnerId, row.Owner ?? "", r.IsgId, row.Isg ?? "",
            r.Priority, r.BaselineDue, r.ForecastDue, r.Status, r.RagOn(today), r.CompletedOn, r.ReopenCount,
            r.ReportedOffTrack, r.WithdrawnOn, r.Sbar, row.Findings.Order().ToList(), r.Version);
    }
}
