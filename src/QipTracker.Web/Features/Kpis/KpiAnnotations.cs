using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
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

/// <summary>Removes a note from a KPI; the same people may, and the audit trail keeps it.</summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.RootCauseOwner)]
public sealed record RemoveKpiAnnotation(Guid KpiId, Guid AnnotationId) : ICommand<KpiAnnotationDto>;

/// <param name="Period">The label of the period the date falls in, as the chart names it.</param>
public sealed record KpiAnnotationDto(Guid Id, DateOnly On, string Period, string Text, string? AddedBy, DateTimeOffset AddedAt);

public sealed class AnnotateKpiValidator : AbstractValidator<AnnotateKpi>
{
    public AnnotateKpiValidator()
    {
        RuleFor(r => r.Text).NotEmpty().WithMessage("Say what changed.").MaximumLength(InputLimits.Note);
    }
}

public sealed class KpiAnnotationHandlers(QipDbContext db, ICurrentUser user, TimeProvider clock) :
    IRequestHandler<AnnotateKpi, KpiAnnotationDto>,
    IRequestHandler<RemoveKpiAnnotation, KpiAnnotationDto>
{
    public async Task<KpiAnnotationDto> Handle(AnnotateKpi r, CancellationToken ct)
    {
        var kpi = await MayAnnotateAsync(r.KpiId, ct);
        if (r.On > clock.Today()) throw new RequestValidationException(new Dictionary<string, string[]> { ["On"] = ["A note says what changed: date it today or earlier."] });
        var note = new KpiAnnotation(kpi.TrustId, kpi.Id, r.On, r.Text, user.UserId, clock.GetUtcNow());
        db.KpiAnnotations.Add(note);
        await db.SaveChangesAsync(ct);
        return (await ListAsync(db, kpi, db.KpiAnnotations.Where(a => a.Id == note.Id), ct)).Single();
    }

    public async Task<KpiAnnotationDto> Handle(RemoveKpiAnnotation r, CancellationToken ct)
    {
        var kpi = await MayAnnotateAsync(r.KpiId, ct);
        var note = await db.KpiAnnotations.SingleOrDefaultAsync(a => a.Id == r.AnnotationId && a.KpiId == kpi.Id, ct)
            ?? throw new NotFoundException($"Note {r.AnnotationId} on {kpi.Code}");
        var dto = (await ListAsync(db, kpi, db.KpiAnnotations.Where(a => a.Id == note.Id), ct)).Single();
        db.KpiAnnotations.Remove(note);
        await db.SaveChangesAsync(ct);
        return dto;
    }

    /// <summary>The notes, oldest first, with who added them, in one query.</summary>
    public static async Task<IReadOnlyList<KpiAnnotationDto>> ListAsync(QipDbContext db, Kpi kpi, IQueryable<KpiAnnotation> notes, CancellationToken ct) =>
        (await notes.AsNoTracking().OrderBy(a => a.On).ThenBy(a => a.AddedAt)
            .Select(a => new { a.Id, a.On, a.Text, a.AddedAt, By = db.Users.Where(u => u.Id == a.AddedBy).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct))
        .Select(a => new KpiAnnotationDto(a.Id, a.On, KpiPeriods.Label(kpi.Frequency, KpiPeriods.PeriodContaining(kpi.Frequency, a.On)), a.Text, a.By, a.AddedAt))
        .ToList();

    private async Task<Kpi> MayAnnotateAsync(Guid kpiId, CancellationToken ct)
    {
        var kpi = await db.Kpis.AsNoTracking().SingleOrDefaultAsync(k => k.Id == kpiId, ct) ?? throw new NotFoundException($"KPI {kpiId}");
        await db.EnsureMayMeasureAsync(user, kpi, ct);
        return kpi;
    }
}
