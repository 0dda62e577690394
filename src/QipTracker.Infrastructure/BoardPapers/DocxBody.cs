using System.Globalization;
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

    // Charts are drawn at about 180 dpi (1,200 px over the text width) so they stay sharp in print; their layout is
    // designed 600 px wide, so every chart on the page, whatever its width, is drawn at twice that scale.
    private const double PixelsPerTwip = 1200.0 / TextWidth;
    private const float ChartScale = 2f;
    private const int CellMargin = 108;       // the table style's left and right cell margins, in twips
    private const int IconTwips = 260;        // about 4.6 mm: an icon sits in a line of table text
    private const int IconPixels = 96;

    private readonly Body _body = main.Document.Body!;
    private readonly Dictionary<string, string> _iconParts = [];
    private uint _figures, _drawings;

    public void Title(string text) => _body.Append(Paragraph(text, DocxStyles.Title));

    public void Heading(int level, string text) =>
        _body.Append(Paragraph(text, level switch { 1 => DocxStyles.Heading1, 2 => DocxStyles.Heading2, _ => DocxStyles.Heading3 }));

    /// <summary>Paragraphs separated by blank lines; a single line break stays a line break.</summary>
    public void Text(string text)
    {
        foreach (var paragraph in Paragraphs(text)) _body.Append(paragraph);
    }

    public void Bullets(IEnumerable<(string Lead, string Text)> items)
    {
        foreach (var (lead, text) in items)
        {
            // A hanging indent is its own tab stop in Word and LibreOffice, so the bullet needs no numbering part.
            var paragraph = new Paragraph(new ParagraphProperties(new Indentation { Left = "397", Hanging = "397" }),
                new Run(Plain("•\t")));
            if (lead.Length > 0) paragraph.Append(new Run(new RunProperties(new Bold()), Plain(PaperText.Printable(lead) + " ")));
            paragraph.Append(new Run(Plain(PaperText.Printable(text))));
            _body.Append(paragraph);
        }
    }

    public void PageBreak() => _body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>
    /// A full-width table. With <paramref name="headerRow"/> the column headings form the first row (under a row of
    /// group headings when given), marked to repeat at the top of every page the table runs onto.
    /// </summary>
    public void Table(IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<Cell>> rows, bool headerRow = true, int? minRowHeight = null,
        IReadOnlyList<ColumnGroup>? groups = null)
    {
        var totalWeight = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => TextWidth * c.Weight / totalWeight).ToArray();
        var table = NewTable(widths, headerRow, borders: true);

        if (headerRow)
        {
            if (groups is not null)
            {
                var first = 0;
                var groupRow = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
                foreach (var group in groups)
                {
                    var width = widths.Skip(first).Take(group.Span).Sum();
                    var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                    if (group.Span > 1) properties.Append(new GridSpan { Val = group.Span });
                    properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = DocxStyles.NhsBlue });
                    var cell = new TableCell(properties);
                    cell.Append(Paragraphs(group.Heading, bold: true, white: true, centred: true));
                    groupRow.Append(cell);
                    first += group.Span;
                }
                table.Append(groupRow);
            }
            var header = Row(columns.Select(c => new Cell(c.Heading, Bold: true, Fill: DocxStyles.NhsBlue)).ToList(), widths, minHeight: null, whiteText: true);
            header.PrependChild(new TableRowProperties(new TableHeader(), new CantSplit()));
            table.Append(header);
        }
        foreach (var row in rows) table.Append(Row(row, widths, minRowHeight, whiteText: false));
        if (columns.Count >= WideTable) Smaller(table);

        _body.Append(table);
        AfterTable();
    }

    public void Figures(IReadOnlyList<PaperFigure> figures, int perRow)
    {
        if (figures.Count == 0) return;
        if (perRow <= 1)
        {
            foreach (var figure in figures) FullWidth(figure);
            return;
        }

        // Side by side in a borderless table: each chart fills its cell, its caption, icons and note below it.
        var cellWidth = TextWidth / perRow;
        var table = NewTable(Enumerable.Repeat(cellWidth, perRow).ToArray(), headerRow: false, borders: false);
        foreach (var chunk in figures.Chunk(perRow))
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < perRow; i++)
            {
                var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = cellWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
                if (i < chunk.Length) cell.Append(FigureParagraphs(chunk[i], cellWidth - 2 * CellMargin));
                else cell.Append(new Paragraph());
                row.Append(cell);
            }
            table.Append(row);
        }
        _body.Append(table);
        AfterTable();
    }

    private void FullWidth(PaperFigure figure)
    {
        var id = ++_figures;
        var drawing = Picture(figure, TextWidth);
        _body.Append(new Paragraph(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "0" }), new Run(drawing)));
        _body.Append(new Paragraph(new Run(new RunProperties(new Italic(), new FontSize { Val = "18" }), Plain(PaperText.Printable($"Figure {id}: {figure.Title}")))));
        if (figure.Icons is { Count: > 0 } || figure.Note is not null) _body.Append(Extras(figure));
    }

    private IEnumerable<Paragraph> FigureParagraphs(PaperFigure figure, int widthTwips)
    {
        var id = ++_figures;
        yield return new Paragraph(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "0", Before = "0" }), new Run(Picture(figure, widthTwips)));
        yield return new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "40" }),
            new Run(new RunProperties(new Italic(), new FontSize { Val = "17" }), Plain(PaperText.Printable($"Figure {id}: {figure.Title}"))));
        foreach (var extra in Extras(figure)) yield return extra;
    }

    /// <summary>The icons (each with its label) and the note under a figure, in small type.</summary>
    private IEnumerable<Paragraph> Extras(PaperFigure figure)
    {
        if (figure.Icons is { Count: > 0 } icons)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "40" }));
            foreach (var icon in icons)
            {
                paragraph.Append(new Run(Icon(icon)));
                paragraph.Append(new Run(new RunProperties(new FontSize { Val = "17" }), Plain(" " + icon.Label + "   ")));
            }
            yield return paragraph;
        }
        if (figure.Note is { } note)
            foreach (var block in PaperText.Printable(note).Split('\n', StringSplitOptions.RemoveEmptyEntries))
                yield return new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "20" }),
                    new Run(new RunProperties(new FontSize { Val = "17" }), Plain(block)));
    }

    /// <summary>The chart drawn to fill the width, with its title and alternative text.</summary>
    private Drawing Picture(PaperFigure figure, int widthTwips)
    {
        var pixelsWide = (int)Math.Round(widthTwips * PixelsPerTwip);
        var pixelsHigh = (int)Math.Round(pixelsWide / figure.Aspect);
        var png = figure.Draw(charts, new ChartSize(pixelsWide, pixelsHigh, ChartScale));
        var id = ++_drawings;
        var relationship = $"rIdImage{id}";
        DocxImage.AddPng(main, png, relationship);
        long width = widthTwips * DocxImage.EmuPerTwip;
        return DocxImage.Inline(relationship, id, width, (long)Math.Round(width / figure.Aspect), figure.Title, figure.AltText);
    }

    /// <summary>An icon, its picture added to the package once however often it appears.</summary>
    private Drawing Icon(SpcIcon icon)
    {
        if (!_iconParts.TryGetValue(icon.Key, out var relationship))
        {
            relationship = $"rIdIcon{icon.Key}";
            DocxImage.AddPng(main, charts.RenderIcon(icon, IconPixels), relationship);
            _iconParts[icon.Key] = relationship;
        }
        const long size = IconTwips * DocxImage.EmuPerTwip;
        return DocxImage.Inline(relationship, ++_drawings, size, size, icon.Label, icon.Label);
    }

    private static Table NewTable(int[] widths, bool headerRow, bool borders)
    {
        var properties = new TableProperties(
            new TableStyle { Val = borders ? DocxStyles.TableGrid : DocxStyles.TableNormal },
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0", FirstRow = headerRow, FirstColumn = !headerRow, NoHorizontalBand = true, NoVerticalBand = true });
        return new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
    }

    // A table must be followed by a paragraph (or two tables fuse, and Word wants one before the section end);
    // a 6 pt one leaves a gap without pushing a page-filling table's successor onto a page of its own.
    private void AfterTable() =>
        _body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact })));

    /// <summary>From this many columns a table prints at 8 pt, so headings such as "Findings" and figures such as "1,545.17" keep to one line.</summary>
    private const int WideTable = 8;

    private static void Smaller(Table table)
    {
        foreach (var run in table.Descendants<Run>())
        {
            var properties = run.RunProperties ?? run.PrependChild(new RunProperties());
            properties.Append(new FontSize { Val = "16" }, new FontSizeComplexScript { Val = "16" });
        }
    }

    private TableRow Row(IReadOnlyList<Cell> cells, int[] widths, int? minHeight, bool whiteText)
    {
        var row = new TableRow();
        if (minHeight is { } height)
            row.Append(new TableRowProperties(new TableRowHeight { Val = (uint)height, HeightType = HeightRuleValues.AtLeast }));
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Count ? cells[i] : new Cell("");
            var properties = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (cell.Fill is { } fill) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
            var content = new TableCell(properties);
            var paragraphs = Paragraphs(cell.Text, cell.Bold, whiteText, symbol: cell.Symbol);
            if (cell.Icons is { Count: > 0 } icons)
                foreach (var icon in icons.Reverse()) paragraphs[0].PrependChild(new Run(Icon(icon), new Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
            content.Append(paragraphs);
            row.Append(content);
        }
        return row;
    }

    private static List<Paragraph> Paragraphs(string text, bool bold = false, bool white = false, bool centred = false, string? symbol = null)
    {
        var blocks = PaperText.Printable(text).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (blocks.Length == 0) blocks = [""];
        var paragraphs = new List<Paragraph>();
        foreach (var block in blocks)
        {
            var paragraph = new Paragraph();
            if (centred) paragraph.Append(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
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
