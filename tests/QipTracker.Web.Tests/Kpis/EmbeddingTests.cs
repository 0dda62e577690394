using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Common;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Kpis;

/// <summary>Closing the loop: a root cause is embedded only when its KPI shows the fix held, and flagged when it slips.</summary>
public abstract class EmbeddingTests(QipAppFactory app)
{
    private static readonly DateOnly CompletedOn = new(2026, 6, 15);
    private static readonly DateOnly Jan2026 = new(2026, 1, 1);

    /// <summary>Completed mid-June 2026 with evidence and assured by the chair, as the system (history the trust already had).</summary>
    private Task<int> AssureAsync(TestTrust trust, Guid rootCauseId) => app.AsSystem(async sp =>
    {
        var db = sp.GetRequiredService<QipDbContext>();
        var rc = await db.RootCauses.Include(r => r.Evidence).SingleAsync(r => r.Id == rootCauseId);
        rc.AddEvidence(Domain.Plans.Evidence.Note(trust.TrustId, rc.Id, "Audit", "Checks done", trust[TrustRole.RootCauseOwner].Id, DateTimeOffset.UtcNow));
        rc.MarkCompleted(CompletedOn);
        rc.Assure(trust[TrustRole.IsgChair].Id, true, CompletedOn.AddDays(10));
        return await db.SaveChangesAsync();
    });

    private async Task<KpiDto> LinkedKpi(TestTrust trust, Guid rootCauseId, string code)
    {
        var kpi = await app.CreateAsync(trust, KpiData.RootCauseKpi(code));
        var rc = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(rootCauseId));
        await app.SendAs(trust, TrustRole.Pmo, new LinkRootCauseKpi(rc.Id, kpi.Id, rc.Version));
        return kpi;
    }

    private async Task<RootCauseDto> Embed(TestTrust trust, Guid id) =>
        await app.SendAs(trust, TrustRole.IsgChair, new Embed(id, (await app.SendAs(trust, TrustRole.IsgChair, new GetRootCause(id))).Version));

    [Fact]
    public async Task A_root_cause_is_embedded_once_its_kpi_has_held_the_improvement_for_its_sustain_periods_after_completion()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Emb {Guid.NewGuid():N}"[..12]);
        var (improving, noKpi) = (trust.RootCauseIds[0], trust.RootCauseIds[2]);
        await AssureAsync(trust, improving);
        await AssureAsync(trust, noKpi);
        var kpi = await LinkedKpi(trust, improving, "FRIDGE");

        var none = await Assert.ThrowsAsync<DomainException>(() => Embed(trust, noKpi));
        Assert.Contains("RC-003 cannot be embedded yet: it has no KPI", none.Message);

        // Jan–Jun 10, 12 alternating; July and August 20, 21 beyond the upper 2σ line: improvement, but 2 of 3 periods.
        await app.MonthlyValuesAsync(trust, kpi.Id, Jan2026, 10, 12, 10, 12, 10, 12, 20, 21);
        var early = await Assert.ThrowsAsync<DomainException>(() => Embed(trust, improving));
        Assert.Contains("has 2 of the 3 periods after completion (from 2026-07)", early.Message);

        await app.MonthlyValuesAsync(trust, kpi.Id, new DateOnly(2026, 9, 1), 22);
        var embedded = await Embed(trust, improving);
        Assert.Equal(RootCauseStatus.Embedded, embedded.Status);
    }

    [Fact]
    public async Task An_assured_root_cause_whose_kpi_shows_a_concern_is_flagged_for_reopening_until_the_chair_reopens_it()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Flg {Guid.NewGuid():N}"[..12]);
        var (slipping, steady) = (trust.RootCauseIds[1], trust.RootCauseIds[0]);
        await AssureAsync(trust, slipping);
        await AssureAsync(trust, steady);
        var slippingKpi = await LinkedKpi(trust, slipping, "HANDWASH");
        var steadyKpi = await LinkedKpi(trust, steady, "FRIDGE");
        // 10, 12 alternating: limits 5.68 and 16.32; a last value of 2 is below the lower limit where higher is better.
        await app.MonthlyValuesAsync(trust, slippingKpi.Id, Jan2026, 10, 12, 10, 12, 10, 12, 10, 12, 2);
        await app.MonthlyValuesAsync(trust, steadyKpi.Id, Jan2026, 10, 12, 10, 12, 10, 12, 10, 12, 10);

        var flagged = Assert.Single(await app.SendAs(trust, TrustRole.IsgChair, new ListFlaggedForReopening(trust.IsgId)));
        // A chair of another ISG is not shown this ISG's flags.
        await Assert.ThrowsAsync<Application.ForbiddenException>(() =>
            app.SendAs(trust[TrustRole.BoardMember], trust, TrustRole.IsgChair, new ListFlaggedForReopening(trust.IsgId)));
        Assert.Equal(("RC-002", "HANDWASH", "2026-09", 2m, Domain.Kpis.Spc.VariationIcon.ConcernLow, RootCauseStatus.Assured),
            (flagged.Reference, flagged.KpiCode, flagged.LatestPeriod, flagged.LatestValue, flagged.Variation, flagged.Status));
        var concern = await Assert.ThrowsAsync<DomainException>(() => Embed(trust, slipping));
        Assert.Contains("2026-09 is a special cause of concern", concern.Message);

        await app.SendAs(trust, TrustRole.IsgChair, new Reopen(flagged.RootCauseId, "Hand hygiene audit fell to 2%", flagged.Version));
        Assert.Empty(await app.SendAs(trust, TrustRole.IsgChair, new ListFlaggedForReopening(trust.IsgId)));
        Assert.Equal(1, (await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(slipping))).ReopenCount);
    }
}

[Collection(OnSqlite.Name)]
public sealed class EmbeddingOnSqlite(SqliteApp app) : EmbeddingTests(app);
[Collection(OnPostgres.Name)]
public sealed class EmbeddingOnPostgres(PostgresApp app) : EmbeddingTests(app);
