using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Tests.Support;
using static QipTracker.Web.Tests.Evidence.EvidenceTestFiles;

namespace QipTracker.Web.Tests.Evidence;

/// <summary>Evidence through /api/v1 as owners, chairs, the PMO and other trusts would use it.</summary>
public abstract class EvidenceHttpTests(QipAppFactory app)
{
    private static readonly DateOnly Today = new(2026, 11, 20); // the factory's clock, in London

    private async Task<TestTrust> NewTrust(string name) => await TestTrust.CreateAsync(app.Services, $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)]);

    private static async Task<EvidenceRow> Created(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<EvidenceRow>(Json.Options))!;
    }

    private static async Task<Problem> Refused(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Problem>(Json.Options))!;
    }

    private string EvidenceFolder(Guid trustId) => Path.Combine(app.DataFolder, "evidence", trustId.ToString("D"));

    private string[] StoredFiles(Guid trustId) =>
        Directory.Exists(EvidenceFolder(trustId)) ? Directory.GetFiles(EvidenceFolder(trustId), "*", SearchOption.AllDirectories) : [];

    [Fact]
    public async Task An_owner_uploads_a_pdf_to_their_root_cause_and_anyone_in_the_trust_downloads_the_same_bytes()
    {
        var trust = await NewTrust("Upload");
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var rootCause = trust.RootCauseIds[0];
        var pdf = Pdf();

        var evidence = await Created(await owner.PostAsync($"/api/v1/root-causes/{rootCause}/evidence/file", Form("fridge audit.pdf", pdf)));

        Assert.Equal(("File", "fridge audit.pdf", "application/pdf", (long?)pdf.Length), (evidence.Kind, evidence.FileName, evidence.ContentType, evidence.SizeBytes));
        Assert.Equal("Fridge temperature audit", evidence.Title);
        Assert.Equal(trust[TrustRole.RootCauseOwner].DisplayName, evidence.AddedBy);

        var board = await app.SignedInAsync(trust[TrustRole.BoardMember]);
        var listed = await board.GetFromJsonAsync<List<EvidenceRow>>($"/api/v1/root-causes/{rootCause}/evidence", Json.Options);
        Assert.Equal([evidence.Id], listed!.Select(e => e.Id));

        var download = await board.GetAsync($"/api/v1/evidence/{evidence.Id}/download");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("fridge audit.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", string.Join(",", download.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Files_are_kept_in_the_data_folder_under_a_generated_name_and_never_served_from_the_web_root()
    {
        var trust = await NewTrust("Disk");
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var pdf = Pdf("kept outside the web root");

        await Created(await owner.PostAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}/evidence/file", Form("../../wwwroot/audit.pdf", pdf)));

        var stored = Assert.Single(StoredFiles(trust.TrustId));
        Assert.Equal(pdf, await File.ReadAllBytesAsync(stored));
        Assert.Matches("^[0-9a-f]{32}$", Path.GetFileName(stored));
        var webRoot = app.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath;
        Assert.False(stored.StartsWith(Path.GetFullPath(webRoot), StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(webRoot, "audit.pdf")));

        var key = Path.GetRelativePath(Path.Combine(app.DataFolder, "evidence"), stored).Replace('\\', '/');
        foreach (var url in new[] { $"/{key}", $"/evidence/{key}", $"/data/evidence/{key}" })
            Assert.NotEqual(pdf, await (await owner.GetAsync(url)).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_owner_cannot_evidence_a_root_cause_they_do_not_own_but_its_chair_and_the_pmo_can()
    {
        var trust = await NewTrust("Access");
        var someoneElses = await AddRootCauseOwnedBy(trust, trust[TrustRole.AccountableExecutive].Id);
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);

        var refused = await Refused(await owner.PostAsync($"/api/v1/root-causes/{someoneElses}/evidence/file", Form("audit.pdf", Pdf())), HttpStatusCode.Forbidden);
        Assert.Contains("not yours to update", refused.Detail);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await owner.PostAsJsonAsync($"/api/v1/root-causes/{someoneElses}/evidence/note", new { title = "Audit", whatItShows = "It is fixed." })).StatusCode);
        Assert.Empty(StoredFiles(trust.TrustId));

        foreach (var role in new[] { TrustRole.IsgChair, TrustRole.Pmo })
        {
            var browser = await app.SignedInAsync(trust[role]);
            await Created(await browser.PostAsync($"/api/v1/root-causes/{someoneElses}/evidence/file", Form($"{role}.pdf", Pdf())));
        }

        // Roles that may read the plan but not evidence it.
        foreach (var role in new[] { TrustRole.BoardMember, TrustRole.TrustAdmin })
        {
            var browser = await app.SignedInAsync(trust[role]);
            Assert.Equal(HttpStatusCode.Forbidden,
                (await browser.PostAsync($"/api/v1/root-causes/{someoneElses}/evidence/file", Form("audit.pdf", Pdf()))).StatusCode);
        }
        Assert.Equal(2, StoredFiles(trust.TrustId).Length);
    }

    [Fact]
    public async Task Another_trusts_root_causes_and_evidence_are_not_found()
    {
        var mine = await NewTrust("Mine");
        var theirs = await NewTrust("Theirs");
        var theirOwner = await app.SignedInAsync(theirs[TrustRole.RootCauseOwner]);
        var theirEvidence = await Created(await theirOwner.PostAsync($"/api/v1/root-causes/{theirs.RootCauseIds[0]}/evidence/file", Form("theirs.pdf", Pdf())));

        foreach (var role in new[] { TrustRole.RootCauseOwner, TrustRole.Pmo, TrustRole.BoardMember })
        {
            var browser = await app.SignedInAsync(mine[role]);
            var theirRootCause = theirs.RootCauseIds[0];
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/evidence/{theirEvidence.Id}/download")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/root-causes/{theirRootCause}/evidence")).StatusCode);
            if (role == TrustRole.BoardMember) continue; // no role to add evidence anywhere: 403 before anything is looked up
            Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync($"/api/v1/root-causes/{theirRootCause}/evidence/file", Form("mine.pdf", Pdf()))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound,
                (await browser.PostAsJsonAsync($"/api/v1/root-causes/{theirRootCause}/evidence/link", new { title = "Dashboard", url = "https://intranet.example/qip" })).StatusCode);
        }

        Assert.Empty(StoredFiles(mine.TrustId));
        Assert.Single(StoredFiles(theirs.TrustId));
        var theirList = await theirOwner.GetFromJsonAsync<List<EvidenceRow>>($"/api/v1/root-causes/{theirs.RootCauseIds[0]}/evidence", Json.Options);
        Assert.Equal([theirEvidence.Id], theirList!.Select(e => e.Id));
    }

    [Fact]
    public async Task A_program_renamed_pdf_is_refused_naming_the_file_and_nothing_is_stored()
    {
        var trust = await NewTrust("Exe");
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);

        var refused = await Refused(await owner.PostAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}/evidence/file", Form("audit.pdf", Exe())),
            HttpStatusCode.BadRequest);

        Assert.Contains("'audit.pdf' is not accepted as evidence", refused.Detail);
        Assert.Contains("program", refused.Detail);
        Assert.Empty(StoredFiles(trust.TrustId));
        Assert.Empty((await owner.GetFromJsonAsync<List<EvidenceRow>>($"/api/v1/root-causes/{trust.RootCauseIds[0]}/evidence", Json.Options))!);
    }

    [Fact]
    public async Task Notes_and_links_are_evidence_too_and_bad_ones_are_refused_naming_the_field()
    {
        var trust = await NewTrust("Notes");
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var url = $"/api/v1/root-causes/{trust.RootCauseIds[0]}/evidence";

        var note = await Created(await owner.PostAsJsonAsync($"{url}/note", new { title = "Spot check", whatItShows = "20 of 20 CTG reviews signed within 15 minutes." }));
        var link = await Created(await owner.PostAsJsonAsync($"{url}/link", new { title = "Dashboard", url = "https://intranet.example/qip/rc-1", whatItShows = "Weekly compliance" }));
        Assert.Equal(("Note", "Link", "https://intranet.example/qip/rc-1"), (note.Kind, link.Kind, link.Url));

        var script = await Refused(await owner.PostAsJsonAsync($"{url}/link", new { title = "x", url = "javascript:alert(1)" }), HttpStatusCode.BadRequest);
        Assert.Contains("Url", script.Detail);
        Assert.Contains("not a web link", script.Detail);
        var empty = await Refused(await owner.PostAsJsonAsync($"{url}/note", new { title = "Spot check", whatItShows = "" }), HttpStatusCode.BadRequest);
        Assert.Contains("WhatItShows", empty.Detail);
        var noFile = await Refused(await owner.PostAsync($"{url}/file", new MultipartFormDataContent { { new StringContent("Audit"), "title" } }), HttpStatusCode.BadRequest);
        Assert.Contains("Choose a file", noFile.Detail);

        var listed = await owner.GetFromJsonAsync<List<EvidenceRow>>(url, Json.Options);
        Assert.Equal(new[] { note.Id, link.Id }.Order(), listed!.Select(e => e.Id).Order()); // the test clock stands still: same time, any order
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/api/v1/evidence/{note.Id}/download")).StatusCode); // a note has no file
    }

    [Fact]
    public async Task Adding_evidence_is_on_the_root_causes_audit_timeline()
    {
        var trust = await NewTrust("Audit");
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var rootCause = trust.RootCauseIds[0];

        await Created(await owner.PostAsync($"/api/v1/root-causes/{rootCause}/evidence/file", Form("audit.pdf", Pdf())));

        var timeline = await owner.GetFromJsonAsync<List<TimelineRow>>($"/api/v1/root-causes/{rootCause}/timeline", Json.Options);
        var entry = Assert.Single(timeline!, t => t.What == "Evidence");
        Assert.Equal(("Created", trust[TrustRole.RootCauseOwner].DisplayName), (entry.Operation, entry.Who));
    }

    [Fact]
    public async Task A_root_cause_can_be_completed_once_it_has_evidence_and_not_before()
    {
        var trust = await NewTrust("Close");
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var rootCause = trust.RootCauseIds[1];

        var before = await owner.GetFromJsonAsync<RootCauseRow>($"/api/v1/root-causes/{rootCause}", Json.Options);
        var refused = await Refused(await owner.PostAsJsonAsync($"/api/v1/root-causes/{rootCause}/complete", new { completedOn = Today, version = before!.Version }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("without evidence", refused.Detail);

        await Created(await owner.PostAsync($"/api/v1/root-causes/{rootCause}/evidence/file", Form("audit.pdf", Pdf())));
        var current = await owner.GetFromJsonAsync<RootCauseRow>($"/api/v1/root-causes/{rootCause}", Json.Options);
        var completed = await owner.PostAsJsonAsync($"/api/v1/root-causes/{rootCause}/complete", new { completedOn = Today, version = current!.Version });

        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync());
        var after = await completed.Content.ReadFromJsonAsync<RootCauseRow>(Json.Options);
        Assert.Equal(("Completed", (DateOnly?)Today), (after!.Status, after.CompletedOn));
    }

    private async Task<Guid> AddRootCauseOwnedBy(TestTrust trust, Guid ownerId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemIn(trust.TrustId);
        var db = scope.ServiceProvider.GetRequiredService<QipDbContext>();
        var finding = await db.Findings.FindAsync(trust.FindingId);
        var rootCause = new RootCause(trust.TrustId, "RC-900", "Someone else's root cause", ownerId, trust.IsgId, Today.AddDays(30));
        rootCause.Answer(finding!);
        db.RootCauses.Add(rootCause);
        await db.SaveChangesAsync();
        return rootCause.Id;
    }
}

[Collection(OnSqlite.Name)]
public sealed class EvidenceHttpOnSqlite(SqliteApp app) : EvidenceHttpTests(app);

[Collection(OnPostgres.Name)]
public sealed class EvidenceHttpOnPostgres(PostgresApp app) : EvidenceHttpTests(app);
