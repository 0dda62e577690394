using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>A run of slide text: its size in points, bold or not, and its colour.</summary>
internal sealed record SlideText(string Text, int Points = 16, bool Bold = false, string Colour = PptxPackage.Black);

/// <summary>
/// One slide being drawn: text boxes, pictures and tables at positions in inches from the top left. Every text
/// passes through <see cref="PaperText"/>, and every picture carries its title and alternative text.
/// </summary>
internal sealed class PptxSlide
{
    public const long Emu = 914400;   // per inch

    private readonly SlidePart _part;
    private readonly ShapeTree _tree;
    private uint _ids = 1, _images;

    public PptxSlide(PresentationPart presentation, SlideLayoutPart layout, int number)
    {
        _part = presentation.AddNewPart<SlidePart>($"rIdSlide{number}");
        _tree = PptxPackage.EmptyTree();
        _part.Slide = new Slide(new CommonSlideData(_tree), new ColorMapOverride(new A.MasterColorMapping()));
        _part.AddPart(layout, "rIdLayout");
        var list = presentation.Presentation.SlideIdList!;
        list.Append(new SlideId { Id = (uint)(255 + number), RelationshipId = $"rIdSlide{number}" });
    }

    /// <summary>Paragraphs in a box; with <paramref name="shrink"/> LibreOffice and PowerPoint shrink the text to fit.</summary>
    public void Text(double x, double y, double width, double height, IEnumerable<SlideText> paragraphs, bool shrink = false,
        string? fill = null, bool centred = false, bool middle = false)
    {
        var id = ++_ids;
        var properties = new ShapeProperties(Transform(x, y, width, height), Rectangle());
        properties.Append(fill is null ? new A.NoFill() : Solid(fill));
        var body = new TextBody(
            new A.BodyProperties(shrink ? new A.NormalAutoFit() : new A.NoAutoFit())
            {
                Wrap = A.TextWrappingValues.Square, LeftInset = 91440, RightInset = 91440, TopInset = 45720, BottomInset = 45720,
                Anchor = middle ? A.TextAnchoringTypeValues.Center : A.TextAnchoringTypeValues.Top,
            },
            new A.ListStyle());
        foreach (var p in paragraphs) body.Append(Paragraph(p, centred));
        _tree.Append(new Shape(
            new NonVisualShapeProperties(
                new NonVisualDrawingProperties { Id = id, Name = $"Text {id}" },
                new NonVisualShapeDrawingProperties { TextBox = true },
                new ApplicationNonVisualDrawingProperties()),
            properties, body));
    }

    public void Text(double x, double y, double width, double height, SlideText text, bool shrink = false) =>
        Text(x, y, width, height, [text], shrink);

    /// <summary>A filled rectangle without text, e.g. the band under a title.</summary>
    public void Band(double x, double y, double width, double height, string fill)
    {
        var id = ++_ids;
        _tree.Append(new Shape(
            new NonVisualShapeProperties(
                new NonVisualDrawingProperties { Id = id, Name = $"Band {id}" },
                new NonVisualShapeDrawingProperties(),
                new ApplicationNonVisualDrawingProperties()),
            new ShapeProperties(Transform(x, y, width, height), Rectangle(), Solid(fill), new A.Outline(new A.NoFill())),
            new TextBody(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph())));
    }

