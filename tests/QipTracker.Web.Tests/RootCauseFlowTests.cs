using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.ChangeRequests;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

/// <summary>The life of a root cause through the API: owner updates and completes, chair assures, ECIB changes the plan.</summary>
public abstract class RootCauseFlowTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Flow {Guid.NewGuid():N}"[..12]);

    private static async Task<RootCauseDto> Get(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<RootCauseDto>($"/api/v1/root-causes/{id}", Json.Options))!;

    private Task AddNoteEvidence(TestTrust trust, Guid rootCauseId) => app.AsSystem(async sp =>
    {
        var db = sp.GetRequiredService<QipDbContext>();
        var rc = await db.RootCauses.Include(r => r.Evidence).SingleAsync(r => r.Id == rootCauseId);
        rc.AddEvidence(Domain.Plans.Evidence.Note(trust.TrustId, rc.Id, "Audit of fridge logs", "Four weeks of complete daily checks", trust[TrustRole.RootCauseOwner].Id, app.Clock.GetUtcNow()));
        await db.SaveChangesAsync();
        return 0;
    });

    [Fact]
    public async Task A_second_editor_with_a_stale_version_gets_a_conflict_not_an_overwrite()
    {
        var trust = await NewTrust();
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var chair = await app.SignedInAsync(trust[TrustRole.IsgChair]);
        var id = trust.RootCauseIds[1];
        var loaded = await Get(owner, id);

        var first = await chair.PostAsJsonAsync($"/api/v1/root-causes/{id}/progress", new { forecastDue = loaded.BaselineDue.AddDays(30), offTrack = true, version = loaded.Version });
        var second = await owner.PostAsJsonAsync($"/api/v1/root-causes/{id}/progress", new { forecastDue = loaded.BaselineDue, offTrack = false, version = loaded.Version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("changed by someone else", await second.Content.ReadAsStringAsync());
        var now = await Get(owner, id);
        Assert.True(now.ReportedOffTrack);
        Assert.Equal(loaded.BaselineDue.AddDays(30), now.ForecastDue);
        Assert.Equal(loaded.Version + 1, now.Version);
    }

    [Fact]
    public async Task An_owner_updates_only_their_own_root_causes()
    {
        var trust = await NewTrust();
        var otherOwner = trust[TrustRole.BoardMember];
        await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            db.Memberships.Add(new TrustMembership(trust.TrustId, otherOwner.Id, TrustRole.RootCauseOwner));
            return await db.SaveChangesAsync();
        });
        var id = trust.RootCauseIds[0];
        var rc = await app.SendAs(trust, TrustRole.RootCauseOwner, new GetRootCause(id));

        await Assert.ThrowsAsync<Application.ForbiddenException>(() =>
            app.SendAs(otherOwner, trust, TrustRole.RootCauseOwner, new ReportProgress(id, rc.BaselineDue, true, rc.Version)));
        var mine = await app.SendAs(trust, TrustRole.RootCauseOwner, new ReportProgress(id, rc.BaselineDue, true, rc.Version));
        Assert.True(mine.ReportedOffTrack);
    }

    [Fact]
    public async Task Completion_needs_evidence_and_only_the_chair_or_pmo_assures()
    {
        var trust = await NewTrust();
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var chair = await app.SignedInAsync(trust[TrustRole.IsgChair]);
        var id = trust.RootCauseIds[2];
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

        var refused = await owner.PostAsJsonAsync($"/api/v1/root-causes/{id}/complete", new { completedOn = today, version = (await Get(owner, id)).Version });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("without evidence", await refused.Content.ReadAsStringAsync());

        await AddNoteEvidence(trust, id);
        var completed = await owner.PostAsJsonAsync($"/api/v1/root-causes/{id}/complete", new { completedOn = today, version = (await Get(owner, id)).Version });
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);

        var byOwner = await owner.PostAsJsonAsync($"/api/v1/root-causes/{id}/assure", new { version = (await Get(owner, id)).Version });
        Assert.Equal(HttpStatusCode.Forbidden, byOwner.StatusCode);
        var byChair = await chair.PostAsJsonAsync($"/api/v1/root-causes/{id}/assure", new { version = (await Get(chair, id)).Version });
        Assert.Equal(HttpStatusCode.OK, byChair.StatusCode);

        var assured = await Get(chair, id);
        Assert.Equal(RootCauseStatus.Assured, assured.Status);
        Assert.Equal(Rag.Blue, assured.Rag);
        var timeline = await chair.GetFromJsonAsync<List<TimelineEntry>>($"/api/v1/root-causes/{id}/timeline", Json.Options);
        Assert.Contains(timeline!, e => e.Field == "Status" && e.Before == "Completed" && e.After == "Assured" && e.Who == trust[TrustRole.IsgChair].DisplayName);
    }

    [Fact]
    public async Task Embedding_waits_for_the_kpi_rule()
    {
        var trust = await NewTrust();
        var id = trust.RootCauseIds[0];
        await AddNoteEvidence(trust, id);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var rc = await app.SendAs(trust, TrustRole.RootCauseOwner, new MarkCompleted(id, today, (await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(id))).Version));
        rc = await app.SendAs(trust, TrustRole.Pmo, new Assure(id, rc.Version));

        var error = await Assert.ThrowsAsync<Domain.Common.DomainException>(() => app.SendAs(trust, TrustRole.Pmo, new Embed(id, rc.Version)));
        Assert.Contains("cannot be embedded yet", error.Message);
    }

    [Fact]
    public async Task A_due_date_moves_only_when_the_ecib_approves_and_the_baseline_history_shows_it()
    {
        var trust = await NewTrust();
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        var exec = await app.SignedInAsync(trust[TrustRole.AccountableExecutive]);
        var id = trust.RootCauseIds[1];
        var before = await Get(owner, id);
        var newDue = before.BaselineDue.AddMonths(2);

        var asked = await owner.PostAsJsonAsync($"/api/v1/root-causes/{id}/change-requests", new { kind = "NewDueDate", reason = "Estates work delayed by supplier", proposedDue = newDue });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var request = (await asked.Content.ReadFromJsonAsync<ChangeRequestDto>(Json.Options))!;
        Assert.Equal(before.BaselineDue, (await Get(owner, id)).BaselineDue);

        var ownerDecides = await owner.PostAsJsonAsync($"/api/v1/change-requests/{request.Id}/decision", new { approve = true, version = request.Version });
        Assert.Equal(HttpStatusCode.Forbidden, ownerDecides.StatusCode);

        var approved = await exec.PostAsJsonAsync($"/api/v1/change-requests/{request.Id}/decision", new { approve = true, note = "Agreed at ECIB", version = request.Version });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(newDue, (await Get(owner, id)).BaselineDue);

        var history = await owner.GetFromJsonAsync<List<BaselineDto>>($"/api/v1/root-causes/{id}/baselines", Json.Options);
        // The original baseline is recorded when the root cause is created; the approved change adds the second.
        Assert.Equal(2, history!.Count);
        Assert.Contains(history, h => h.BaselineDue == before.BaselineDue && h.ChangeRequestId == null);
        var entry = Assert.Single(history, h => h.ChangeRequestId == request.Id);
        Assert.Equal(newDue, entry.BaselineDue);
        Assert.Equal("Estates work delayed by supplier", entry.Reason);
        Assert.Equal(trust[TrustRole.AccountableExecutive].DisplayName, entry.ApprovedBy);

        var again = await exec.PostAsJsonAsync($"/api/v1/change-requests/{request.Id}/decision", new { approve = false, note = "No", version = request.Version + 1 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
    }

    [Fact]
    public async Task A_rejected_change_needs_a_note_and_changes_nothing()
    {
        var trust = await NewTrust();
        var id = trust.RootCauseIds[0];
        var request = await app.SendAs(trust, TrustRole.Pmo, new RequestChange(id, ChangeKind.Withdrawal, "Duplicate of RC-002"));

        await Assert.ThrowsAsync<Domain.Common.DomainException>(() =>
            app.SendAs(trust, TrustRole.AccountableExecutive, new DecideChange(request.Id, false, "", request.Version)));
        var rejected = await app.SendAs(trust, TrustRole.AccountableExecutive, new DecideChange(request.Id, false, "Not a duplicate", request.Version));

        Assert.Equal(ChangeStatus.Rejected, rejected.Status);
        Assert.Null((await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(id))).WithdrawnOn);
    }

    [Fact]
    public async Task An_approved_split_withdraws_the_original_and_creates_parts_that_answer_the_same_findings()
    {
        var trust = await NewTrust();
        var id = trust.RootCauseIds[0];
        var due = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddMonths(3);
        var request = await app.SendAs(trust, TrustRole.Pmo, new RequestChange(id, ChangeKind.Split, "Two distinct problems",
            SplitParts: [new SplitPart("RC-001a", "Fridge checks on wards", due), new SplitPart("RC-001b", "Fridge checks in theatres", due.AddMonths(1))]));

        await app.SendAs(trust, TrustRole.AccountableExecutive, new DecideChange(request.Id, true, null, request.Version));

        var original = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(id));
        Assert.NotNull(original.WithdrawnOn);
        var parts = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().RootCauses
            .Where(r => r.TrustId == trust.TrustId && r.Reference.StartsWith("RC-001")).Include(r => r.Findings).ToListAsync());
        Assert.Equal(3, parts.Count);
        Assert.All(parts.Where(p => p.Id != id), p =>
        {
            Assert.Equal(PriorityClass.MustDo, p.Priority);
            Assert.Equal([trust.FindingId], p.Findings.Select(f => f.FindingId));
        });
    }
}

[Collection(OnSqlite.Name)]
public sealed class RootCauseFlowOnSqlite(SqliteApp app) : RootCauseFlowTests(app);
[Collection(OnPostgres.Name)]
public sealed class RootCauseFlowOnPostgres(PostgresApp app) : RootCauseFlowTests(app);
