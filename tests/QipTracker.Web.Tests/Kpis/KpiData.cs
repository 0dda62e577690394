using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Kpis;

/// <summary>KPIs made through the real requests, and monthly values stored as the system (history a trust already had).</summary>
public static class KpiData
{
    public static KpiFields RootCauseKpi(string code, ImprovementDirection direction = ImprovementDirection.Increase) =>
        new(code, $"{code} measure", "What share of checks were done", "%", direction, KpiFrequency.Monthly, "Ward audit", null,
            DataQuality.Sufficient, KpiKind.RootCause, null, null);

    public static KpiFields HighLevel(string code, Guid isgId, ImprovementDirection direction = ImprovementDirection.Increase) =>
        new(code, $"{code} measure", "Patients seen within four hours", "%", direction, KpiFrequency.Monthly, "SUS", null,
            DataQuality.Sufficient, KpiKind.HighLevel, isgId, CqcDomain.Responsive);

    public static Task<KpiDto> CreateAsync(this QipAppFactory app, TestTrust trust, KpiFields fields) =>
        app.SendAs(trust, TrustRole.Pmo, new SaveKpi(null, fields));

    /// <summary>Values for consecutive months from <paramref name="first"/>.</summary>
    public static Task<int> MonthlyValuesAsync(this QipAppFactory app, TestTrust trust, Guid kpiId, DateOnly first, params decimal[] values) =>
        app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            for (var i = 0; i < values.Length; i++)
                db.KpiMeasurements.Add(new KpiMeasurement(trust.TrustId, kpiId, first.AddMonths(i), values[i], null, MeasurementSource.Manual, null, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });
}
