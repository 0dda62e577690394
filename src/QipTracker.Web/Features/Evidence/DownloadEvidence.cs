using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Evidence;

/// <summary>An evidence file for anyone in its trust; the row is found through the tenant filter, so another trust's id is 404.</summary>
[AnyTrustMember]
public sealed record DownloadEvidence(Guid EvidenceId) : IQuery<EvidenceDownload>;

/// <summary>The stored bytes (the caller disposes them), the type the sniffer decided, and the name it was uploaded under.</summary>
public sealed record EvidenceDownload(Stream Content, string ContentType, string FileName);

public sealed class DownloadEvidenceHandler(QipDbContext db, IFileStore store, ILogger<DownloadEvidenceHandler> log)
    : IRequestHandler<DownloadEvidence, EvidenceDownload>
{
    public async Task<EvidenceDownload> Handle(DownloadEvidence r, CancellationToken ct)
    {
        var file = await db.Evidence.Where(e => e.Id == r.EvidenceId && e.Kind == EvidenceKind.File && e.StorageKey != null)
            .Select(e => new { e.TrustId, e.StorageKey, e.ContentType, e.FileName })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException($"An evidence file {r.EvidenceId}");
        try
        {
            var content = await store.OpenReadAsync(file.TrustId, file.StorageKey!, ct);
            return new EvidenceDownload(content, file.ContentType ?? "application/octet-stream", file.FileName ?? "evidence");
        }
        catch (FileNotFoundException)
        {
            // The row says the file exists: someone must look at the disk or the backup.
            log.LogError("Evidence {EvidenceId} of trust {TrustId} names stored file {Key}, which is missing", r.EvidenceId, file.TrustId, file.StorageKey);
            throw new NotFoundException($"The stored file of evidence {r.EvidenceId}");
        }
    }
}
