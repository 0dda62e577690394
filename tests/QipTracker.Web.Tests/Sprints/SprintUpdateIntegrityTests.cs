using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Sprints;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Sprints;

/// <summary>
/// The owner's sprint update over HTTP, as the page and API clients send it: the form starts from each root
/// cause as it stands now, a submission moves only what the owner changed, and a root cause changed since the
/// form was loaded is a conflict naming it, with nothing of the submission written.
/// </summary>
public abstract class SprintUpdateIntegrityTests(QipAppFactory app)
{
    private DateOnly Today() => app.Clock.Today();

    /// <summary>A new trust whose sprint 1 is active: RC-001 (overdue, carried over) and RC-002 are in scope, RC-003 is not.</summary>
    private async Task<(TestTrust Trust, Guid SprintId)> ActiveSprint(string name)
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)]);
        var first = await app.SendAs(trust, TrustRole.Pmo, new ScheduleSprints(trust.IsgId, Today().AddDays(-3)));
        await app.SendAs(trust, TrustRole.IsgChair, new StartSprint(first.Id, first.Version));
        return (trust, first.Id);
    }

    private static async Task<List<FormRow>> Form(HttpClient owner) =>
        (await owner.GetFromJsonAsync<List<FormRow>>("/api/v1/sprint-updates", Json.Options))!;

    private static async Task<RootCauseRow> RootCause(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<RootCauseRow>($"/api/v1/root-causes/{id}", Json.Options))!;

    /// <summary>Sends the form's rows as the page does: what each showed as loaded (seen, with its versions) and the owner's edits (sent).</summary>
    private static Task<HttpResponseMessage> Submit(HttpClient owner, params (FormRow Row, FormRow Edited)[] items) =>
        owner.PostAsJsonAsync("/api/v1/sprint-updates", new
        {
            items = items.Select(i => new
            {
                sprintId = i.Row.SprintId, rootCauseId = i.Row.RootCauseId, rootCauseVersion = i.Row.RootCauseVersion, updateVersion = i.Row.UpdateVersion,
                seen = Fields(i.Row), sent = Fields(i.Edited),
            }),
        }, Json.Options);

    private static object Fields(FormRow r) =>
        new { status = r.Status.ToString(), narrative = r.Narrative, forecastDue = r.ForecastDue, offTrack = r.OffTrack, kpiValue = r.KpiValue };

    private static async Task Ok(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

    [Fact]
    public async Task The_form_starts_from_the_root_causes_forecast_now_and_a_narrative_only_update_leaves_the_plan_as_it_stands()
    {
        var (trust, _) = await ActiveSprint("Stale");
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var rc2 = trust.RootCauseIds[1];

        // The owner's first update this sprint forecasts RC-002 for a week today. Without evidence it cannot be completed, so
        // the form does not offer it.
        var row = (await Form(owner)).Single(r => r.RootCauseId == rc2);
        Assert.Equal([RootCauseStatus.NotStarted, RootCauseStatus.InProgress], row.StatusChoices);
        await Ok(await Submit(owner, (row, row with { Status = RootCauseStatus.InProgress, Narrative = "Audit booked", ForecastDue = Today().AddDays(7) })));

        // Later the forecast moves on the root cause itself (its page, My work, or the API).
        var later = Today().AddDays(40);
        var before = await RootCause(owner, rc2);
        await Ok(await owner.PostAsJsonAsync($"/api/v1/root-causes/{rc2}/progress", new { forecastDue = later, offTrack = false, version = before.Version }, Json.Options));

        // The form shows the forecast as it stands now, not the one in this sprint's earlier update...
        row = (await Form(owner)).Single(r => r.RootCauseId == rc2);
        Assert.Equal((RootCauseStatus.InProgress, later, false), (row.Status, row.ForecastDue, row.OffTrack));
        Assert.Equal("Audit booked", row.Narrative);

        // ...and changing only the narrative changes nothing else in the plan.
        await Ok(await Submit(owner, (row, row with { Narrative = "Audit done; report being written" })));
        var after = await RootCause(owner, rc2);
        Assert.Equal((RootCauseStatus.InProgress, later, false), (after.Status, after.ForecastDue, after.ReportedOffTrack));
        row = (await Form(owner)).Single(r => r.RootCauseId == rc2);
        Assert.Equal(("Audit done; report being written", later), (row.Narrative, row.ForecastDue));
    }

    [Fact]
    public async Task Work_the_chair_sent_back_starts_in_progress_on_the_form_not_completed()
    {
        var (trust, _) = await ActiveSprint("Sentback");
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var rc1 = trust.RootCauseIds[0];
        await AddEvidence(trust, rc1);

        var row = (await Form(owner)).Single(r => r.RootCauseId == rc1);
        await Ok(await Submit(owner, (row, row with { Status = RootCauseStatus.Completed, Narrative = "Fridges replaced" })));
        var chair = await app.SignedInAsync(trust[TrustRole.IsgChair]);
        var completed = await RootCause(chair, rc1);
        Assert.Equal(RootCauseStatus.Completed, completed.Status);
        await Ok(await chair.PostAsJsonAsync($"/api/v1/root-causes/{rc1}/send-back", new { comment = "The log covers one fridge of three", version = completed.Version }, Json.Options));

        row = (await Form(owner)).Single(r => r.RootCauseId == rc1);
        Assert.Equal(RootCauseStatus.InProgress, row.Status);
        Assert.Equal([RootCauseStatus.InProgress, RootCauseStatus.Completed], row.StatusChoices);
        // A narrative on its own leaves it in progress; the chair's review shows the update as the plan has it.
        await Ok(await Submit(owner, (row, row with { Narrative = "Logs for the other two fridges being collected" })));
        Assert.Equal(RootCauseStatus.InProgress, (await RootCause(owner, rc1)).Status);
        var review = await app.SendAs(trust, TrustRole.IsgChair, new GetSprintReview(trust.IsgId));
        Assert.Equal(RootCauseStatus.InProgress, review.Updates.Single(u => u.RootCauseId == rc1).Status);
    }

    [Fact]
    public async Task A_root_cause_changed_since_the_form_was_loaded_is_a_conflict_naming_it_and_nothing_is_written()
    {
        var (trust, sprintId) = await ActiveSprint("Conflict");
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var (rc1, rc2) = (trust.RootCauseIds[0], trust.RootCauseIds[1]);
        var form = await Form(owner);

        // In another tab, RC-002 is reported off track after this form was loaded.
        var current = await RootCause(owner, rc2);
        await Ok(await owner.PostAsJsonAsync($"/api/v1/root-causes/{rc2}/progress", new { forecastDue = current.ForecastDue, offTrack = true, version = current.Version }, Json.Options));

        var r1 = form.Single(r => r.RootCauseId == rc1);
        var r2 = form.Single(r => r.RootCauseId == rc2);
        var response = await Submit(owner,
            (r1, r1 with { Status = RootCauseStatus.InProgress, Narrative = "Fridge order placed" }),
            (r2, r2 with { Narrative = "Audit booked", ForecastDue = Today().AddDays(9) }));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("RC-002", body);
        Assert.DoesNotContain("RC-001", body);
        // All or nothing: no update was written for either, and neither root cause moved.
        Assert.Empty(await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().SprintUpdates.Where(u => u.SprintId == sprintId).ToListAsync()));
        var (after1, after2) = (await RootCause(owner, rc1), await RootCause(owner, rc2));
        Assert.Equal(RootCauseStatus.NotStarted, after1.Status);
        Assert.Equal((current.ForecastDue, true), (after2.ForecastDue, after2.ReportedOffTrack));
    }

    private Task AddEvidence(TestTrust trust, Guid rootCauseId) => app.AsSystem(async sp =>
    {
        var db = sp.GetRequiredService<QipDbContext>();
        db.Evidence.Add(Domain.Plans.Evidence.Note(trust.TrustId, rootCauseId, "Fridge log", "Temperatures in range for 14 days",
            trust[TrustRole.RootCauseOwner].Id, app.Clock.GetUtcNow()));
        return await db.SaveChangesAsync();
    });

    private sealed record FormRow(Guid SprintId, Guid RootCauseId, string Reference, long RootCauseVersion, RootCauseStatus Status, string Narrative,
        DateOnly ForecastDue, bool OffTrack, decimal? KpiValue, long? UpdateVersion, List<RootCauseStatus> StatusChoices);

    private sealed record RootCauseRow(Guid Id, string Reference, RootCauseStatus Status, DateOnly ForecastDue, bool ReportedOffTrack, long Version);
}

[Collection(OnSqlite.Name)]
public sealed class SprintUpdateIntegrityOnSqlite(SqliteApp app) : SprintUpdateIntegrityTests(app);
[Collection(OnPostgres.Name)]
public sealed class SprintUpdateIntegrityOnPostgres(PostgresApp app) : SprintUpdateIntegrityTests(app);
