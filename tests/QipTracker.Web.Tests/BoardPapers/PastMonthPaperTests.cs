using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.BoardPapers;

/// <summary>
/// A paper made today for a past month says what it said at that month's end. Three months of a plan's life are
/// played on the clock — completions, an off-track report and its end, a new root cause, a send-back, a change of
/// owner, a withdrawal, an assurance and a reopening — the paper for each month is assembled at its month end, and
/// all three are assembled again afterwards: every figure, exception and sentence is the same. In an app of its
/// own, because its clock runs over three months.
/// </summary>
public abstract class PastMonthPaperTests(DatabaseProvider provider)
{
    private static readonly DateOnly November = new(2026, 11, 1), December = new(2026, 12, 1), January = new(2027, 1, 1);

    [Fact]
    public async Task A_past_months_paper_made_later_has_the_figures_it_had_at_that_month_end()
    {
        var app = new QipAppFactory(provider);
        await ((IAsyncLifetime)app).InitializeAsync();
        try { await PlaysThreeMonths(app); }
        finally { await ((IAsyncLifetime)app).DisposeAsync(); }
    }

    private static async Task PlaysThreeMonths(QipAppFactory app)
    {
        // 20 November: the trust's plan has RC-001 (due 15 Nov), RC-002 (25 Nov) and RC-003 (5 Dec), all Must Do.
        var trust = await TestTrust.CreateAsync(app.Services, "Past Paper Trust");
        var (rc1, rc2, rc3) = (trust.RootCauseIds[0], trust.RootCauseIds[1], trust.RootCauseIds[2]);
        var owner = trust[TrustRole.RootCauseOwner].Id;
        var chair = trust[TrustRole.IsgChair].Id;
        var papers = new Dictionary<DateOnly, string>();

        await On(app, 2026, 11, 24, db => Complete(db, trust, rc1, new DateOnly(2026, 11, 24)));
        await On(app, 2026, 11, 26, async db => (await Load(db, rc2)).ReportProgress(new DateOnly(2026, 12, 20), offTrack: true, new DateOnly(2026, 11, 26)));
        At(app, 2026, 11, 30);
        papers[November] = await PaperAsync(app, trust, November);

        // December: a Should Do finding and its root cause enter the plan; RC-001 is sent back; RC-002 changes owner,
        // is back on track and completed; RC-003 is rebaselined.
        await On(app, 2026, 12, 3, async db =>
        {
            var finding = new Finding(trust.TrustId, "SD-9", "The trust should audit discharge letters.", FindingKind.ShouldDo, trust.IsgId);
            var added = new RootCause(trust.TrustId, "RC-004", "Discharge letters are not audited", owner, trust.IsgId, new DateOnly(2026, 11, 10));
            added.Answer(finding);
            db.AddRange(finding, added);
        });
        await On(app, 2026, 12, 8, async db => (await Load(db, rc1)).SendBack("The audit covers one ward only.", chair, new DateOnly(2026, 12, 8)));
        await On(app, 2026, 12, 9, async db => (await Load(db, rc2)).Reassign(chair));
        await On(app, 2026, 12, 10, async db => (await Load(db, rc2)).ReportOffTrack(false, new DateOnly(2026, 12, 10)));
        await On(app, 2026, 12, 12, db => Complete(db, trust, rc2, new DateOnly(2026, 12, 12)));
        await On(app, 2026, 12, 15, async db =>
        {
            (await Load(db, rc3)).Rebaseline(new DateOnly(2027, 1, 20));
            db.BaselineHistory.Add(new Domain.ChangeControl.BaselineRecord(trust.TrustId, rc3, new DateOnly(2027, 1, 20), new DateOnly(2026, 12, 15), null, app.Clock.GetUtcNow()));
        });
        At(app, 2026, 12, 31);
        papers[December] = await PaperAsync(app, trust, December);

        // January: RC-001 is completed again, assured and reopened; RC-004 is withdrawn; RC-002 is assured.
        await On(app, 2027, 1, 6, db => Complete(db, trust, rc1, new DateOnly(2027, 1, 6)));
        await On(app, 2027, 1, 8, async db => (await Load(db, rc1)).Assure(chair, byChairOrPmo: true, new DateOnly(2027, 1, 8)));
        await On(app, 2027, 1, 12, async db => (await db.RootCauses.SingleAsync(r => r.Reference == "RC-004")).Withdraw(new DateOnly(2027, 1, 12)));
        await On(app, 2027, 1, 20, async db => (await Load(db, rc1)).Reopen("Audit compliance fell back to 70%."));
        await On(app, 2027, 1, 22, async db => (await Load(db, rc2)).Assure(chair, byChairOrPmo: true, new DateOnly(2027, 1, 22)));
        At(app, 2027, 1, 31);
        papers[January] = await PaperAsync(app, trust, January);

        // February: all three again.
        await On(app, 2027, 2, 10, async db => (await Load(db, rc3)).ReportProgress(new DateOnly(2027, 3, 1), offTrack: true, new DateOnly(2027, 2, 10)));
        foreach (var (month, then) in papers)
            Assert.Equal(then, await PaperAsync(app, trust, month));

        // What the three months said, so the sameness above is not the sameness of empty papers.
        var november = BoardPaperJson.Deserialize(papers[November]).Assessment;
        Assert.Equal((3, 1), (november.Total.RootCausesIdentified, november.Total.Completed));   // RC-004 not yet in the plan; RC-001 done
        Assert.Equal(1, november.Total.FindingsCovered);
        var exception = Assert.Single(november.Exceptions);   // RC-002: overdue by 5 days and off track, its first owner's
        Assert.Equal(("RC-002", 5, trust[TrustRole.RootCauseOwner].DisplayName), (exception.Reference, exception.DaysOverdue, exception.Owner));
        var december = BoardPaperJson.Deserialize(papers[December]).Assessment;
        Assert.Equal((4, 1, 2), (december.Total.RootCausesIdentified, december.Total.Completed, december.Total.FindingsCovered));   // RC-001 sent back, RC-002 done
        Assert.Equal(["RC-001", "RC-004"], december.Exceptions.Select(e => e.Reference).Order());
        var january = BoardPaperJson.Deserialize(papers[January]).Assessment;
        Assert.Equal((3, 1), (january.Total.RootCausesIdentified, january.Total.Completed));   // RC-004 withdrawn, RC-001 reopened
        Assert.Equal(["RC-001", "RC-003"], january.Exceptions.Select(e => e.Reference).Order());
    }

