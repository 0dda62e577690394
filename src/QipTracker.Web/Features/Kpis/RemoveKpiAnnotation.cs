using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

/// <summary>Removes a note from a KPI; the same people may, and the audit trail keeps it.</summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.RootCauseOwner)]
public sealed record RemoveKpiAnnotation(Guid KpiId, Guid AnnotationId) : ICommand<KpiAnnotationDto>;

public sealed class RemoveKpiAnnotationHandler(QipDbContext db, ICurrentUser user) : IRequestHandler<RemoveKpiAnnotation, KpiAnnotationDto>
{
    public async Task<KpiAnnotationDto> Handle(RemoveKpiAnnotation r, CancellationToken ct)
    {
        var kpi = await KpiAnnotationView.LoadToAnnotateAsync(db, user, r.KpiId, ct);
        var note = await db.KpiAnnotations.SingleOrDefaultAsync(a => a.Id == r.AnnotationId && a.KpiId == kpi.Id, ct)
            ?? throw new NotFoundException($"Note {r.AnnotationId} on {kpi.Code}");
        var dto = (await KpiAnnotationView.ListAsync(db, kpi, db.KpiAnnotations.Where(a => a.Id == note.Id), ct)).Single();
        db.KpiAnnotations.Remove(note);
        await db.SaveChangesAsync(ct);
        return dto;
    }
}
