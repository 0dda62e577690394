using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Sprints;
using QipTracker.Web.Jobs;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

/// <summary>
/// A fortnight of an ISG's rhythm against the app's fake clock: the daily job creates and starts the
/// sprint, the owner updates on one screen, the chair reviews, the clock passes the sprint's end and the
/// job closes it (summary, charts, chair's email) and starts the next with the unfinished work.
/// </summary>
public abstract class SprintRhythmTests(QipAppFactory app)
{
    private async Task<string> RunJob(string id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync(id);
    }

    private DateOnly Today() => app.Clock.Today();

    [Fact]
    public async Task A_sprint_is_started_updated_reviewed_closed_and_its_unfinished_work_carried_over()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Spr {Guid.NewGuid():N}"[..11]);
        var start = Today();
        // RC-001 was due 5 days ago, RC-002 is due in 5 days, RC-003 in 15: see TestTrust.
        var scheduled = await app.SendAs(trust, TrustRole.Pmo, new ScheduleSprints(trust.IsgId, start.AddDays(-3)));
        Assert.Equal((1, start.AddDays(-3), start.AddDays(10), SprintState.Planned), (scheduled.Number, scheduled.StartsOn, scheduled.EndsOn, scheduled.State));

        await RunJob("sprint-rhythm");
        var review = await app.SendAs(trust, TrustRole.IsgChair, new GetSprintReview(trust.IsgId));
        Assert.Equal(SprintState.Active, review.Sprint!.State);
        Assert.Equal([1, 2], review.Sprints.Select(s => s.Number));
        Assert.Equal(2, review.Committed);
        Assert.Equal(["RC-001", "RC-002"], review.Items.Select(i => i.Reference));
        Assert.True(review.Items.Single(i => i.Reference == "RC-001").CarriedOver);
        Assert.Equal(["RC-001", "RC-002"], Assert.Single(review.Missing).References);
        Assert.Equal(2, review.Burndown!.Days.Single(d => d.Date == start).Remaining);

        // Running the job again the same day changes nothing.
        var before = await SprintsOf(trust);
        await RunJob("sprint-rhythm");
        Assert.Equal(before, await SprintsOf(trust));

