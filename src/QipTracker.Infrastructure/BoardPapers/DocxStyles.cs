using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// The styles part. The headings are Word's built-in "heading 1–3" (with outline levels), so they
/// appear in Word's navigation pane and table of contents and become PDF bookmarks in LibreOffice;
/// Arial (Liberation Sans where LibreOffice converts) as NHS identity guidance asks.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "Title", Heading1 = "Heading1", Heading2 = "Heading2", Heading3 = "Heading3",
        TableGrid = "TableGrid", TableNormal = "TableNormal", Footer = "Footer";

    public const string NhsBlue = "005EB8";

    public static void AddTo(MainDocumentPart main) =>
        main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(Xml);

    private const string Xml = $$"""
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:docDefaults>
            <w:rPrDefault><w:rPr>
              <w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>
              <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/>
            </w:rPr></w:rPrDefault>
            <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
          </w:docDefaults>
          <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
          <w:style w:type="paragraph" w:styleId="{{Title}}">
            <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
            <w:pPr><w:spacing w:after="240"/></w:pPr>
            <w:rPr><w:b/><w:color w:val="{{NhsBlue}}"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="{{Heading1}}">
            <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>
            <w:rPr><w:b/><w:color w:val="{{NhsBlue}}"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="{{Heading2}}">
            <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr>
            <w:rPr><w:b/><w:color w:val="{{NhsBlue}}"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="{{Heading3}}">
            <w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr>
            <w:rPr><w:b/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="{{Footer}}">
            <w:name w:val="footer"/><w:basedOn w:val="Normal"/>
            <w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
          </w:style>
          <w:style w:type="table" w:default="1" w:styleId="TableNormal">
            <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>
            <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>
          </w:style>
          <w:style w:type="table" w:styleId="{{TableGrid}}">
            <w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>
            <w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>
            <w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>
            <w:tblPr>
              <w:tblBorders>
                <w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                <w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                <w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/>
              </w:tblBorders>
            </w:tblPr>
          </w:style>
        </w:styles>
        """;
}
