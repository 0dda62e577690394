using System.Net;
using System.Net.Http.Json;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Tests.Kpis;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.InputPolicy;

/// <summary>
/// No patient data (issue 16): an NHS number or a date of birth in free text is refused through the API, naming the
/// field wherever it sits, and in an import naming the row; ten digits failing the check digit are ordinary text.
/// </summary>
public abstract class PatientDataPolicyTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Pat {Guid.NewGuid():N}"[..12]);

    [Fact]
    public async Task An_evidence_note_holding_an_nhs_number_is_refused_naming_the_field_and_one_failing_the_check_is_kept()
    {
        var trust = await NewTrust();
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var url = $"/api/v1/root-causes/{trust.RootCauseIds[0]}/evidence/note";

        var refused = await owner.PostJsonAsync(url, new { title = "Ward audit", whatItShows = "Patient 943-476-5919 was not reassessed" });
        var kept = await owner.PostJsonAsync(url, new { title = "Ward audit", whatItShows = "Datix 943-476-5918 closed" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("WhatItShows holds what looks like an NHS number at character 9. Patient-identifiable information must not be recorded",
            (await refused.ErrorsAsync()).Single("WhatItShows"));
        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
    }

    [Fact]
    public async Task A_date_of_birth_in_an_sbar_is_refused_naming_the_nested_field()
    {
        var trust = await NewTrust();
        var pmo = await app.SignedInAsync(trust[TrustRole.Pmo]);

        var errors = await (await pmo.PutAsJsonAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}/sbar",
            new { sbar = new { situation = "Mr B (born 3 June 1941) fell", background = "", assessment = "", recommendation = "" }, version = 0 })).ErrorsAsync();

        Assert.StartsWith("Sbar.Situation holds what looks like a date of birth at character 7.", errors.Single("Sbar.Situation"));
    }

    [Fact]
    public async Task A_measurement_note_holding_an_nhs_number_is_refused_by_row_in_a_csv_and_by_item_in_a_push()
    {
        var trust = await NewTrust();
        await app.CreateAsync(trust, KpiData.RootCauseKpi("FRIDGE"));

        var csv = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo,
            new UploadMeasurements("kpi_code,period,value,note\nFRIDGE,2026-01,91.5,fine\nFRIDGE,2026-02,90,missed for 9434765919")));
        var pmo = await app.SignedInAsync(trust[TrustRole.Pmo]);
        var push = await (await pmo.PostJsonAsync("/api/v1/kpis/measurements",
            new { rows = new[] { new { kpiCode = "FRIDGE", period = "2026-03", value = 80, note = "dob 1/2/1950" } } })).ErrorsAsync();

        Assert.StartsWith("holds what looks like an NHS number at character 12.", Assert.Single(csv.Errors["row 3, note"]));
        Assert.StartsWith("Rows[0].Note holds what looks like a date of birth at character 1.", push.Single("Rows[0].Note"));
    }
}

[Collection(OnSqlite.Name)]
public sealed class PatientDataPolicyOnSqlite(SqliteApp app) : PatientDataPolicyTests(app);

[Collection(OnPostgres.Name)]
public sealed class PatientDataPolicyOnPostgres(PostgresApp app) : PatientDataPolicyTests(app);
