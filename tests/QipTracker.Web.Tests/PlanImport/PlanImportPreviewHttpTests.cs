using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.PlanImport;

/// <summary>
/// POST /api/v1/plan/import over HTTP on each database, signed in as the PMO through the login form: the preview and
/// the apply answer the same structure; an apply brings the preview's key, and a stale key or unconfirmed changes to
/// existing findings are a 409 carrying the new preview.
/// </summary>
public abstract class PlanImportPreviewHttpTests(QipAppFactory app)
{
    private static MultipartFormDataContent Form(byte[] file)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { content, "file", "plan.csv" } };
    }

    private static byte[] Rewording(string text) => new PlanSpreadsheet()
        .Add("Unscheduled Care", "MD-1", "MustDo", text, "RC-900", "Fridges are not checked.", $"fridge.owner@h{Guid.NewGuid():N}"[..22] + ".example.nhs.uk", "2027-01-31")
        .Csv();

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient pmo, string query, byte[] file)
    {
        var response = await pmo.PostAsync("/api/v1/plan/import" + query, Form(file));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(Json.Options));
    }

    [Fact]
    public async Task A_preview_and_its_confirmed_apply_answer_the_same_structure_and_a_stale_key_is_a_409_with_the_new_preview()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Http preview {Guid.NewGuid():N}");
        var pmo = await app.SignedInAsync(trust[TrustRole.Pmo]);
        var file = Rewording("The trust must ensure medicines are stored at safe temperatures.");

        var (status, preview) = await PostAsync(pmo, "?dryRun=true", file);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Preview", preview.GetProperty("outcome").GetString());
        Assert.True(preview.GetProperty("dryRun").GetBoolean());
        var change = preview.GetProperty("changes")[0];
        Assert.Equal(("finding", "MD-1", "Update"), (change.GetProperty("record").GetString(), change.GetProperty("reference").GetString(), change.GetProperty("action").GetString()));
        var field = change.GetProperty("fields")[0];
        Assert.Equal(("text", "The trust must ensure medicines are stored safely.", "The trust must ensure medicines are stored at safe temperatures."),
            (field.GetProperty("field").GetString(), field.GetProperty("before").GetString(), field.GetProperty("after").GetString()));
        Assert.Contains("1 finding will be updated.", preview.GetProperty("summary").EnumerateArray().Select(s => s.GetString()));
        var key = preview.GetProperty("previewKey").GetString()!;

        // Without the key, a change to an existing finding is not made: 409 with the same preview and the reason.
        var (unconfirmed, needs) = await PostAsync(pmo, "", file);
        Assert.Equal((HttpStatusCode.Conflict, "NeedsConfirmation", key), (unconfirmed, needs.GetProperty("outcome").GetString(), needs.GetProperty("previewKey").GetString()));

        // Another tab imports a different rewording first: the first preview is stale.
        var other = Rewording("The trust must ensure medicines are stored and logged safely.");
        var (_, otherPreview) = await PostAsync(pmo, "?dryRun=true", other);
        var (applied, _) = await PostAsync(pmo, "?previewKey=" + otherPreview.GetProperty("previewKey").GetString(), other);
        Assert.Equal(HttpStatusCode.OK, applied);

        var (stale, fresh) = await PostAsync(pmo, "?dryRun=false&previewKey=" + key, file);
        Assert.Equal((HttpStatusCode.Conflict, "PreviewChanged"), (stale, fresh.GetProperty("outcome").GetString()));
        Assert.Equal("The trust must ensure medicines are stored and logged safely.", fresh.GetProperty("changes")[0].GetProperty("fields")[0].GetProperty("before").GetString());
        Assert.Equal("The trust must ensure medicines are stored and logged safely.", await Md1TextAsync(trust));

        var (done, result) = await PostAsync(pmo, "?previewKey=" + fresh.GetProperty("previewKey").GetString(), file);
        Assert.Equal((HttpStatusCode.OK, "Applied", false), (done, result.GetProperty("outcome").GetString(), result.GetProperty("dryRun").GetBoolean()));
        Assert.Equal("The trust must ensure medicines are stored at safe temperatures.", await Md1TextAsync(trust));
    }

    [Fact]
    public async Task Rows_the_plan_refuses_are_a_400_that_also_says_what_the_other_rows_would_do()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Http refused {Guid.NewGuid():N}");
        var pmo = await app.SignedInAsync(trust[TrustRole.Pmo]);
        await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var rc = await db.RootCauses.SingleAsync(r => r.TrustId == trust.TrustId && r.Reference == "RC-001");
            rc.Start();
            return await db.SaveChangesAsync();
        });
        var file = new PlanSpreadsheet()
            .Add("Unscheduled Care", "MD-1", "MustDo", "The trust must ensure medicines are stored safely.", "RC-001", $"Root cause 1 of {trust.Name}",
                trust[TrustRole.RootCauseOwner].Email, "2026-11-15", "NotStarted")
            .Add("Unscheduled Care", "SD-2", "ShouldDo", "The trust should check fridges daily.", "RC-901", "No fridge checklist.",
                trust[TrustRole.RootCauseOwner].Email, "2027-02-28")
            .Csv();

        var (status, body) = await PostAsync(pmo, "?dryRun=true", file);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("root cause RC-001 is In progress in the plan and the file says Not started",
            body.GetProperty("errors").GetProperty("row 2, status")[0].GetString());
        var rest = body.GetProperty("preview");
        Assert.Equal("Refused", rest.GetProperty("outcome").GetString());
        Assert.Equal(["finding SD-2", "root cause RC-901"],
            rest.GetProperty("changes").EnumerateArray().Select(c => $"{c.GetProperty("record").GetString()} {c.GetProperty("reference").GetString()}"));
        Assert.Contains("1 finding would be created and 1 is already as the file says.", rest.GetProperty("summary").EnumerateArray().Select(s => s.GetString()));
    }

    private Task<string> Md1TextAsync(TestTrust trust) => app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Findings
        .Where(f => f.TrustId == trust.TrustId && f.Reference == "MD-1").Select(f => f.Text).SingleAsync());
}

[Collection(OnSqlite.Name)]
public sealed class PlanImportPreviewHttpOnSqlite(SqliteApp app) : PlanImportPreviewHttpTests(app);

[Collection(OnPostgres.Name)]
public sealed class PlanImportPreviewHttpOnPostgres(PostgresApp app) : PlanImportPreviewHttpTests(app);
