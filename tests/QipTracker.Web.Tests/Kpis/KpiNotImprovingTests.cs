using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Features.Register;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Kpis;

/// <summary>
/// RAG's "Amber when the KPI is not improving" is fed from the KPI's SPC chart: a root cause whose KPI's latest point is a
/// special cause of concern is Amber, on the root-cause page (C#) and in the register and ISG board (SQL) alike, and it
/// follows every change to the chart — a new or replaced measurement, a change of direction, linking or unlinking.
/// </summary>
public abstract class KpiNotImprovingTests(QipAppFactory app)
{
    private static readonly DateOnly Jan2026 = new(2026, 1, 1);

    private async Task<(Rag Page, Rag Register, long Version)> RagOf(TestTrust trust, Guid rootCauseId)
    {
        var page = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(rootCauseId));
        var register = await app.SendAs(trust, TrustRole.Pmo, new SearchRegister(Text: page.Reference));
        var row = Assert.Single(register.Rows, r => r.Id == rootCauseId);
        var amber = await app.SendAs(trust, TrustRole.Pmo, new SearchRegister(Rag: Rag.Amber));
        Assert.Equal(row.Rag == Rag.Amber, amber.Rows.Any(r => r.Id == rootCauseId)); // the filter runs the same CASE
        return (page.Rag, row.Rag, page.Version);
    }

    private async Task<(Rag Page, Rag Register)> Both(TestTrust trust, Guid rootCauseId)
    {
        var (page, register, _) = await RagOf(trust, rootCauseId);
        return (page, register);
    }

    [Fact]
    public async Task A_root_cause_whose_kpi_shows_a_special_cause_of_concern_is_amber_and_follows_the_chart()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Kni {Guid.NewGuid():N}"[..12]);
        var (rc2, rc3) = (trust.RootCauseIds[1], trust.RootCauseIds[2]); // due in 5 and 15 days, on track: Green
        var kpi = await app.CreateAsync(trust, KpiData.RootCauseKpi("CHECKS"));
        var rc = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(rc2));
        await app.SendAs(trust, TrustRole.Pmo, new LinkRootCauseKpi(rc2, kpi.Id, rc.Version));
        await app.MonthlyValuesAsync(trust, kpi.Id, Jan2026, 80, 81, 79, 80, 81, 79, 80);
        var before = await RagOf(trust, rc2);
        Assert.Equal((Rag.Green, Rag.Green), (before.Page, before.Register));

        // August falls far below the lower limit: the KPI is not improving, so the root cause is at risk.
        await app.SendAs(trust, TrustRole.Pmo, new RecordMeasurement(kpi.Id, "2026-08", 40m));
        var fallen = await RagOf(trust, rc2);
        Assert.Equal((Rag.Amber, Rag.Amber), (fallen.Page, fallen.Register));
        Assert.Equal(before.Version, fallen.Version); // a derived flag: the owner's open form does not go stale
        var board = await app.SendAs(trust, TrustRole.Pmo, new GetIsgBoard(trust.IsgId));
        Assert.Equal(Rag.Amber, Assert.Single(board.RootCauses, r => r.Id == rc2).Rag);

        // August corrected: back within limits.
        await app.SendAs(trust, TrustRole.Pmo, new RecordMeasurement(kpi.Id, "2026-08", 80m));
        Assert.Equal((Rag.Green, Rag.Green), await Both(trust, rc2));

        // The fall again, then the KPI redefined so that lower is better: the same fall is now an improvement.
        await app.SendAs(trust, TrustRole.Pmo, new RecordMeasurement(kpi.Id, "2026-08", 40m));
        Assert.Equal(Rag.Amber, (await RagOf(trust, rc2)).Page);
        var current = await app.SendAs(trust, TrustRole.Pmo, new GetKpi(kpi.Id));
        await app.SendAs(trust, TrustRole.Pmo, new SaveKpi(kpi.Id, KpiData.RootCauseKpi("CHECKS", ImprovementDirection.Decrease), current.Version));
        Assert.Equal((Rag.Green, Rag.Green), await Both(trust, rc2));
        current = await app.SendAs(trust, TrustRole.Pmo, new GetKpi(kpi.Id));
        await app.SendAs(trust, TrustRole.Pmo, new SaveKpi(kpi.Id, KpiData.RootCauseKpi("CHECKS"), current.Version));
        Assert.Equal(Rag.Amber, (await RagOf(trust, rc2)).Page);

        // Moved to another root cause: the new one reads the chart at once, the old one has no KPI to worry about.
        rc = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(rc2));
        await app.SendAs(trust, TrustRole.Pmo, new LinkRootCauseKpi(rc2, null, rc.Version));
        rc = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(rc3));
        await app.SendAs(trust, TrustRole.Pmo, new LinkRootCauseKpi(rc3, kpi.Id, rc.Version));
        Assert.Equal(Rag.Green, (await RagOf(trust, rc2)).Page);
        Assert.Equal((Rag.Amber, Rag.Amber), await Both(trust, rc3));
    }
}

[Collection(OnSqlite.Name)]
public sealed class KpiNotImprovingOnSqlite(SqliteApp app) : KpiNotImprovingTests(app);

[Collection(OnPostgres.Name)]
public sealed class KpiNotImprovingOnPostgres(PostgresApp app) : KpiNotImprovingTests(app);