    /// <summary>A PNG, with the title and alternative text a screen reader announces.</summary>
    public void Picture(double x, double y, double width, double height, byte[] png, string title, string altText)
    {
        var id = ++_ids;
        var relationship = $"rIdImage{++_images}";
        var image = _part.AddImagePart(ImagePartType.Png, relationship);
        using (var stream = new MemoryStream(png)) image.FeedData(stream);
        _tree.Append(new Picture(
            new NonVisualPictureProperties(
                new NonVisualDrawingProperties { Id = id, Name = $"Chart {id}", Title = PaperText.Printable(title), Description = PaperText.Printable(altText) },
                new NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true }),
                new ApplicationNonVisualDrawingProperties()),
            new BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
            new ShapeProperties(Transform(x, y, width, height), Rectangle())));
    }

    /// <summary>
    /// A table: a header row in NHS blue, then the rows; column widths share <paramref name="width"/> by weight.
    /// Rows are <paramref name="rowHeight"/> inches at least; text that wraps makes them taller.
    /// </summary>
    public void Table(double x, double y, double width, IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<Cell>> rows,
        double rowHeight = 0.32, int points = 11, string name = "Table")
    {
        var id = ++_ids;
        var total = columns.Sum(c => c.Weight);
        var grid = new A.TableGrid();
        foreach (var column in columns) grid.Append(new A.GridColumn { Width = Inches(width * column.Weight / total) });
        var table = new A.Table(new A.TableProperties { FirstRow = true }, grid);

        var header = new A.TableRow { Height = Inches(rowHeight) };
        foreach (var column in columns) header.Append(TableCell(new Cell(column.Heading, Bold: true), points, header: true));
        table.Append(header);
        var count = 1;
        foreach (var row in rows)
        {
            var tableRow = new A.TableRow { Height = Inches(rowHeight) };
            for (var i = 0; i < columns.Count; i++) tableRow.Append(TableCell(i < row.Count ? row[i] : new Cell(""), points, header: false));
            table.Append(tableRow);
            count++;
        }

        _tree.Append(new GraphicFrame(
            new NonVisualGraphicFrameProperties(
                new NonVisualDrawingProperties { Id = id, Name = $"{PaperText.Printable(name)} {id}" },
                new NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoGrouping = true }),
                new ApplicationNonVisualDrawingProperties()),
            new Transform(new A.Offset { X = Inches(x), Y = Inches(y) }, new A.Extents { Cx = Inches(width), Cy = Inches(rowHeight * count) }),
            new A.Graphic(new A.GraphicData(table) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/table" })));
    }

    private static A.TableCell TableCell(Cell cell, int points, bool header)
    {
        var text = cell.Symbol is { } symbol ? $"{symbol} {cell.Text}" : cell.Text;
        var body = new A.TextBody(new A.BodyProperties(), new A.ListStyle());
        var lines = PaperText.Printable(text).Split('\n');
        foreach (var line in lines)
            body.Append(Paragraph(new SlideText(line, points, cell.Bold || header, header ? "FFFFFF" : PptxPackage.Black), centred: false));

        var properties = new A.TableCellProperties { LeftMargin = 64008, RightMargin = 64008, TopMargin = 27432, BottomMargin = 27432 };
        properties.Append(Border(new A.LeftBorderLineProperties()), Border(new A.RightBorderLineProperties()),
            Border(new A.TopBorderLineProperties()), Border(new A.BottomBorderLineProperties()));
        properties.Append(Solid(header ? PptxPackage.NhsBlue : cell.Fill ?? "FFFFFF"));
        return new A.TableCell(body, properties);
    }

    private static T Border<T>(T line) where T : A.LinePropertiesType
    {
        line.Width = 6350;
        line.Append(Solid("AEB7BD"));
        return line;
    }

    private static A.Paragraph Paragraph(SlideText text, bool centred)
    {
        var properties = new A.ParagraphProperties();
        if (centred) properties.Alignment = A.TextAlignmentTypeValues.Center;
        var run = new A.Run(
            new A.RunProperties(Solid(text.Colour), new A.LatinFont { Typeface = "Arial" })
            { Language = "en-GB", FontSize = text.Points * 100, Bold = text.Bold, Dirty = false },
            new A.Text(PaperText.Printable(text.Text)));
        return new A.Paragraph(properties, run, new A.EndParagraphRunProperties { Language = "en-GB", FontSize = text.Points * 100 });
    }

    private static A.Transform2D Transform(double x, double y, double width, double height) =>
        new(new A.Offset { X = Inches(x), Y = Inches(y) }, new A.Extents { Cx = Inches(width), Cy = Inches(height) });

    private static A.PresetGeometry Rectangle() => new(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle };

    private static A.SolidFill Solid(string hex) => new(new A.RgbColorModelHex { Val = hex });

    public static long Inches(double inches) => (long)Math.Round(inches * Emu);
}
