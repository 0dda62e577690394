using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Kpis;

public abstract class SpcSummaryTests(QipAppFactory app)
{
    // 13, 10, 7, 10 three times, then 18. Limits fixed after 12: mean 10, every moving range 3, so
    // limits 10 ± 2.66 × 3 = 2.02 and 17.98; 18 is beyond the upper limit; a target of 20 is beyond it too.
    private static readonly decimal[] Series = [13, 10, 7, 10, 13, 10, 7, 10, 13, 10, 7, 10, 18];
    private static readonly DateOnly Jan2025 = new(2025, 1, 1);

    private async Task<KpiDto> HighLevel(TestTrust trust, string code, ImprovementDirection direction)
    {
        var kpi = await app.CreateAsync(trust, KpiData.HighLevel(code, trust.IsgId, direction));
        kpi = await app.SendAs(trust, TrustRole.Pmo, new SetKpiTarget(kpi.Id, "2025-01", 20, kpi.Version));
        kpi = await app.SendAs(trust, TrustRole.Pmo, new ConfigureSpc(kpi.Id, [], 12, false, 3, kpi.Version));
        await app.MonthlyValuesAsync(trust, kpi.Id, Jan2025, Series);
        return kpi;
    }

    [Fact]
    public async Task The_summary_reads_each_kpi_as_its_chart_concerns_first_as_at_a_date()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Sum {Guid.NewGuid():N}"[..12]);
        var ae = await HighLevel(trust, "AE", ImprovementDirection.Increase);
        var wait = await HighLevel(trust, "WAIT", ImprovementDirection.Decrease);
        var fresh = await app.CreateAsync(trust, KpiData.HighLevel("NEW", trust.IsgId));
        await app.MonthlyValuesAsync(trust, fresh.Id, new DateOnly(2025, 6, 1), 42);
        var rcKpi = await app.CreateAsync(trust, KpiData.RootCauseKpi("RCK"));
        var rc = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(trust.RootCauseIds[0]));
        await app.SendAs(trust, TrustRole.Pmo, new LinkRootCauseKpi(rc.Id, rcKpi.Id, rc.Version));
        await app.MonthlyValuesAsync(trust, rcKpi.Id, new DateOnly(2025, 10, 1), 5, 6, 5);

        var now = await app.SendAs(trust, TrustRole.BoardMember, new GetSpcSummary(trust.IsgId));
        Assert.Equal(["WAIT", "AE", "NEW", "RCK"], now.Select(r => r.Code));
        var a = now[1];
        Assert.Equal((new DateOnly(2026, 1, 1), "2026-01", 18m, 20m, VariationIcon.ImprovementHigh, AssuranceIcon.ConsistentlyFails, false, 13),
            (a.LatestPeriod, a.LatestPeriodLabel, a.LatestValue, a.Target, a.Variation, a.Assurance, a.TrialLimits, a.Points));
        Assert.Equal((trust.IsgId, "Unscheduled Care", Domain.Plans.CqcDomain.Responsive, "%"), (a.IsgId, a.Isg, a.Domain, a.Unit));
        Assert.Equal((VariationIcon.ConcernHigh, AssuranceIcon.ConsistentlyPasses), (now[0].Variation, now[0].Assurance));
        Assert.Equal((VariationIcon.CommonCause, AssuranceIcon.None, 1, 42m), (now[2].Variation, now[2].Assurance, now[2].Points, now[2].LatestValue));
        Assert.Equal((trust.IsgId, true), (now[3].IsgId, now[3].TrialLimits));

        // As at the end of 2025 the 18 is not yet measured: the board paper of December reproduces.
        var december = await app.SendAs(trust, TrustRole.Pmo, new GetSpcSummary(AsOf: new DateOnly(2025, 12, 31)));
        Assert.Equal(["AE", "NEW", "RCK", "WAIT"], december.Select(r => r.Code));
        Assert.Equal(("2025-12", 10m, VariationIcon.CommonCause, AssuranceIcon.ConsistentlyFails, 12), (december[0].LatestPeriodLabel, december[0].LatestValue,
            december[0].Variation, december[0].Assurance, december[0].Points));

        Assert.Equal(["WAIT", "AE", "NEW"], (await app.SendAs(trust, TrustRole.Pmo, new GetSpcSummary(Kind: KpiKind.HighLevel))).Select(r => r.Code));
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.RootCauseOwner, new GetSpcSummary()));

        var chart = await app.SendAs(trust, TrustRole.RootCauseOwner, new GetKpiChart(ae.Id));
        Assert.Equal(13, chart.Chart!.Points.Count);
        Assert.Equal((2.02m, 17.98m, SpcPointType.SpecialCauseImprovement), (chart.Chart.Points[0].Lpl, chart.Chart.Points[0].Upl, chart.Chart.Points[^1].Type));
        Assert.All(chart.Targets, t => Assert.Equal(20m, t));
        var png = await app.SendAs(trust, TrustRole.BoardMember, new GetKpiChartPng(ae.Id));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        Assert.Null((await app.SendAs(trust, TrustRole.BoardMember, new GetKpiChart(fresh.Id))).Chart);
    }
}

[Collection(OnSqlite.Name)]
public sealed class SpcSummaryOnSqlite(SqliteApp app) : SpcSummaryTests(app);
[Collection(OnPostgres.Name)]
public sealed class SpcSummaryOnPostgres(PostgresApp app) : SpcSummaryTests(app);
