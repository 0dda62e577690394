using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Kpis;

public abstract class KpiLibraryTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Kpi {Guid.NewGuid():N}"[..12]);

    [Fact]
    public async Task The_pmo_defines_and_edits_kpis_that_everyone_in_the_trust_reads_and_nobody_outside_it_sees()
    {
        var trust = await NewTrust();
        var other = await NewTrust();
        var created = await app.CreateAsync(trust, KpiData.HighLevel("ae-4h", trust.IsgId) with { OwnerId = trust[TrustRole.IsgChair].Id });
        Assert.Equal(("AE-4H", "Unscheduled Care", CqcDomain.Responsive, trust[TrustRole.IsgChair].DisplayName), (created.Code, created.Isg, created.Domain, created.Owner));

        var edited = await app.SendAs(trust, TrustRole.IsgChair, new SaveKpi(created.Id,
            KpiData.HighLevel("AE-4H", trust.IsgId) with { Name = "Four-hour performance", DataQuality = DataQuality.NeedsImprovement }, created.Version));
        Assert.Equal(("Four-hour performance", DataQuality.NeedsImprovement), (edited.Name, edited.DataQuality));
        await Assert.ThrowsAsync<ConflictException>(() => app.SendAs(trust, TrustRole.Pmo, new SaveKpi(created.Id, KpiData.HighLevel("AE-4H", trust.IsgId), created.Version)));

        foreach (var role in Enum.GetValues<TrustRole>())
            Assert.Equal(["AE-4H"], (await app.SendAs(trust, role, new ListKpis(trust.IsgId))).Select(k => k.Code));
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.BoardMember, new SaveKpi(null, KpiData.RootCauseKpi("RC-1"))));
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.RootCauseOwner, new SaveKpi(null, KpiData.RootCauseKpi("RC-1"))));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAs(other, TrustRole.Pmo, new GetKpi(created.Id)));
        Assert.Empty(await app.SendAs(other, TrustRole.Pmo, new ListKpis()));
    }

    [Fact]
    public async Task A_kpi_is_refused_without_what_its_kind_needs_or_with_a_code_already_used_or_changed()
    {
        var trust = await NewTrust();
        var noDomain = await Assert.ThrowsAsync<RequestValidationException>(() =>
            app.CreateAsync(trust, KpiData.HighLevel("HL-1", trust.IsgId) with { IsgId = null, Domain = null }));
        Assert.Equal(["Fields.Domain", "Fields.IsgId"], noDomain.Errors.Keys.Order());

        var kpi = await app.CreateAsync(trust, KpiData.RootCauseKpi("RC-1"));
        Assert.Null(kpi.IsgId);
        var duplicate = await Assert.ThrowsAsync<RequestValidationException>(() => app.CreateAsync(trust, KpiData.RootCauseKpi("rc-1")));
        Assert.Contains("RC-1 is already a KPI of this trust.", duplicate.Errors["Fields.Code"]);
        var renamed = await Assert.ThrowsAsync<RequestValidationException>(() =>
            app.SendAs(trust, TrustRole.Pmo, new SaveKpi(kpi.Id, KpiData.RootCauseKpi("RC-2"), kpi.Version)));
        Assert.Contains("cannot change", renamed.Errors["Fields.Code"][0]);
    }

    [Fact]
    public async Task Targets_and_spc_settings_are_given_as_periods_of_the_kpis_frequency()
    {
        var trust = await NewTrust();
        var kpi = await app.CreateAsync(trust, KpiData.RootCauseKpi("RC-1"));
        kpi = await app.SendAs(trust, TrustRole.Pmo, new SetKpiTarget(kpi.Id, "2026-04", 95, kpi.Version));
        kpi = await app.SendAs(trust, TrustRole.IsgChair, new SetKpiTarget(kpi.Id, "2026-10-01", 97, kpi.Version));
        Assert.Equal([("2026-04", 95m), ("2026-10", 97m)], kpi.Targets.Select(t => (t.From, t.Value!.Value)));

        var bad = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo, new SetKpiTarget(kpi.Id, "2026-13", 1, kpi.Version)));
        Assert.Contains("'2026-13' is not a month (yyyy-MM", bad.Errors["From"][0]);

        kpi = await app.SendAs(trust, TrustRole.Pmo, new ConfigureSpc(kpi.Id, ["2026-06"], 12, true, 4, kpi.Version));
        Assert.Equal(["2026-06"], kpi.RebaseAt);
        Assert.Equal((12, true, 4), (kpi.FixLimitsAfter, kpi.ScreenOutliers, kpi.SustainPeriods));
        var badRebase = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo, new ConfigureSpc(kpi.Id, ["June"], null, false, 3, kpi.Version)));
        Assert.Contains("RebaseAt[0]", badRebase.Errors.Keys);
    }

    [Fact]
    public async Task A_root_cause_kpi_measures_one_root_cause_and_a_high_level_kpi_none()
    {
        var trust = await NewTrust();
        var kpi = await app.CreateAsync(trust, KpiData.RootCauseKpi("RC-1"));
        var highLevel = await app.CreateAsync(trust, KpiData.HighLevel("HL-1", trust.IsgId));
        var first = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(trust.RootCauseIds[0]));
        var second = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(trust.RootCauseIds[1]));

        await app.SendAs(trust, TrustRole.IsgChair, new LinkRootCauseKpi(first.Id, kpi.Id, first.Version));
        var linked = await app.SendAs(trust, TrustRole.BoardMember, new GetKpi(kpi.Id));
        Assert.Equal(("RC-001", "Unscheduled Care"), (linked.RootCauseReference, linked.Isg));
        Assert.Equal(["HL-1", "RC-1"], (await app.SendAs(trust, TrustRole.Pmo, new ListKpis(trust.IsgId))).Select(k => k.Code));

        var taken = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo, new LinkRootCauseKpi(second.Id, kpi.Id, second.Version)));
        Assert.Equal("RC-1 already measures RC-001: a root-cause KPI belongs to one root cause.", taken.Errors["KpiId"].Single());
        var wrongKind = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo, new LinkRootCauseKpi(second.Id, highLevel.Id, second.Version)));
        Assert.Contains("high-level", wrongKind.Errors["KpiId"].Single());
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.RootCauseOwner, new LinkRootCauseKpi(second.Id, kpi.Id, second.Version)));
    }
}

[Collection(OnSqlite.Name)]
public sealed class KpiLibraryOnSqlite(SqliteApp app) : KpiLibraryTests(app);
[Collection(OnPostgres.Name)]
public sealed class KpiLibraryOnPostgres(PostgresApp app) : KpiLibraryTests(app);