    private static async Task<string> PaperAsync(QipAppFactory app, TestTrust trust, DateOnly month)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var pmo = trust[TrustRole.Pmo];
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(pmo.Id, trust.TrustId, [TrustRole.Pmo], false);
        var content = (await scope.ServiceProvider.GetRequiredService<BoardPaperAssembler>().AssembleAsync(month, default)).Content;
        // The day it was written is the one thing that differs.
        return BoardPaperJson.Serialize(content with { Cover = content.Cover with { DateWritten = default } });
    }

    /// <summary>Six in the evening, London, on the day (GMT from November to March).</summary>
    private static void At(QipAppFactory app, int year, int month, int day) =>
        app.Clock.SetUtcNow(new DateTimeOffset(year, month, day, 18, 0, 0, TimeSpan.Zero));

    /// <summary>Moves the clock to the day and saves the change made then, as the system.</summary>
    private static async Task On(QipAppFactory app, int year, int month, int day, Func<QipDbContext, Task> change)
    {
        At(app, year, month, day);
        await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            await change(db);
            return await db.SaveChangesAsync();
        });
    }

    private static Task<RootCause> Load(QipDbContext db, Guid id) => db.RootCauses.Include(r => r.Evidence).SingleAsync(r => r.Id == id);

    private static async Task Complete(QipDbContext db, TestTrust trust, Guid id, DateOnly on)
    {
        var rc = await Load(db, id);
        var evidence = Domain.Plans.Evidence.Note(trust.TrustId, id, $"Audit of {rc.Reference}", "Compliance above 95%", trust[TrustRole.RootCauseOwner].Id,
            new DateTimeOffset(on.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        rc.AddEvidence(evidence);
        db.Evidence.Add(evidence);
        rc.MarkCompleted(on);
    }
}

// In the shared apps' collections so that this app never starts alongside that collection's own.
[Collection(OnSqlite.Name)]
public sealed class PastMonthPaperOnSqlite() : PastMonthPaperTests(DatabaseProvider.Sqlite);
[Collection(OnPostgres.Name)]
public sealed class PastMonthPaperOnPostgres() : PastMonthPaperTests(DatabaseProvider.Postgres);
