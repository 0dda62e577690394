using FluentValidation;
using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

/// <summary>
/// Adds a dated note of what changed to a KPI (a new pathway, a staffing change), drawn on its chart on the KPI
/// page and in the board paper. Who may: whoever may enter the KPI's values — the PMO and chairs any KPI's, a
/// root-cause owner those of the KPIs they own or that measure their root causes.
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.RootCauseOwner)]
public sealed record AnnotateKpi(Guid KpiId, DateOnly On, string Text) : ICommand<KpiAnnotationDto>;

public sealed class AnnotateKpiValidator : AbstractValidator<AnnotateKpi>
{
    public AnnotateKpiValidator()
    {
        RuleFor(r => r.Text).NotEmpty().WithMessage("Say what changed.").MaximumLength(InputLimits.Note);
    }
}

public sealed class AnnotateKpiHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AnnotateKpi, KpiAnnotationDto>
{
    public async Task<KpiAnnotationDto> Handle(AnnotateKpi r, CancellationToken ct)
    {
        var kpi = await KpiAnnotationView.LoadToAnnotateAsync(db, user, r.KpiId, ct);
        if (r.On > clock.Today()) throw new RequestValidationException(new Dictionary<string, string[]> { ["On"] = ["A note says what changed: date it today or earlier."] });
        var note = new KpiAnnotation(kpi.TrustId, kpi.Id, r.On, r.Text, user.UserId, clock.GetUtcNow());
        db.KpiAnnotations.Add(note);
        await db.SaveChangesAsync(ct);
        return (await KpiAnnotationView.ListAsync(db, kpi, db.KpiAnnotations.Where(a => a.Id == note.Id), ct)).Single();
    }
}
