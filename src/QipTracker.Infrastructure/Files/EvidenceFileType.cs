namespace QipTracker.Infrastructure.Files;

/// <summary>A kind of file accepted as evidence: what people call it, the type it is served as, and the names it may end in.</summary>
public sealed record EvidenceFileType(string Name, string ContentType, IReadOnlyList<string> Extensions)
{
    public static readonly EvidenceFileType Pdf = new("a PDF document", "application/pdf", [".pdf"]);
    public static readonly EvidenceFileType Png = new("a PNG image", "image/png", [".png"]);
    public static readonly EvidenceFileType Jpeg = new("a JPEG image", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly EvidenceFileType Gif = new("a GIF image", "image/gif", [".gif"]);
    public static readonly EvidenceFileType Docx = new("a Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly EvidenceFileType Xlsx = new("an Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    public static readonly EvidenceFileType Pptx = new("a PowerPoint presentation", "application/vnd.openxmlformats-officedocument.presentationml.presentation", [".pptx"]);
    public static readonly EvidenceFileType Doc = new("an older Word document", "application/msword", [".doc"]);
    public static readonly EvidenceFileType Xls = new("an older Excel workbook", "application/vnd.ms-excel", [".xls"]);
    public static readonly EvidenceFileType Msg = new("an Outlook message", "application/vnd.ms-outlook", [".msg"]);
    public static readonly EvidenceFileType Csv = new("a CSV file", "text/csv", [".csv"]);
    public static readonly EvidenceFileType Text = new("a text file", "text/plain", [".txt"]);
    public static readonly EvidenceFileType Eml = new("an email", "message/rfc822", [".eml"]);

    /// <summary>Files in the older Office format (OLE compound files) look alike inside; the name tells which one it is.</summary>
    public static readonly IReadOnlyList<EvidenceFileType> CompoundFiles = [Doc, Xls, Msg];

    /// <summary>Plain UTF-8 text; the name tells which one it is.</summary>
    public static readonly IReadOnlyList<EvidenceFileType> TextFiles = [Csv, Text, Eml];

    public const string Accepted = "PDF, PNG, JPEG, GIF, Word (.docx, .doc), Excel (.xlsx, .xls), PowerPoint (.pptx), CSV, text (.txt) and email (.eml, .msg)";

    public bool Fits(string extension) => Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
}
