using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// Writes a board paper or partner pack as a Word document (DOCX) from its frozen content. Same
/// content, same text: nothing in the document comes from the clock or the server — even the
/// package's created and modified dates are the paper's date written.
/// </summary>
public sealed class DocxWriter(IPaperChartRenderer charts)
{
    public DocxWriter() : this(new PaperCharts()) { }

    public byte[] Write(BoardPaperContent paper, PaperKind kind = PaperKind.BoardPaper)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            DocxStyles.AddTo(main);

            var body = new DocxBody(main, charts);
            if (kind == PaperKind.PartnerPack) PartnerPackLayout.Write(body, paper);
            else BoardPaperLayout.Write(body, paper);

            main.Document.Body!.Append(PageSetup(main));
            Describe(document, paper, kind);
        }
        return buffer.ToArray();
    }

    public void Write(BoardPaperContent paper, PaperKind kind, Stream destination) =>
        destination.Write(Write(paper, kind));

    /// <summary>A4 portrait, 2 cm margins, "Page n of m" in the footer.</summary>
    private static SectionProperties PageSetup(MainDocumentPart main)
    {
        var footer = main.AddNewPart<FooterPart>("rIdFooter");
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Footer }),
            Run("Page "), new SimpleField { Instruction = " PAGE " }, Run(" of "), new SimpleField { Instruction = " NUMPAGES " }));

        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
            new PageSize { Width = DocxBody.PageWidth, Height = DocxBody.PageHeight },
            new PageMargin
            {
                Top = DocxBody.Margin, Bottom = DocxBody.Margin, Left = DocxBody.Margin, Right = DocxBody.Margin,
                Header = 567, Footer = 567, Gutter = 0,
            });

        static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static void Describe(WordprocessingDocument document, BoardPaperContent paper, PaperKind kind)
    {
        var properties = document.PackageProperties;
        var written = paper.Cover.DateWritten.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        properties.Title = kind == PaperKind.PartnerPack ? PartnerPackLayout.Title : PaperText.Printable(paper.Cover.PaperTitle);
        properties.Subject = PaperText.Printable($"{paper.Situation.TrustName}: Quality Improvement Plan as at {PaperLabels.Date(paper.Assessment.AsAt)}");
        properties.Creator = PaperText.Printable(paper.Cover.Author);
        properties.LastModifiedBy = properties.Creator;
        properties.Category = kind == PaperKind.PartnerPack ? "System partner oversight pack" : "Board paper";
        properties.Language = "en-GB";
        properties.Created = written;
        properties.Modified = written;
    }
}
