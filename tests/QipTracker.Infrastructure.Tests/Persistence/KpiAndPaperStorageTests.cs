using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tests.Support;

namespace QipTracker.Infrastructure.Tests.Persistence;

/// <summary>KPIs with their targets and SPC settings, measurements, and paper drafts survive a round trip on both databases.</summary>
public sealed class KpiAndPaperStorageTests(DatabaseFixture databases) : PersistenceTest(databases)
{
    [Theory, BothProviders]
    public async Task A_kpi_keeps_its_targets_spc_settings_and_measurements(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        var kpi = new Kpi(trust.TrustId, "ed-4h", "Seen within 4 hours", KpiKind.HighLevel, ImprovementDirection.Increase, KpiFrequency.Monthly);
        kpi.Place(trust.IsgId, CqcDomain.Responsive);
        kpi.SetTarget(new DateOnly(2026, 1, 1), 76m);
        kpi.SetTarget(new DateOnly(2026, 4, 1), 78.5m);
        kpi.ConfigureSpc([new DateOnly(2026, 3, 1)], fixLimitsAfter: 12, screenOutliers: true, sustainPeriods: 4);
        await using (var db = database.ContextAsPmoOf(trust))
        {
            db.Kpis.Add(kpi);
            db.KpiMeasurements.Add(new KpiMeasurement(trust.TrustId, kpi.Id, new DateOnly(2026, 5, 1), 74.25m, "Provisional", MeasurementSource.Csv, null, database.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        await using var reader = database.ContextAsPmoOf(trust);
        var stored = await reader.Kpis.SingleAsync(k => k.Id == kpi.Id);
        Assert.Equal("ED-4H", stored.Code);
        Assert.Equal((KpiKind.HighLevel, CqcDomain.Responsive, trust.IsgId), (stored.Kind, stored.Domain, stored.IsgId));
        Assert.Equal(76m, stored.TargetFor(new DateOnly(2026, 3, 1)));
        Assert.Equal(78.5m, stored.TargetFor(new DateOnly(2026, 5, 1)));
        Assert.Equal([new DateOnly(2026, 3, 1)], stored.RebaseAt);
        Assert.Equal((12, true, 4), (stored.FixLimitsAfter, stored.ScreenOutliers, stored.SustainPeriods));
        var measurement = await reader.KpiMeasurements.SingleAsync(m => m.KpiId == kpi.Id);
        Assert.Equal((new DateOnly(2026, 5, 1), 74.25m, MeasurementSource.Csv), (measurement.Period, measurement.Value, measurement.Source));
    }

    [Theory, BothProviders]
    public async Task A_paper_draft_keeps_its_cover_sheet_and_isg_commentary(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        var draft = new PaperDraft(trust.TrustId, new DateOnly(2026, 10, 1), "QIP progress October 2026", new DateOnly(2026, 11, 5));
        draft.WriteCover(draft.Cover with { LinkedCqcDomains = [CqcDomain.Safe, CqcDomain.WellLed], BafRisks = ["BAF 3"] }, new TrustPaperLists([], ["BAF 3"]));
        draft.WriteCommentaries([new IsgCommentary(trust.IsgId, "Good month.")], [trust.IsgId]);
        await using (var db = database.ContextAsPmoOf(trust))
        {
            db.PaperDrafts.Add(draft);
            await db.SaveChangesAsync();
        }
        await using var reader = database.ContextAsPmoOf(trust);
        var stored = await reader.PaperDrafts.SingleAsync(d => d.Id == draft.Id);
        Assert.Equal([CqcDomain.Safe, CqcDomain.WellLed], stored.LinkedCqcDomains);
        Assert.Equal("Good month.", stored.CommentaryFor(trust.IsgId));
        Assert.Equal(["BAF 3"], stored.BafRisks);
    }
}
