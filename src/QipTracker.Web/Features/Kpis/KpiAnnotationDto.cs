using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Kpis;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

/// <param name="Period">The label of the period the date falls in, as the chart names it.</param>
public sealed record KpiAnnotationDto(Guid Id, DateOnly On, string Period, string Text, string? AddedBy, DateTimeOffset AddedAt);

/// <summary>A KPI's notes as people read them, and who may write them: shared by the chart and the note commands.</summary>
public static class KpiAnnotationView
{
    /// <summary>The notes, oldest first, with who added them, in one query.</summary>
    public static async Task<IReadOnlyList<KpiAnnotationDto>> ListAsync(QipDbContext db, Kpi kpi, IQueryable<KpiAnnotation> notes, CancellationToken ct) =>
        (await notes.AsNoTracking().OrderBy(a => a.On).ThenBy(a => a.AddedAt)
            .Select(a => new { a.Id, a.On, a.Text, a.AddedAt, By = db.Users.Where(u => u.Id == a.AddedBy).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct))
        .Select(a => new KpiAnnotationDto(a.Id, a.On, KpiPeriods.Label(kpi.Frequency, KpiPeriods.PeriodContaining(kpi.Frequency, a.On)), a.Text, a.By, a.AddedAt))
        .ToList();

    /// <summary>The KPI, if this person may annotate it (<see cref="KpiAccess"/>).</summary>
    public static async Task<Kpi> LoadToAnnotateAsync(QipDbContext db, ICurrentUser user, Guid kpiId, CancellationToken ct)
    {
        var kpi = await db.Kpis.AsNoTracking().SingleOrDefaultAsync(k => k.Id == kpiId, ct) ?? throw new NotFoundException($"KPI {kpiId}");
        await db.EnsureMayMeasureAsync(user, kpi, ct);
        return kpi;
    }
}
