using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Demo;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.PlanImport;
using QipTracker.Web.Tests.Support;
using Xunit.Abstractions;

namespace QipTracker.Web.Tests.PlanImport;

/// <summary>
/// The documented sample checked against the demo trust over HTTP, as a PMO trying it would: every CQC report numbers
/// from MD-1, so its references collide with the demo's, and the preview must say so in words, field by field, while
/// nothing is written. In an app of its own, since the demo trust is large and other tests count trusts.
/// </summary>
public abstract class SampleAgainstDemoTests(DatabaseProvider provider, ITestOutputHelper log)
{
    private const string Password = "sample against demo 2026";
    private static readonly string[] SampleFindings = ["MD-1", "MD-2", "SD-3", "MD-4", "SD-5", "MD-6", "SD-7"];

    [Fact]
    public async Task The_sample_previews_against_the_demo_trust_as_updates_to_its_findings_in_words_and_writes_nothing()
    {
        var app = new QipAppFactory(provider);
        app.Settings[DemoSeedOptions.PasswordKey] = Password;
        await ((IAsyncLifetime)app).InitializeAsync();
        try { await PreviewsSensiblyAsync(app); }
        finally { await ((IAsyncLifetime)app).DisposeAsync(); }
    }

    private async Task PreviewsSensiblyAsync(QipAppFactory app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoTrustSeeder>().SeedAsync();
        var demoTexts = await FindingTextsAsync(app);
        var audit = await AuditAsync(app);
        var pmo = await app.SignedInAsync(new TestUser(Guid.Empty, "pmo@northbridge.example", "PMO"), Password);

        var response = await pmo.PostAsync("/api/v1/plan/import?dryRun=true", Sample());

        // Whatever the demo's statuses today, the answer is a preview: on its own (200), or beside the rows refused (400).
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json.Options);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, body.ToString());
        var preview = (response.StatusCode == HttpStatusCode.OK ? body : body.GetProperty(PlanImportErrors.PreviewKey)).Deserialize<ImportResult>(Json.Options)!;
        foreach (var line in preview.Lines()) log.WriteLine(line);
        if (body.TryGetProperty("errors", out var errors)) log.WriteLine(errors.ToString());

        foreach (var reference in SampleFindings)
        {
            var change = Assert.Single(preview.Changes, c => c.Record == "finding" && c.Reference == reference);
            Assert.Equal(ImportAction.Update, change.Action);
            var text = Assert.Single(change.Fields, f => f.Field == "text");
            Assert.Equal(demoTexts[reference], text.Before);
            Assert.StartsWith($"Finding {reference}: text changed from {ImportWording.Quote(demoTexts[reference])} to '", change.Text);
        }
        Assert.Contains(preview.Summary, s => s.StartsWith("7 findings ", StringComparison.Ordinal) && s.Contains(" updated"));
        Assert.Contains(preview.Summary, s => s.Contains("of the plan are not in the file: an import never deletes"));
        var words = preview.Summary.Concat(preview.Changes.Select(c => c.Text)).Append(preview.Headline).ToList();
        Assert.All(new[] { "InProgress", "NotStarted", "MustDo", "ShouldDo", "WellLed" }, key => Assert.DoesNotContain(words, w => w.Contains(key)));

        // Sending it for real without confirming the preview writes nothing either: refused rows (400) or changes to confirm (409).
        var apply = await pmo.PostAsync("/api/v1/plan/import", Sample());
        Assert.True(apply.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, await apply.Content.ReadAsStringAsync());
        Assert.Equal(demoTexts, await FindingTextsAsync(app));
        Assert.Equal(audit, await AuditAsync(app));
    }

    private static MultipartFormDataContent Sample()
    {
        var content = new ByteArrayContent(File.ReadAllBytes(Path.Combine(PlanImportPreviewTests.RepositoryRoot(), "docs", "samples", "plan-import-sample.csv")));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { content, "file", "plan-import-sample.csv" } };
    }

    private static Task<Dictionary<string, string>> FindingTextsAsync(QipAppFactory app) => app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Findings
        .Where(f => SampleFindings.Contains(f.Reference)).ToDictionaryAsync(f => f.Reference, f => f.Text));

    private static Task<int> AuditAsync(QipAppFactory app) => app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().AuditEntries.CountAsync());
}

public sealed class SampleAgainstDemoOnSqlite(ITestOutputHelper log) : SampleAgainstDemoTests(DatabaseProvider.Sqlite, log);

public sealed class SampleAgainstDemoOnPostgres(ITestOutputHelper log) : SampleAgainstDemoTests(DatabaseProvider.Postgres, log);
