using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// Writes a board paper or partner pack as a PowerPoint deck (PPTX) from the same frozen content as the Word
/// document, for the executive and partner meetings that present rather than read: the same figures, the same
/// words, the same charts. Like the DOCX, nothing comes from the clock: the package dates are the paper's date.
/// </summary>
public sealed class PptxWriter(IPaperChartRenderer charts)
{
    public PptxWriter() : this(new PaperCharts()) { }

    public byte[] Write(BoardPaperContent paper, PaperKind kind = PaperKind.BoardPaper)
    {
        using var buffer = new MemoryStream();
        using (var document = PresentationDocument.Create(buffer, PresentationDocumentType.Presentation))
        {
            var (presentation, layout) = PptxPackage.Create(document);
            new PptxDeckLayout(presentation, layout, charts, paper, kind).Write();
            Describe(document, paper, kind);
        }
        return buffer.ToArray();
    }

    private static void Describe(PresentationDocument document, BoardPaperContent paper, PaperKind kind)
    {
        var properties = document.PackageProperties;
        var written = paper.Cover.DateWritten.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        properties.Title = PptxDeckLayout.TitleOf(paper, kind);
        properties.Subject = PaperText.Printable($"{paper.Situation.TrustName}: Quality Improvement Plan as at {PaperLabels.Date(paper.Assessment.AsAt)}");
        properties.Creator = PaperText.Printable(paper.Cover.Author);
        properties.LastModifiedBy = properties.Creator;
        properties.Category = kind == PaperKind.PartnerPack ? "System partner oversight pack" : "Board paper";
        properties.Language = "en-GB";
        properties.Created = written;
        properties.Modified = written;
    }
}
