using QipTracker.Domain.Common;

namespace QipTracker.Domain.BoardPapers;

/// <summary>Which document was generated from a month's data.</summary>
public enum GeneratedPaperKind { BoardPaper, PartnerPack }

/// <summary>
/// One generated paper: its Word, PDF and PowerPoint files (in the file store) and the frozen data they were built
/// from, so it can be regenerated with the same figures after the plan has moved on.
/// </summary>
public sealed class GeneratedPaper : TenantEntity
{
    public DateOnly Month { get; private set; }
    public GeneratedPaperKind Kind { get; private set; }
    public DateTimeOffset GeneratedAt { get; private set; }
    /// <summary>Null when the monthly job generated it.</summary>
    public Guid? GeneratedBy { get; private set; }
    /// <summary>The frozen content, serialised: everything the document shows.</summary>
    public string ContentJson { get; private set; } = "";
    public string DocxKey { get; private set; } = "";
    public long DocxBytes { get; private set; }
    public string PdfKey { get; private set; } = "";
    public long PdfBytes { get; private set; }
    /// <summary>The PowerPoint deck; null for a paper generated before decks were (regenerate it to get one).</summary>
    public string? PptxKey { get; private set; }
    public long? PptxBytes { get; private set; }
    /// <summary>Set when this paper was rebuilt from an earlier one's frozen data.</summary>
    public Guid? RegeneratedFrom { get; private set; }

    private GeneratedPaper() { }

    public GeneratedPaper(Guid trustId, DateOnly month, GeneratedPaperKind kind, DateTimeOffset generatedAt, Guid? generatedBy,
        string contentJson, string docxKey, long docxBytes, string pdfKey, long pdfBytes, Guid? regeneratedFrom = null,
        string? pptxKey = null, long? pptxBytes = null) : base(trustId)
    {
        if (month.Day != 1) throw new DomainException("A paper is for a month: give its first day.");
        if (string.IsNullOrWhiteSpace(contentJson)) throw new DomainException("A generated paper keeps the data it was built from.");
        Month = month;
        Kind = kind;
        GeneratedAt = generatedAt;
        GeneratedBy = generatedBy;
        ContentJson = contentJson;
        DocxKey = docxKey;
        DocxBytes = docxBytes;
        PdfKey = pdfKey;
        PdfBytes = pdfBytes;
        RegeneratedFrom = regeneratedFrom;
        PptxKey = pptxKey;
        PptxBytes = pptxBytes;
    }
}
