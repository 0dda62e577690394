using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;
using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.Tests.Demo;

[Collection(DemoDatabaseCollection.Name)]
public sealed class DemoKpiTests(SeededDemoTrust demo) : IClassFixture<SeededDemoTrust>
{
    [Fact]
    public async Task Every_isg_has_high_level_kpis_on_real_series_and_some_assured_root_causes_show_sustained_improvement_and_one_a_concern()
    {
        await using var scope = demo.Database.Scope(out var db);
        var kpis = await db.Kpis.ToListAsync();
        var values = (await db.KpiMeasurements.ToListAsync()).ToLookup(m => m.KpiId, m => new KpiValue(m.Period, m.Value));
        var highLevel = kpis.Where(k => k.Kind == KpiKind.HighLevel).ToList();
        Assert.Equal(await db.Isgs.Select(i => (Guid?)i.Id).OrderBy(i => i).ToListAsync(), highLevel.Select(k => k.IsgId).Distinct().Order().ToList());
        Assert.All(highLevel, k => Assert.NotNull(k.Domain));
        // The England series, moved so that its last month is last month: April 2016's 84.98 is 36 months earlier.
        var ed = kpis.Single(k => k.Code == "ED-4H");
        Assert.Equal(36, values[ed.Id].Count());
        Assert.Equal(84.98m, values[ed.Id].OrderBy(v => v.Period).First().Value);
        Assert.True(values[ed.Id].Max(v => v.Period) < demo.Database.Today);

        var linked = await db.RootCauses.Where(r => r.KpiId != null).ToListAsync();
        Assert.InRange(linked.Count, 2, 5);
        var verdicts = linked.Select(r => SustainedImprovement.Judge(kpis.Single(k => k.Id == r.KpiId), values[r.KpiId!.Value].ToList(), r.CompletedOn!.Value)).ToList();
        Assert.Equal(linked.Count - 1, verdicts.Count(v => v.Sustained));
        var concern = Assert.Single(linked, r => KpiSpc.Analyse(kpis.Single(k => k.Id == r.KpiId), values[r.KpiId!.Value])!.Points[^1].Type == SpcPointType.SpecialCauseConcern);
        Assert.Equal(RootCauseStatus.Assured, concern.Status);
    }
}