        // The owner's one screen lists both; completing RC-001 without evidence refuses the whole submission, naming it.
        var form = await app.SendAs(trust, TrustRole.RootCauseOwner, new GetMySprintUpdates());
        var mine = form.Where(f => f.SprintId == review.Sprint.Id).ToList();
        Assert.Equal(["RC-001", "RC-002"], mine.Select(f => f.Reference));
        Assert.All(mine, f => Assert.Null(f.UpdateVersion));
        var (rc1, rc2) = (mine[0], mine[1]);
        SprintUpdateInput Input(SprintUpdateRow row, RootCauseStatus status, string narrative) =>
            row.Submitting(row.Seen with { Status = status, Narrative = narrative, ForecastDue = start.AddDays(7) });
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.RootCauseOwner,
            new SubmitSprintUpdates([Input(rc2, RootCauseStatus.InProgress, "Pharmacy audit booked"), Input(rc1, RootCauseStatus.Completed, "Fridges replaced")])));
        Assert.Contains("RC-001", Assert.Single(refused.Errors["Items[1]"]));
        Assert.Empty(await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().SprintUpdates.Where(u => u.SprintId == review.Sprint.Id).ToListAsync()));

        await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            db.Evidence.Add(Domain.Plans.Evidence.Note(trust.TrustId, rc1.RootCauseId, "Fridge log", "Temperatures in range for 14 days", trust[TrustRole.RootCauseOwner].Id, app.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(2, await app.SendAs(trust, TrustRole.RootCauseOwner,
            new SubmitSprintUpdates([Input(rc2, RootCauseStatus.InProgress, "Pharmacy audit booked"), Input(rc1, RootCauseStatus.Completed, "Fridges replaced")])));

        // Someone else's stale copy of the update is a conflict, not an overwrite.
        var updated = (await app.SendAs(trust, TrustRole.RootCauseOwner, new GetMySprintUpdates())).Single(f => f.RootCauseId == rc2.RootCauseId);
        Assert.Equal("Pharmacy audit booked", updated.Narrative);
        await app.SendAs(trust, TrustRole.RootCauseOwner, new SubmitSprintUpdates([Input(updated, RootCauseStatus.InProgress, "Audit moved to Tuesday")]));
        await Assert.ThrowsAsync<ConflictException>(() => app.SendAs(trust, TrustRole.RootCauseOwner,
            new SubmitSprintUpdates([Input(updated, RootCauseStatus.InProgress, "Stale")])));
        // Only the owner updates their root causes.
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust[TrustRole.IsgChair], trust, TrustRole.RootCauseOwner,
            new SubmitSprintUpdates([Input(rc2, RootCauseStatus.InProgress, "Not mine")])));

        review = await app.SendAs(trust, TrustRole.IsgChair, new GetSprintReview(trust.IsgId));
        Assert.Empty(review.Missing);
        Assert.Equal(1, review.Delivered);
        Assert.Equal(1, review.Burndown!.Days.Single(d => d.Date == start).Remaining);
        Assert.Equal("Audit moved to Tuesday", review.Updates.Single(u => u.Reference == "RC-002").Narrative);
        Assert.Equal(RootCauseStatus.Completed, review.Updates.Single(u => u.Reference == "RC-001").Status);

        // A fortnight on, the sprint has ended: the job closes it and starts the next.
        app.Clock.Advance(TimeSpan.FromDays(14));
        await RunJob("sprint-rhythm");
        var after = await SprintsOf(trust);
        Assert.Equal([(1, SprintState.Closed), (2, SprintState.Active), (3, SprintState.Planned)], after.Select(s => (s.Number, s.State)));
        await RunJob("sprint-rhythm");
        Assert.Equal(after, await SprintsOf(trust));

        var closed = await app.SendAs(trust, TrustRole.IsgChair, new GetSprintReview(trust.IsgId, review.Sprint!.Id));
        Assert.Equal(SprintState.Closed, closed.Sprint!.State);
        Assert.Equal((2, 1, 1), (closed.Committed, closed.Delivered, closed.CarriedForward));
        Assert.Contains(closed.RagChanges, c => c.Reference == "RC-001");

        var next = await app.SendAs(trust, TrustRole.IsgChair, new GetSprintReview(trust.IsgId));
        Assert.Equal((2, SprintState.Active), (next.Sprint!.Number, next.Sprint.State));
        Assert.Equal(["RC-002", "RC-003"], next.Items.Select(i => i.Reference));
        Assert.True(next.Items.Single(i => i.Reference == "RC-002").CarriedOver);

        var (summary, letter) = await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var s = await db.SprintSummaries.SingleAsync(x => x.SprintId == review.Sprint.Id);
            var l = await db.OutboxEmails.SingleAsync(o => o.DedupKey == $"sprint-closed:{review.Sprint.Id}");
            return (s, l);
        });
        Assert.Equal((2, 1, 1, 0), (summary.Committed, summary.Delivered, summary.CarriedOver, summary.MissingUpdates));
        Assert.Equal(PngSignature, summary.BurndownPng[..8]);
        Assert.Equal(PngSignature, summary.TrajectoryPng[..8]);
        Assert.Contains("\"Planned", summary.TrajectoryJson);
        Assert.Equal(trust[TrustRole.IsgChair].Email, letter.ToAddress);
        Assert.Contains("Delivered: 1 of 2 committed", letter.TextBody);
        Assert.Contains("Carried over to the next sprint: 1", letter.TextBody);
        Assert.Contains("RC-002", letter.TextBody);
        Assert.Contains("Missing updates: 0", letter.TextBody);
        Assert.Contains("RC-001: ", letter.TextBody[letter.TextBody.IndexOf("RAG changes", StringComparison.Ordinal)..]);

        // The burndown PNG served for a closed sprint is the one kept at its close.
        Assert.Equal(summary.BurndownPng, await app.SendAs(trust, TrustRole.BoardMember, new GetBurndownPng(review.Sprint.Id)));
    }

    [Fact]
    public async Task Only_the_chair_of_the_isg_or_the_pmo_runs_its_sprints_and_a_closed_sprint_cannot_be_closed_again()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Spc {Guid.NewGuid():N}"[..11]);
        var other = await TestTrust.CreateAsync(app.Services, $"Spc {Guid.NewGuid():N}"[..11]);
        var first = await app.SendAs(trust, TrustRole.Pmo, new ScheduleSprints(trust.IsgId, Today()));

        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAs(other, TrustRole.Pmo, new StartSprint(first.Id, first.Version)));
        var started = await app.SendAs(trust, TrustRole.IsgChair, new StartSprint(first.Id, first.Version));
        Assert.Equal(SprintState.Active, started.State);
        await Assert.ThrowsAsync<ConflictException>(() => app.SendAs(trust, TrustRole.Pmo, new CloseSprint(first.Id, first.Version)));

        // A chair of another ISG in the same trust may not close it.
        var otherChair = await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var isg = await db.Isgs.SingleAsync(i => i.Id == trust.IsgId);
            isg.Appoint(trust[TrustRole.Pmo].Id, isg.AccountableExecutiveId);
            await db.SaveChangesAsync();
            return trust[TrustRole.IsgChair];
        });
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(otherChair, trust, TrustRole.IsgChair, new CloseSprint(first.Id, started.Version)));

        // On its first day it closes only with a reason (see SprintClosingTests).
        var closed = await app.SendAs(trust, TrustRole.Pmo, new CloseSprint(first.Id, started.Version, "Replaced by a monthly calendar"));
        Assert.Equal(SprintState.Closed, closed.State);
        await Assert.ThrowsAsync<Domain.Common.DomainException>(() => app.SendAs(trust, TrustRole.Pmo, new CloseSprint(first.Id, closed.Version)));
        // A new calendar cannot overlap the sprints already run.
        await Assert.ThrowsAsync<Domain.Common.DomainException>(() => app.SendAs(trust, TrustRole.Pmo, new ScheduleSprints(trust.IsgId, first.EndsOn)));
        var restarted = await app.SendAs(trust, TrustRole.Pmo, new ScheduleSprints(trust.IsgId, first.EndsOn.AddDays(1)));
        Assert.Equal(2, restarted.Number);
    }

    /// <summary>The trust's sprints with their state and version: what a repeated job run must leave alone.</summary>
    private Task<List<(int Number, SprintState State, long Version)>> SprintsOf(TestTrust trust) => app.AsSystem(async sp =>
        (await sp.GetRequiredService<QipDbContext>().Sprints.Where(s => s.TrustId == trust.TrustId).OrderBy(s => s.Number)
            .Select(s => new { s.Number, s.State, s.Version }).ToListAsync())
        .Select(s => (s.Number, s.State, s.Version)).ToList());

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
}

[Collection(OnSqlite.Name)]
public sealed class SprintRhythmOnSqlite(SqliteApp app) : SprintRhythmTests(app);
[Collection(OnPostgres.Name)]
public sealed class SprintRhythmOnPostgres(PostgresApp app) : SprintRhythmTests(app);
