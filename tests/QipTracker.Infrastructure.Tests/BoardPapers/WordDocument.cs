using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace QipTracker.Infrastructure.Tests.BoardPapers;

/// <summary>A written DOCX read back with the OpenXml SDK, as a test wants to look at it.</summary>
public sealed class WordDocument
{
    public WordDocument(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var main = document.MainDocumentPart!;
        var body = main.Document.Body!;
        DocumentXml = main.Document.OuterXml;
        Text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));
        Paragraphs = body.Elements<Paragraph>().Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText)).ToList();
        Tables = body.Elements<Table>().Select(t => new WordTable(
            [.. t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(CellText).ToArray())],
            [.. t.Elements<TableRow>().Select(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null)],
            [.. t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.TableCellProperties?.Shading?.Fill?.Value).ToArray())])).ToList();
        Images = body.Descendants<DW.DocProperties>().Select(d => (Title: d.Title?.Value ?? "", AltText: d.Description?.Value ?? "")).ToList();
        ImageParts = main.ImageParts.Select(p => { using var s = p.GetStream(); var m = new MemoryStream(); s.CopyTo(m); return m.ToArray(); }).ToList();
        StyleNames = main.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .ToDictionary(s => s.StyleId!.Value!, s => (Name: s.StyleName?.Val?.Value, Outline: s.StyleParagraphProperties?.OutlineLevel?.Val?.Value));
        Title = document.PackageProperties.Title;
        Creator = document.PackageProperties.Creator;
        Created = document.PackageProperties.Created;
    }

    public string DocumentXml { get; }
    /// <summary>Every paragraph's text, tables' too, one line each.</summary>
    public string Text { get; }
    public IReadOnlyList<(string? Style, string Text)> Paragraphs { get; }
    public IReadOnlyList<WordTable> Tables { get; }
    public IReadOnlyList<(string Title, string AltText)> Images { get; }
    public IReadOnlyList<byte[]> ImageParts { get; }
    public IReadOnlyDictionary<string, (string? Name, int? Outline)> StyleNames { get; }
    public string? Title { get; }
    public string? Creator { get; }
    public DateTime? Created { get; }

    /// <summary>The Heading1 and Heading2 paragraphs in document order, as "1: text" and "2: text".</summary>
    public IReadOnlyList<string> Headings(params string[] styles) =>
        Paragraphs.Where(p => styles.Contains(p.Style)).Select(p => $"{p.Style![^1]}: {p.Text}").ToList();

    /// <summary>The table whose header row starts with these headings.</summary>
    public WordTable TableHeaded(params string[] headings) =>
        Tables.Single(t => t.Rows[0].Take(headings.Length).SequenceEqual(headings));

    private static string CellText(TableCell cell) => string.Join("\n\n", cell.Elements<Paragraph>().Select(p => p.InnerText));
}

public sealed record WordTable(string[][] Rows, bool[] HeaderRows, string?[][] Fills)
{
    public string[] Row(string firstCell) => Rows.Single(r => r[0] == firstCell);
}
