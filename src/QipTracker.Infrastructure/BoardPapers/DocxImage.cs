using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>A PNG as an inline DrawingML picture, with the title and alternative text screen readers announce.</summary>
internal static class DocxImage
{
    public const long EmuPerTwip = 635;

    /// <summary>Adds the PNG to the package under the relationship id (fixed ids keep the package the same for the same content).</summary>
    public static void AddPng(MainDocumentPart main, byte[] png, string relationshipId)
    {
        var part = main.AddImagePart(ImagePartType.Png, relationshipId);
        using var stream = new MemoryStream(png);
        part.FeedData(stream);
    }

    /// <summary>A picture already in the package, drawn inline; <paramref name="id"/> must be unique in the document.</summary>
    public static W.Drawing Inline(string relationshipId, uint id, long widthEmu, long heightEmu, string title, string altText)
    {
        (title, altText) = (PaperText.Printable(title), PaperText.Printable(altText));
        return new W.Drawing(
            new DW.Inline(
                new DW.Extent { Cx = widthEmu, Cy = heightEmu },
                new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
                new DW.DocProperties { Id = id, Name = $"Chart {id}", Title = title, Description = altText },
                new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(new A.GraphicData(
                    new PIC.Picture(
                        new PIC.NonVisualPictureProperties(
                            new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"chart{id}.png", Title = title, Description = altText },
                            new PIC.NonVisualPictureDrawingProperties()),
                        new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                        new PIC.ShapeProperties(
                            new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = widthEmu, Cy = heightEmu }),
                            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
            { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }
}
