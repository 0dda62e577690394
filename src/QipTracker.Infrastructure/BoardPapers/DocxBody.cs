using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// Appends headings, text, tables and charts to a document body in the paper's house style. The
/// layouts say what goes where; this says how it looks.
/// </summary>
internal sealed class DocxBody(MainDocumentPart main, IPaperChartRenderer charts) : IPaperBody
{
    /// <summary>A4 portrait less 2 cm margins, in twips.</summary>
    public const int PageWidth = 11906, PageHeight = 16838, Margin = 1134, TextWidth = PageWidth - 2 * Margin;

    // Charts fill the text width at 2:1, drawn at about 180 dpi so they stay sharp in print.
    private const int ChartWidthPixels = 1200, ChartHeightPixels = 600;

    private readonly Body _body = main.Document.Body!;
    private uint _figures;

    public void Title(string text) => _body.Append(Paragraph(text, DocxStyles.Title));

    public void Heading(int level, string text) =>
        _body.Append(Paragraph(text, level switch { 1 => DocxStyles.Heading1, 2 => DocxStyles.Heading2, _ => DocxStyles.Heading3 }));

    /// <summary>Paragraphs separated by blank lines; a single line break stays a line break.</summary>
    public void Text(string text)
    {
        foreach (var paragraph in Paragraphs(text)) _body.Append(paragraph);
    }

    public void PageBreak() => _body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>
    /// A full-width table. With <paramref name="headerRow"/> the column headings form the first row,
    /// marked to repeat at the top of every page the table runs onto.
    /// </summary>
    public void Table(IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<Cell>> rows, bool headerRow = true, int? minRowHeight = null)
    {
        var totalWeight = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => TextWidth * c.Weight / totalWeight).ToArray();

        var table = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyles.TableGrid },
                new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = headerRow, FirstColumn = !headerRow, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));

        if (headerRow)
        {
            var header = Row(columns.Select(c => new Cell(c.Heading, Bold: true, Fill: DocxStyles.NhsBlue)).ToList(), widths, minHeight: null, whiteText: true);
            header.PrependChild(new TableRowProperties(new TableHeader(), new CantSplit()));
            table.Append(header);
        }
        foreach (var row in rows) table.Append(Row(row, widths, minRowHeight, whiteText: false));

        _body.Append(table);
        // A table must be followed by a paragraph (or two tables fuse, and Word wants one before the section end);
        // a 6 pt one leaves a gap without pushing a page-filling table's successor onto a page of its own.
        _body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact })));
    }

    /// <summary>The chart drawn full width, with alternative text, and a numbered caption below.</summary>
    public void Chart(TrajectoryChart chart)
    {
        var id = ++_figures;
        var png = charts.RenderPng(chart, ChartWidthPixels, ChartHeightPixels);
        const long width = TextWidth * DocxImage.EmuPerTwip;
        var drawing = DocxImage.Inline(main, png, id, width, width * ChartHeightPixels / ChartWidthPixels, chart.Title, ChartAltText.Of(chart));
        _body.Append(new Paragraph(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "0" }), new Run(drawing)));
        _body.Append(new Paragraph(new Run(new RunProperties(new Italic(), new FontSize { Val = "18" }), Plain(PaperText.Printable($"Figure {id}: {chart.Title}")))));
    }

    private static TableRow Row(IReadOnlyList<Cell> cells, int[] widths, int? minHeight, bool whiteText)
    {
        var row = new TableRow();
        if (minHeight is { } height)
            row.Append(new TableRowProperties(new TableRowHeight { Val = (uint)height, HeightType = HeightRuleValues.AtLeast }));
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Count ? cells[i] : new Cell("");
            var properties = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(), Type = TableWidthUnitValues.Dxa });
            if (cell.Fill is { } fill) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
            var content = new TableCell(properties);
            content.Append(Paragraphs(cell.Text, cell.Bold, whiteText, cell.Symbol));
            row.Append(content);
        }
        return row;
    }

    private static List<Paragraph> Paragraphs(string text, bool bold = false, bool white = false, string? symbol = null)
    {
        var blocks = PaperText.Printable(text).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (blocks.Length == 0) blocks = [""];
        var paragraphs = new List<Paragraph>();
        foreach (var block in blocks)
        {
            var paragraph = new Paragraph();
            if (symbol is not null && paragraphs.Count == 0)
                paragraph.Append(new Run(new RunProperties(new Bold()), Plain(symbol + " ")));
            var lines = block.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var run = new Run();
                if (bold || white)
                {
                    var properties = new RunProperties();
                    if (bold) properties.Append(new Bold());
                    if (white) properties.Append(new Color { Val = "FFFFFF" });
                    run.Append(properties);
                }
                if (i > 0) run.Append(new Break());
                run.Append(Plain(lines[i]));
                paragraph.Append(run);
            }
            paragraphs.Add(paragraph);
        }
        return paragraphs;
    }

    private static Paragraph Paragraph(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(Plain(PaperText.Printable(text))));

    /// <summary>Every run of text goes through here, so nothing stored can make the file unreadable (callers shorten whole texts first).</summary>
    private static Text Plain(string text) => new(Domain.Common.InputText.Printable(text)) { Space = SpaceProcessingModeValues.Preserve };
}
