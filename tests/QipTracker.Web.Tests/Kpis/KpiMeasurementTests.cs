using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Auditing;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Features.Sprints;
using QipTracker.Web.Jobs;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Kpis;

public abstract class KpiMeasurementTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Kpm {Guid.NewGuid():N}"[..12]);

    private Task<List<KpiMeasurement>> Stored(Guid kpiId) =>
        app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().KpiMeasurements.Where(m => m.KpiId == kpiId).OrderBy(m => m.Period).ToListAsync());

    [Fact]
    public async Task A_csv_with_any_bad_row_saves_nothing_and_names_every_bad_row_and_column()
    {
        var trust = await NewTrust();
        var monthly = await app.CreateAsync(trust, KpiData.RootCauseKpi("FRIDGE"));
        var quarterly = await app.CreateAsync(trust, KpiData.RootCauseKpi("AUDIT") with { Frequency = KpiFrequency.Quarterly });

        var csv = """
            kpi_code,period,value,note
            FRIDGE,2026-01,91.5,first
            NOPE,2026-01,3,
            FRIDGE,2026-13,90,
            AUDIT,2026-02,4,
            FRIDGE,2026-02,ninety,

            fridge,2026-01-01,92,again
            AUDIT,2026-Q1,12,
            """;
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo, new UploadMeasurements(csv)));

        Assert.Equal(new Dictionary<string, string>
        {
            ["row 3, kpi_code"] = "'NOPE' is not a KPI of this trust",
            ["row 4, period"] = "'2026-13' is not a month (yyyy-MM, e.g. 2026-10). FRIDGE is monthly.",
            ["row 5, period"] = "'2026-02' is not a quarter (yyyy-Qn for calendar quarters, e.g. 2026-Q3 for July to September). AUDIT is quarterly.",
            ["row 6, value"] = "'ninety' is not a number such as 12.5",
            ["row 8, period"] = "FRIDGE 2026-01 is also on row 2",
        }, error.Errors.ToDictionary(e => e.Key, e => e.Value.Single()));
        Assert.Empty(await Stored(monthly.Id));
        Assert.Empty(await Stored(quarterly.Id));

        var result = await app.SendAs(trust, TrustRole.IsgChair, new UploadMeasurements("kpi_code,period,value\nFRIDGE,2026-01,91.5\nAUDIT,2026-Q1,12\nFRIDGE,2026-02,93"));
        Assert.Equal(new MeasurementBatchResult(3, 3, 0), result);
        Assert.Equal([(new DateOnly(2026, 1, 1), 91.5m, MeasurementSource.Csv), (new DateOnly(2026, 2, 1), 93m, MeasurementSource.Csv)],
            (await Stored(monthly.Id)).Select(m => (m.Period, m.Value, m.Source)));
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.BoardMember, new UploadMeasurements("kpi_code,period,value\nFRIDGE,2026-03,1")));
    }

    [Fact]
    public async Task A_bi_team_pushes_measurements_with_a_personal_api_token_all_or_nothing()
    {
        var trust = await NewTrust();
        var kpi = await app.CreateAsync(trust, KpiData.RootCauseKpi("FRIDGE") with { Frequency = KpiFrequency.Weekly });
        var token = await app.SendAs(trust, TrustRole.Pmo, new CreateApiToken("BI feed", TrustRole.Pmo));
        var client = app.NewBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);

        var bad = await client.PostAsJsonAsync("/api/v1/kpis/measurements", new
        {
            rows = new object[] { new { kpiCode = "FRIDGE", period = "2026-W10", value = 80 }, new { kpiCode = "FRIDGE", period = "2026-03-04", value = 81 } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("'2026-03-04' is not the first day of a week period; that day's period starts on 2026-03-02. FRIDGE is weekly.",
            errors.GetProperty("row 2, period")[0].GetString());
        Assert.Empty(await Stored(kpi.Id));

        var good = await client.PostAsJsonAsync("/api/v1/kpis/measurements", new
        {
            rows = new object[] { new { kpiCode = "fridge", period = "2026-W10", value = 80, note = "from the data warehouse" }, new { kpiCode = "FRIDGE", period = "2026-03-09", value = 81 } },
        });
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(new MeasurementBatchResult(2, 2, 0), await good.Content.ReadFromJsonAsync<MeasurementBatchResult>(Support.Json.Options));
        var stored = await Stored(kpi.Id);
        Assert.Equal([(new DateOnly(2026, 3, 2), 80m, "from the data warehouse"), (new DateOnly(2026, 3, 9), 81m, null)], stored.Select(m => (m.Period, m.Value, m.Note)));
        Assert.All(stored, m => Assert.Equal((MeasurementSource.Api, trust[TrustRole.Pmo].Id), (m.Source, m.EnteredBy!.Value)));
    }

    [Fact]
    public async Task A_second_value_for_a_period_replaces_the_first_and_the_audit_trail_keeps_both()
    {
        var trust = await NewTrust();
        var kpi = await app.CreateAsync(trust, KpiData.RootCauseKpi("FRIDGE") with { OwnerId = trust[TrustRole.RootCauseOwner].Id });

        var first = await app.SendAs(trust, TrustRole.RootCauseOwner, new RecordMeasurement(kpi.Id, "2026-09", 12.5m, "ward audit"));
        var second = await app.SendAs(trust, TrustRole.Pmo, new RecordMeasurement(kpi.Id, "2026-09-01", 14m));
        Assert.Equal((first.Id, "2026-09", 14m, trust[TrustRole.Pmo].DisplayName), (second.Id, second.Label, second.Value, second.EnteredBy));
        Assert.Equal([14m], (await Stored(kpi.Id)).Select(m => m.Value));

        var audit = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().AuditEntries.Where(a => a.EntityId == first.Id).OrderBy(a => a.Id).ToListAsync());
        Assert.Contains("12.5", audit.Single(a => a.Operation == AuditOperation.Created).After);
        var replaced = audit.Single(a => a.Operation == AuditOperation.Modified && a.Field == nameof(KpiMeasurement.Value));
        Assert.Equal((12.5m, 14m), (decimal.Parse(replaced.Before!, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(replaced.After!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(trust[TrustRole.Pmo].Id, replaced.UserId);

        var future = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo, new RecordMeasurement(kpi.Id, "2099-01", 1)));
        Assert.Contains("has not begun yet", future.Errors["Period"].Single());
        // An owner enters the values of their own KPIs only.
        var notMine = await app.CreateAsync(trust, KpiData.RootCauseKpi("OTHER"));
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.RootCauseOwner, new RecordMeasurement(notMine.Id, "2026-09", 1)));
    }

    [Fact]
    public async Task The_kpi_value_in_a_sprint_update_becomes_the_measurement_of_the_period_the_sprint_is_in()
    {
        var trust = await NewTrust();
        var kpi = await app.CreateAsync(trust, KpiData.RootCauseKpi("FRIDGE"));
        var rc = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(trust.RootCauseIds[1]));
        await app.SendAs(trust, TrustRole.Pmo, new LinkRootCauseKpi(rc.Id, kpi.Id, rc.Version));
        var today = app.Clock.Today();
        await app.SendAs(trust, TrustRole.Pmo, new ScheduleSprints(trust.IsgId, today.AddDays(-3)));
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync("sprint-rhythm");

        var rows = await app.SendAs(trust, TrustRole.RootCauseOwner, new GetMySprintUpdates());
        var row = rows.Single(r => r.RootCauseId == rc.Id);
        Assert.Equal(("FRIDGE measure", "%"), (row.KpiName, row.KpiUnit));
        Assert.All(rows.Where(r => r.RootCauseId != rc.Id), r => Assert.Null(r.KpiName));

        await app.SendAs(trust, TrustRole.RootCauseOwner, new SubmitSprintUpdates([row.Submitting(row.Seen with
            { Status = RootCauseStatus.InProgress, Narrative = "Checks twice daily", KpiValue = 96.5m })]));
        var stored = Assert.Single(await Stored(kpi.Id));
        Assert.Equal((KpiPeriods.PeriodContaining(KpiFrequency.Monthly, today), 96.5m, MeasurementSource.SprintUpdate, trust[TrustRole.RootCauseOwner].Id),
            (stored.Period, stored.Value, stored.Source, stored.EnteredBy!.Value));

        // Revising the update replaces the value for that period.
        row = (await app.SendAs(trust, TrustRole.RootCauseOwner, new GetMySprintUpdates())).Single(r => r.RootCauseId == rc.Id);
        Assert.Equal(96.5m, row.KpiValue);
        await app.SendAs(trust, TrustRole.RootCauseOwner, new SubmitSprintUpdates([row.Submitting(row.Seen with { KpiValue = 97m })]));
        Assert.Equal([97m], (await Stored(kpi.Id)).Select(m => m.Value));
    }
}

[Collection(OnSqlite.Name)]
public sealed class KpiMeasurementOnSqlite(SqliteApp app) : KpiMeasurementTests(app);
[Collection(OnPostgres.Name)]
public sealed class KpiMeasurementOnPostgres(PostgresApp app) : KpiMeasurementTests(app);
