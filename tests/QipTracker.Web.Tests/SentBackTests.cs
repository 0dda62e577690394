using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Evidence;
using QipTracker.Web.Features.Register;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

/// <summary>
/// The chair sends evidence back: the owner is emailed the comment through the outbox, the item is flagged "Sent back"
/// with the chair's comment and date on the owner's My work and Home, and the chair's two lists on the ISG page —
/// awaiting assurance, and the RAG list's states — agree because they use one rule.
/// </summary>
public abstract class SentBackTests(QipAppFactory app)
{
    private const string Comment = "The audit covers days only: show nights too.";

    private DateOnly Today => app.Clock.Today();

    /// <summary>RC-002 (due in 5 days) evidenced and completed by its owner; returns its version.</summary>
    private async Task<long> CompletedAsync(TestTrust trust, Guid id)
    {
        await app.SendAs(trust, TrustRole.RootCauseOwner, new AddNoteEvidence(id, "Fridge audit", "All fridges checked twice daily"));
        var rc = await app.SendAs(trust, TrustRole.RootCauseOwner, new GetRootCause(id));
        return (await app.SendAs(trust, TrustRole.RootCauseOwner, new MarkCompleted(id, Today, rc.Version))).Version;
    }

    [Fact]
    public async Task Sending_back_emails_the_owner_the_chairs_comment()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Sbe {Guid.NewGuid():N}"[..11]);
        var id = trust.RootCauseIds[1];
        var version = await CompletedAsync(trust, id);

        await app.SendAs(trust, TrustRole.IsgChair, new SendBack(id, Comment, version));

        var letter = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().OutboxEmails
            .SingleAsync(o => o.TrustId == trust.TrustId && o.ToAddress == trust[TrustRole.RootCauseOwner].Email));
        Assert.Contains("RC-002", letter.Subject);
        Assert.Contains(Comment, letter.TextBody);
        Assert.Contains(trust[TrustRole.IsgChair].DisplayName, letter.TextBody);
        Assert.Contains($"/my-work?open={id}", letter.TextBody);
    }

    [Fact]
    public async Task Sent_back_work_is_flagged_for_its_owner_until_it_is_completed_again_and_the_chairs_lists_agree()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Sbf {Guid.NewGuid():N}"[..11]);
        var id = trust.RootCauseIds[1];
        var version = await CompletedAsync(trust, id);
        var board = await app.SendAs(trust, TrustRole.IsgChair, new GetIsgBoard(trust.IsgId));
        Assert.Equal([id], board.Awaiting.Select(a => a.Id));
        Assert.Equal([id], board.RootCauses.Where(r => r.State == RootCauseState.AwaitingAssurance).Select(r => r.Id));

        await app.SendAs(trust, TrustRole.IsgChair, new SendBack(id, Comment, version));

        var work = await app.SendAs(trust, TrustRole.RootCauseOwner, new GetMyWork());
        var mine = work.RootCauses.Single(r => r.Id == id);
        Assert.Equal(RootCauseState.SentBack, mine.State);
        Assert.Equal(new SentBackNote(Comment, Today, trust[TrustRole.IsgChair].DisplayName), mine.SentBack);
        var first = work.Agenda[0]; // sent back comes first: the chair is waiting
        Assert.Equal((AgendaKind.SentBack, id, Comment, trust[TrustRole.IsgChair].DisplayName, (DateOnly?)Today),
            (first.Kind, first.RootCauseId, first.Note, first.From, first.On));
        board = await app.SendAs(trust, TrustRole.IsgChair, new GetIsgBoard(trust.IsgId));
        Assert.Empty(board.Awaiting);
        Assert.Equal(RootCauseState.SentBack, board.RootCauses.Single(r => r.Id == id).State);
        Assert.DoesNotContain(board.RootCauses, r => r.State == RootCauseState.AwaitingAssurance);

        // Reporting progress keeps the flag; completing it again clears it.
        var rc = await app.SendAs(trust, TrustRole.RootCauseOwner, new ReportProgress(id, Today.AddDays(10), false, mine.Version));
        Assert.NotNull((await app.SendAs(trust, TrustRole.RootCauseOwner, new GetMyWork())).RootCauses.Single(r => r.Id == id).SentBack);
        await app.SendAs(trust, TrustRole.RootCauseOwner, new MarkCompleted(id, Today, rc.Version));
        work = await app.SendAs(trust, TrustRole.RootCauseOwner, new GetMyWork());
        Assert.Equal(RootCauseState.AwaitingAssurance, work.RootCauses.Single(r => r.Id == id).State);
        Assert.DoesNotContain(work.Agenda, a => a.Kind == AgendaKind.SentBack);
    }
}

[Collection(OnSqlite.Name)]
public sealed class SentBackOnSqlite(SqliteApp app) : SentBackTests(app);
[Collection(OnPostgres.Name)]
public sealed class SentBackOnPostgres(PostgresApp app) : SentBackTests(app);
