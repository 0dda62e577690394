using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.BoardPapers;

public enum PaperFormat { Docx, Pdf, Json, Pptx }

/// <summary>A generated paper's Word, PDF or PowerPoint file, or its frozen data; another trust's paper is not found.</summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember)]
public sealed record DownloadPaper(Guid PaperId, PaperFormat Format) : IQuery<PaperDownload>;

/// <summary>The bytes (the caller disposes them), their type and the name to save them under.</summary>
public sealed record PaperDownload(Stream Content, string ContentType, string FileName);

public sealed class DownloadPaperHandler(QipDbContext db, IFileStore store, ILogger<DownloadPaperHandler> log) : IRequestHandler<DownloadPaper, PaperDownload>
{
    public const string PptxContentType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    public async Task<PaperDownload> Handle(DownloadPaper r, CancellationToken ct)
    {
        var paper = await db.GeneratedPapers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == r.PaperId, ct)
            ?? throw new NotFoundException($"Generated paper {r.PaperId}");
        var name = $"qip-{(paper.Kind == GeneratedPaperKind.PartnerPack ? "partner-pack" : "board-paper")}-{PaperMonth.Key(paper.Month)}";
        if (r.Format == PaperFormat.Json)
            return new PaperDownload(new MemoryStream(Encoding.UTF8.GetBytes(paper.ContentJson)), "application/json", name + ".json");

        var (key, type, extension) = r.Format switch
        {
            PaperFormat.Pdf => (paper.PdfKey, "application/pdf", ".pdf"),
            PaperFormat.Pptx => (paper.PptxKey, PptxContentType, ".pptx"),
            _ => (paper.DocxKey, EvidenceFileType.Docx.ContentType, ".docx"),
        };
        // A paper generated before decks were has none; Regenerate makes one from its frozen data.
        if (key is null) throw new NotFoundException($"The PPTX file of paper {r.PaperId} (generated before decks were: regenerate it)");
        try
        {
            return new PaperDownload(await store.OpenReadAsync(paper.TrustId, key, ct), type, name + extension);
        }
        catch (FileNotFoundException)
        {
            // The row says the file exists; it can be rebuilt from the frozen data with Regenerate.
            log.LogError("Generated paper {PaperId} of trust {TrustId} names stored file {Key}, which is missing", paper.Id, paper.TrustId, key);
            throw new NotFoundException($"The {extension[1..].ToUpperInvariant()} file of paper {r.PaperId}");
        }
    }
}
