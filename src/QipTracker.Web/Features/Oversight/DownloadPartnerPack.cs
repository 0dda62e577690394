using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.BoardPapers;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.BoardPapers;

namespace QipTracker.Web.Features.Oversight;

/// <summary>
/// A partner pack's PDF, Word or PowerPoint file, for a trust that has granted the reader's organisation access. Only
/// a partner pack: a board paper's id, or another trust's, is not found; its frozen data (JSON) is the trust's own.
/// </summary>
[OversightUser]
public sealed record DownloadPartnerPack(Guid TrustId, Guid PaperId, PaperFormat Format) : IQuery<PaperDownload>;

public sealed class DownloadPartnerPackValidator : AbstractValidator<DownloadPartnerPack>
{
    public DownloadPartnerPackValidator() =>
        RuleFor(r => r.Format).Must(f => f is PaperFormat.Pdf or PaperFormat.Docx or PaperFormat.Pptx).WithMessage("Choose PDF, Word or PowerPoint.");
}

public sealed class DownloadPartnerPackHandler(OversightReads oversight) : IRequestHandler<DownloadPartnerPack, PaperDownload>
{
    public async Task<PaperDownload> Handle(DownloadPartnerPack r, CancellationToken ct)
    {
        var (_, trust) = await oversight.GrantedOneAsync(r.TrustId, ct);
        return await oversight.InTrustAsync(trust, async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var paper = await db.GeneratedPapers.AsNoTracking()
                .Where(p => p.Id == r.PaperId && p.Kind == GeneratedPaperKind.PartnerPack)
                .Select(p => new { p.Month, p.PdfKey, p.DocxKey, p.PptxKey })
                .SingleOrDefaultAsync(ct) ?? throw new NotFoundException($"Partner pack {r.PaperId}");
            var (key, type, extension) = r.Format switch
            {
                PaperFormat.Pdf => (paper.PdfKey, "application/pdf", ".pdf"),
                PaperFormat.Pptx => (paper.PptxKey, DownloadPaperHandler.PptxContentType, ".pptx"),
                _ => (paper.DocxKey, EvidenceFileType.Docx.ContentType, ".docx"),
            };
            if (key is null) throw new NotFoundException($"The {extension[1..].ToUpperInvariant()} file of partner pack {r.PaperId}");
            try
            {
                var content = await sp.GetRequiredService<IFileStore>().OpenReadAsync(trust.TrustId, key, ct);
                return new PaperDownload(content, type, $"qip-partner-pack-{PaperMonth.Key(paper.Month)}{extension}");
            }
            catch (FileNotFoundException)
            {
                throw new NotFoundException($"The {extension[1..].ToUpperInvariant()} file of partner pack {r.PaperId}");
            }
        });
    }
}
