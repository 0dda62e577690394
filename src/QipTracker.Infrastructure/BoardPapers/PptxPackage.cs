using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// The parts every deck needs besides its slides: one theme (NHS colours, Arial), one slide master and one blank
/// layout that every slide uses. The slides draw their own titles and text, so the master holds no placeholders.
/// </summary>
internal static class PptxPackage
{
    /// <summary>16:9 widescreen, in EMU (914,400 to the inch).</summary>
    public const long SlideWidth = 12192000, SlideHeight = 6858000;

    public const string NhsBlue = "005EB8", DarkGrey = "425563", PaleGrey = "E8EDEE", Black = "231F20";

    /// <summary>Makes the presentation part with its master, layout and theme; returns the layout the slides use.</summary>
    public static (PresentationPart Presentation, SlideLayoutPart Layout) Create(PresentationDocument document)
    {
        var presentation = document.AddPresentationPart();
        var master = presentation.AddNewPart<SlideMasterPart>("rIdMaster");
        var theme = master.AddNewPart<ThemePart>("rIdTheme");
        theme.Theme = Theme();
        presentation.AddPart(theme, "rIdPresentationTheme");

        var layout = master.AddNewPart<SlideLayoutPart>("rIdLayout");
        var blank = new SlideLayout(new CommonSlideData(EmptyTree()) { Name = "Blank" }, new ColorMapOverride(new A.MasterColorMapping()));
        blank.Type = SlideLayoutValues.Blank;
        blank.Preserve = true;
        layout.SlideLayout = blank;
        layout.AddPart(master, "rIdMaster");

        master.SlideMaster = new SlideMaster(
            new CommonSlideData(new Background(new BackgroundStyleReference(new A.SchemeColor { Val = A.SchemeColorValues.Background1 }) { Index = 1001U }), EmptyTree()),
            new ColorMap
            {
                Background1 = A.ColorSchemeIndexValues.Light1, Text1 = A.ColorSchemeIndexValues.Dark1,
                Background2 = A.ColorSchemeIndexValues.Light2, Text2 = A.ColorSchemeIndexValues.Dark2,
                Accent1 = A.ColorSchemeIndexValues.Accent1, Accent2 = A.ColorSchemeIndexValues.Accent2, Accent3 = A.ColorSchemeIndexValues.Accent3,
                Accent4 = A.ColorSchemeIndexValues.Accent4, Accent5 = A.ColorSchemeIndexValues.Accent5, Accent6 = A.ColorSchemeIndexValues.Accent6,
                Hyperlink = A.ColorSchemeIndexValues.Hyperlink, FollowedHyperlink = A.ColorSchemeIndexValues.FollowedHyperlink,
            },
            new SlideLayoutIdList(new SlideLayoutId { Id = 2147483649U, RelationshipId = "rIdLayout" }),
            new TextStyles(new TitleStyle(), new BodyStyle(), new OtherStyle()));

        presentation.Presentation = new Presentation(
            new SlideMasterIdList(new SlideMasterId { Id = 2147483648U, RelationshipId = "rIdMaster" }),
            new SlideIdList(),
            new SlideSize { Cx = (int)SlideWidth, Cy = (int)SlideHeight },
            new NotesSize { Cx = 6858000, Cy = 9144000 },
            new DefaultTextStyle());
        return (presentation, layout);
    }

    /// <summary>An empty shape tree: the group properties every tree starts with.</summary>
    public static ShapeTree EmptyTree() => new(
        new NonVisualGroupShapeProperties(
            new NonVisualDrawingProperties { Id = 1U, Name = "" },
            new NonVisualGroupShapeDrawingProperties(),
            new ApplicationNonVisualDrawingProperties()),
        new GroupShapeProperties(new A.TransformGroup(
            new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = 0L, Cy = 0L },
            new A.ChildOffset { X = 0L, Y = 0L }, new A.ChildExtents { Cx = 0L, Cy = 0L })));

    private static A.Theme Theme()
    {
        static A.SolidFill Scheme(A.SchemeColorValues value) => new(new A.SchemeColor { Val = value });
        static A.Outline Line(int width) => new(Scheme(A.SchemeColorValues.PhColor)) { Width = width };

        var colours = new A.ColorScheme(
            new A.Dark1Color(new A.RgbColorModelHex { Val = Black }),
            new A.Light1Color(new A.RgbColorModelHex { Val = "FFFFFF" }),
            new A.Dark2Color(new A.RgbColorModelHex { Val = DarkGrey }),
            new A.Light2Color(new A.RgbColorModelHex { Val = PaleGrey }),
            new A.Accent1Color(new A.RgbColorModelHex { Val = NhsBlue }),
            new A.Accent2Color(new A.RgbColorModelHex { Val = "ED8B00" }),
            new A.Accent3Color(new A.RgbColorModelHex { Val = "009639" }),
            new A.Accent4Color(new A.RgbColorModelHex { Val = "330072" }),
            new A.Accent5Color(new A.RgbColorModelHex { Val = "DA291C" }),
            new A.Accent6Color(new A.RgbColorModelHex { Val = "768692" }),
            new A.Hyperlink(new A.RgbColorModelHex { Val = NhsBlue }),
            new A.FollowedHyperlinkColor(new A.RgbColorModelHex { Val = "330072" }));
        colours.Name = "NHS";

        var fonts = new A.FontScheme(
            new A.MajorFont(new A.LatinFont { Typeface = "Arial" }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }),
            new A.MinorFont(new A.LatinFont { Typeface = "Arial" }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }))
        { Name = "Arial" };

        var formats = new A.FormatScheme(
            new A.FillStyleList(Scheme(A.SchemeColorValues.PhColor), Scheme(A.SchemeColorValues.PhColor), Scheme(A.SchemeColorValues.PhColor)),
            new A.LineStyleList(Line(6350), Line(12700), Line(19050)),
            new A.EffectStyleList(new A.EffectStyle(new A.EffectList()), new A.EffectStyle(new A.EffectList()), new A.EffectStyle(new A.EffectList())),
            new A.BackgroundFillStyleList(Scheme(A.SchemeColorValues.PhColor), Scheme(A.SchemeColorValues.PhColor), Scheme(A.SchemeColorValues.PhColor)))
        { Name = "Plain" };

        return new A.Theme(new A.ThemeElements(colours, fonts, formats)) { Name = "QipTracker" };
    }
}
