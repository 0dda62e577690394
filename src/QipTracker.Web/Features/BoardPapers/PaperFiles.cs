using QipTracker.Domain.BoardPapers;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// Makes a paper's files from its frozen content — Word, the PowerPoint deck, and PDF from that same Word document —
/// stores them outside the web root and records them with the content they came from. If the record cannot be
/// saved, the files are removed: nothing may be stored that no paper points at. The Word and deck files are stored
/// before LibreOffice runs, so a file store that is down fails the paper at once, not after the conversion.
/// </summary>
public sealed class PaperFiles(QipDbContext db, IFileStore store, DocxWriter docx, PptxWriter pptx, PdfConverter pdf, TimeProvider clock,
    ILogger<PaperFiles> log)
{
    public async Task<GeneratedPaper> CreateAsync(Guid trustId, DateOnly month, GeneratedPaperKind kind, string contentJson,
        Guid? generatedBy, Guid? regeneratedFrom, CancellationToken ct)
    {
        var content = BoardPaperJson.Deserialize(contentJson);   // what the document shows is exactly what is kept
        var paperKind = kind == GeneratedPaperKind.PartnerPack ? PaperKind.PartnerPack : PaperKind.BoardPaper;
        var word = docx.Write(content, paperKind);
        var deck = pptx.Write(content, paperKind);

        var stored = new List<StoredFile>();
        try
        {
            var wordFile = await Store(new MemoryStream(word), EvidenceFileType.Docx.ContentType);
            var deckFile = await Store(new MemoryStream(deck), DownloadPaperHandler.PptxContentType);
            var pdfFile = await Store(new MemoryStream(await pdf.ConvertAsync(word, ct)), EvidenceFileType.Pdf.ContentType);
            var paper = new GeneratedPaper(trustId, month, kind, clock.GetUtcNow(), generatedBy, contentJson,
                wordFile.Key, wordFile.SizeBytes, pdfFile.Key, pdfFile.SizeBytes, regeneratedFrom, deckFile.Key, deckFile.SizeBytes);
            db.GeneratedPapers.Add(paper);
            await db.SaveChangesAsync(ct);
            return paper;
        }
        catch
        {
            foreach (var file in stored) await RemoveAsync(trustId, file.Key);
            throw;
        }

        async Task<StoredFile> Store(Stream bytes, string contentType)
        {
            var file = await store.SaveAsync(trustId, bytes, contentType, ct);
            stored.Add(file);
            return file;
        }
    }

    /// <summary>Best effort: the paper's own failure is what the caller must see, not a second one from the clean-up.</summary>
    private async Task RemoveAsync(Guid trustId, string key)
    {
        try
        {
            await store.DeleteAsync(trustId, key, CancellationToken.None);
        }
        catch (Exception e) when (e is FileStoreUnavailableException or IOException)
        {
            log.LogWarning(e, "Stored file {Key} of trust {TrustId} belongs to no paper and could not be removed", key, trustId);
        }
    }
}
