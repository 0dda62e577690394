using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Auditing;
using QipTracker.Domain.BoardPapers;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Jobs;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Retention;

/// <summary>
/// The retention job in an app of its own (it deletes across every trust, and its clock moves): audit entries, sent and
/// failed emails and superseded papers older than the settings go, with the papers' files; what is younger, a pending
/// email and the latest paper of each month stay.
/// </summary>
public abstract class RetentionJobTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Old_audit_entries_emails_and_superseded_papers_are_deleted_and_the_rest_kept()
    {
        var app = new QipAppFactory(provider);
        app.Settings["Retention:AuditTrailDays"] = "30";
        app.Settings["Retention:OutboxDays"] = "10";
        app.Settings["Retention:GeneratedFilesDays"] = "60";
        await ((IAsyncLifetime)app).InitializeAsync();
        try { await DeletesWhatIsDue(app); }
        finally { await ((IAsyncLifetime)app).DisposeAsync(); }
    }

    private static async Task DeletesWhatIsDue(QipAppFactory app)
    {
        var trust = await TestTrust.CreateAsync(app.Services, "Retention Trust");
        var now = app.Clock.GetUtcNow();
        var day = TimeSpan.FromDays(1);
        var sep = new DateOnly(2026, 9, 1);
        var oct = new DateOnly(2026, 10, 1);

        var audit = await InTrust(app, trust.TrustId, async (db, _) =>
        {
            var old = new AuditEntry(trust.TrustId, "RootCause", Guid.NewGuid(), AuditOperation.Modified, "Description", "a", "b", null, now - 31 * day);
            var young = new AuditEntry(trust.TrustId, "RootCause", Guid.NewGuid(), AuditOperation.Modified, "Description", "b", "c", null, now - 29 * day);
            db.AuditEntries.AddRange(old, young);
            await db.SaveChangesAsync();
            return (Old: old.EntityId, Young: young.EntityId);
        });
        var emails = await InTrust(app, trust.TrustId, async (db, _) =>
        {
            var rows = new[]
            {
                Email(trust.TrustId, OutboxStatus.Sent, now - 11 * day), Email(trust.TrustId, OutboxStatus.Failed, now - 11 * day),
                Email(trust.TrustId, OutboxStatus.Pending, now - 11 * day), Email(trust.TrustId, OutboxStatus.Sent, now - 9 * day),
            };
            db.OutboxEmails.AddRange(rows);
            await db.SaveChangesAsync();
            return rows.Select(r => r.Id).ToArray();
        });
        var supersededSep = await Paper(app, trust.TrustId, sep, now - 100 * day);
        var latestSep = await Paper(app, trust.TrustId, sep, now - 90 * day);
        var packSep = await Paper(app, trust.TrustId, sep, now - 95 * day, GeneratedPaperKind.PartnerPack);  // the latest of its kind
        var youngOct = await Paper(app, trust.TrustId, oct, now - 20 * day);
        var latestOct = await Paper(app, trust.TrustId, oct, now - 10 * day);

        Assert.Equal("deleted 1 audit entries, 2 emails, 1 superseded papers", await RunJob(app));

        var left = await InTrust(app, trust.TrustId, async (db, _) => (
            Audit: await db.AuditEntries.Where(a => a.EntityId == audit.Old || a.EntityId == audit.Young).Select(a => a.EntityId).ToListAsync(),
            Trail: await db.AuditEntries.CountAsync(),
            Emails: await db.OutboxEmails.Where(o => emails.Contains(o.Id)).Select(o => o.Id).ToListAsync(),
            Papers: await db.GeneratedPapers.Select(p => p.Id).ToListAsync()));
        Assert.Equal([audit.Young], left.Audit);
        Assert.True(left.Trail > 1, "the trust's own recent trail is kept");
        Assert.Equal(emails[2..].Order(), left.Emails.Order());
        Assert.Equal(new[] { latestSep.Id, packSep.Id, youngOct.Id, latestOct.Id }.Order(), left.Papers.Order());
        Assert.False(await Exists(app, trust.TrustId, supersededSep.DocxKey));
        Assert.False(await Exists(app, trust.TrustId, supersededSep.PdfKey));
        foreach (var kept in new[] { latestSep, packSep, youngOct, latestOct }) Assert.True(await Exists(app, trust.TrustId, kept.PdfKey));

        // Two days on, the entry that was 29 days old has passed 30, the email sent 9 days ago has passed 10, and October's
        // first paper is still inside 60.
        app.Clock.Advance(2 * day);
        Assert.Equal("deleted 1 audit entries, 1 emails, 0 superseded papers", await RunJob(app));
        Assert.Equal(0, await InTrust(app, trust.TrustId, (db, _) => db.AuditEntries.CountAsync(a => a.EntityId == audit.Young)));
    }

    private static async Task<string> RunJob(QipAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync("retention");
    }

    private static OutboxEmail Email(Guid trustId, OutboxStatus status, DateTimeOffset at) => new()
    {
        TrustId = trustId, ToAddress = "someone@example.org", Subject = "s", HtmlBody = "<p>b</p>", TextBody = "b", Status = status,
        CreatedAt = at, NextAttemptAt = at,
    };

    private static Task<GeneratedPaper> Paper(QipAppFactory app, Guid trustId, DateOnly month, DateTimeOffset at,
        GeneratedPaperKind kind = GeneratedPaperKind.BoardPaper) =>
        InTrust(app, trustId, async (db, sp) =>
        {
            var store = sp.GetRequiredService<IFileStore>();
            var docx = await store.SaveAsync(trustId, new MemoryStream("docx"u8.ToArray()));
            var pdf = await store.SaveAsync(trustId, new MemoryStream("%PDF"u8.ToArray()));
            var paper = new GeneratedPaper(trustId, month, kind, at, null, "{}", docx.Key, docx.SizeBytes, pdf.Key, pdf.SizeBytes);
            db.GeneratedPapers.Add(paper);
            await db.SaveChangesAsync();
            return paper;
        });

    private static Task<bool> Exists(QipAppFactory app, Guid trustId, string key) => InTrust(app, trustId, async (_, sp) =>
    {
        try
        {
            await (await sp.GetRequiredService<IFileStore>().OpenReadAsync(trustId, key)).DisposeAsync();
            return true;
        }
        catch (FileNotFoundException) { return false; }
    });

    private static async Task<T> InTrust<T>(QipAppFactory app, Guid trustId, Func<QipDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemIn(trustId);
        return await work(scope.ServiceProvider.GetRequiredService<QipDbContext>(), scope.ServiceProvider);
    }
}

// In the shared apps' collections so that this app never starts alongside that collection's own.
[Collection(OnSqlite.Name)]
public sealed class RetentionJobOnSqlite() : RetentionJobTests(DatabaseProvider.Sqlite);
[Collection(OnPostgres.Name)]
public sealed class RetentionJobOnPostgres() : RetentionJobTests(DatabaseProvider.Postgres);
