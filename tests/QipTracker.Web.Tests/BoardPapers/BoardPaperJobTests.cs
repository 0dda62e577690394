using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Reporting;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Demo;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Infrastructure.Tests.BoardPapers;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Features.Trajectory;
using QipTracker.Web.Jobs;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.BoardPapers;

/// <summary>
/// The monthly job in an app of its own: it drafts for every trust with a plan, and the shared apps hold
/// dozens of test trusts, each of which would cost a LibreOffice run. Its clock is its own to set. The
/// demo trust is seeded here too, so the job proves the demo's paper can be produced.
/// </summary>
public abstract class BoardPaperJobTests(Infrastructure.Persistence.DatabaseProvider provider)
{
    private static async Task<string> RunJob(QipAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync("board-paper");
    }

    [Fact]
    public async Task On_the_fifth_working_day_last_months_paper_is_drafted_once_per_trust_and_the_pmo_is_emailed_once()
    {
        var app = new QipAppFactory(provider);
        await ((IAsyncLifetime)app).InitializeAsync();
        try { await DraftsAndEmailsOnce(app); }
        finally { await ((IAsyncLifetime)app).DisposeAsync(); }   // drops its database and data folder too
    }

    private static async Task DraftsAndEmailsOnce(QipAppFactory app)
    {
        var trust = await TestTrust.CreateAsync(app.Services, "Paper Job Trust");
        DemoSeedResult seeded;
        await using (var scope = app.Services.CreateAsyncScope())
            seeded = await scope.ServiceProvider.GetRequiredService<DemoTrustSeeder>().SeedAsync();
        var demo = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Trusts.SingleAsync(t => t.Name == seeded.TrustName));

        // December 2026: Tuesday 1st … Friday 4th is the 4th working day, Monday 7th the 5th.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 6, 0, 0, TimeSpan.Zero));
        Assert.StartsWith("Not the day", await RunJob(app));
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero));
        Assert.StartsWith("November 2026 board paper drafted for 2 of 2 trusts; ", await RunJob(app));
        Assert.Equal("November 2026 board paper drafted for 0 of 2 trusts; 0 PMOs emailed", await RunJob(app));

        var november = new DateOnly(2026, 11, 1);
        var papers = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().GeneratedPapers
            .Select(p => new { p.TrustId, p.Month, p.Kind, p.GeneratedBy }).ToListAsync());
        Assert.Equal(2, papers.Count);
        Assert.All(papers, p => Assert.Equal((november, GeneratedPaperKind.BoardPaper, (Guid?)null), (p.Month, p.Kind, p.GeneratedBy)));
        var letters = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().OutboxEmails
            .Where(o => o.TrustId == trust.TrustId && o.DedupKey!.StartsWith("board-paper:")).ToListAsync());
        var letter = Assert.Single(letters);
        Assert.Equal(trust[TrustRole.Pmo].Email, letter.ToAddress);
        Assert.Contains("November 2026", letter.Subject);
        Assert.Contains("/board-papers?month=2026-11", letter.TextBody);

        // The demo trust's paper: its figures are the trajectory's for 30 November.
        var demoPaper = await InTrust(app, demo.Id, async sp =>
        {
            var mediator = sp.GetRequiredService<MediatR.IMediator>();
            var paper = Assert.Single(await mediator.Send(new ListGeneratedPapers(november)));
            var file = await mediator.Send(new DownloadPaper(paper.Id, PaperFormat.Docx));
            await using var content = file.Content;
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer);
            return (Docx: new WordDocument(buffer.ToArray()), Trajectory: await mediator.Send(new GetTrajectory(new DateOnly(2026, 11, 30))),
                Before: await mediator.Send(new GetTrajectory(new DateOnly(2026, 10, 31))));
        });
        PaperAssert.DeliveryMatchesTrajectory(demoPaper.Docx, demoPaper.Trajectory, demoPaper.Before);
        PaperAssert.HasSections(demoPaper.Docx);
        var isgs = demoPaper.Trajectory.Series.Where(s => s.IsgId is not null && s.Priority is null).Select(s => s.Isg).ToList();
        PaperAssert.ChartsHaveAltText(demoPaper.Docx, isgs);
        Assert.Equal("Quality Improvement Plan: progress report November 2026", PaperAssert.Cover(demoPaper.Docx)["Paper title"]);
        Assert.Contains(seeded.TrustName, demoPaper.Docx.Text);
    }

    private static async Task<T> InTrust<T>(QipAppFactory app, Guid trustId, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemIn(trustId);
        return await work(scope.ServiceProvider);
    }
}

// In the shared apps' collections so that this app never starts alongside that collection's own.
[Collection(OnSqlite.Name)]
public sealed class BoardPaperJobOnSqlite() : BoardPaperJobTests(Infrastructure.Persistence.DatabaseProvider.Sqlite);
[Collection(OnPostgres.Name)]
public sealed class BoardPaperJobOnPostgres() : BoardPaperJobTests(Infrastructure.Persistence.DatabaseProvider.Postgres);
