using QipTracker.Domain.BoardPapers;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// Makes a paper's files from its frozen content — Word, then PDF from that same Word document, and the
/// PowerPoint deck — stores them outside the web root and records them with the content they came from. If the record cannot be
/// saved, the files are removed: nothing may be stored that no paper points at.
/// </summary>
public sealed class PaperFiles(QipDbContext db, IFileStore store, DocxWriter docx, PptxWriter pptx, PdfConverter pdf, TimeProvider clock)
{
    public async Task<GeneratedPaper> CreateAsync(Guid trustId, DateOnly month, GeneratedPaperKind kind, string contentJson,
        Guid? generatedBy, Guid? regeneratedFrom, CancellationToken ct)
    {
        var content = BoardPaperJson.Deserialize(contentJson);   // what the document shows is exactly what is kept
        var paperKind = kind == GeneratedPaperKind.PartnerPack ? PaperKind.PartnerPack : PaperKind.BoardPaper;
        var word = docx.Write(content, paperKind);
        var deck = pptx.Write(content, paperKind);
        var portable = await pdf.ConvertAsync(word, ct);

        var stored = new List<StoredFile>();
        try
        {
            stored.Add(await store.SaveAsync(trustId, new MemoryStream(word), ct));
            stored.Add(await store.SaveAsync(trustId, new MemoryStream(portable), ct));
            stored.Add(await store.SaveAsync(trustId, new MemoryStream(deck), ct));
            var paper = new GeneratedPaper(trustId, month, kind, clock.GetUtcNow(), generatedBy, contentJson,
                stored[0].Key, stored[0].SizeBytes, stored[1].Key, stored[1].SizeBytes, regeneratedFrom,
                stored[2].Key, stored[2].SizeBytes);
            db.GeneratedPapers.Add(paper);
            await db.SaveChangesAsync(ct);
            return paper;
        }
        catch
        {
            foreach (var file in stored) await store.DeleteAsync(trustId, file.Key, CancellationToken.None);
            throw;
        }
    }
}
