using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Jobs;

namespace QipTracker.Web.Features.Retention;

/// <summary>
/// Deletes what is older than the retention settings (<see cref="RetentionOptions"/>), for every trust at once, each kind
/// in one set-based DELETE: audit entries; sent and failed emails (pending ones are still to go); generated papers that a
/// later paper of the same month and kind has replaced, with their files. The latest paper of each month is kept however
/// old: it is the one a board or the partner meeting saw, its frozen data is what "regenerate" rebuilds from, and a
/// month's paper is small next to the record it is part of. Plan history (status and baseline records) is the plan
/// itself, not a log, and is kept.
/// </summary>
[SystemJob]
public sealed record ApplyRetention : IJobRequest;

public sealed class ApplyRetentionHandler(QipDbContext db, IFileStore store, RetentionOptions options, TimeProvider clock,
    ILogger<ApplyRetentionHandler> log) : IRequestHandler<ApplyRetention, string>
{
    public async Task<string> Handle(ApplyRetention request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var auditBefore = now.AddDays(-options.AuditTrailDays);
        var audit = await db.AuditEntries.Where(a => a.At < auditBefore).ExecuteDeleteAsync(ct);

        var outboxBefore = now.AddDays(-options.OutboxDays);
        var emails = await db.OutboxEmails.Where(o => o.Status != OutboxStatus.Pending && o.CreatedAt < outboxBefore).ExecuteDeleteAsync(ct);

        var papersBefore = now.AddDays(-options.GeneratedFilesDays);
        var superseded = db.GeneratedPapers.Where(p => p.GeneratedAt < papersBefore &&
            db.GeneratedPapers.Any(later => later.TrustId == p.TrustId && later.Month == p.Month && later.Kind == p.Kind &&
                                            later.GeneratedAt > p.GeneratedAt));
        var files = await superseded.Select(p => new { p.TrustId, p.DocxKey, p.PdfKey, p.PptxKey }).ToListAsync(ct);
        var papers = await superseded.ExecuteDeleteAsync(ct);
        // Rows first: a file left behind by a failure below is unreachable, never a paper whose file is gone.
        var failed = 0;
        foreach (var f in files)
            foreach (var key in new[] { f.DocxKey, f.PdfKey, f.PptxKey }.Where(k => !string.IsNullOrEmpty(k)))
            {
                try { await store.DeleteAsync(f.TrustId, key!, ct); }
                catch (Exception e) when (e is FileStoreUnavailableException or IOException)
                {
                    failed++;
                    log.LogWarning(e, "Retention could not delete the stored file {Key} of trust {TrustId}", key, f.TrustId);
                }
            }
        return $"deleted {audit} audit entries, {emails} emails, {papers} superseded papers" + (failed > 0 ? $" ({failed} files could not be deleted)" : "");
    }
}
