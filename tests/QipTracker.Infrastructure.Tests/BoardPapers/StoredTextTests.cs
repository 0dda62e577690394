using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.BoardPapers;

namespace QipTracker.Infrastructure.Tests.BoardPapers;

/// <summary>
/// Text already stored may hold what the input policy now refuses (data from before it, or written around it): a
/// NUL or U+FFFF in an ISG's name, a megabyte pasted into a notice. The writers print such a paper anyway (issue 10).
/// </summary>
public sealed class StoredTextTests
{
    private const string BadIsg = "Unscheduled\0 Care\uFFFF";

    /// <summary>The sample paper with characters XML cannot hold wherever stored names reach the document: body, tables, charts, package.</summary>
    private static BoardPaperContent PaperWithBadCharacters()
    {
        var paper = SamplePaper.Build();
        var isgs = paper.Assessment.Isgs.Select((i, n) => n == 0
            ? i with { Isg = BadIsg, Chart = i.Chart! with { Title = BadIsg + ": root causes completed against trajectory" }, Commentary = "Fell\u0001 again." }
            : i).ToList();
        return paper with
        {
            Cover = paper.Cover with { PaperTitle = "QIP\0 report", Author = "Gareth\u000B Lloyd" },
            Situation = paper.Situation with { TrustName = "Northbridge\uFFFE Hospitals", Isgs = [new(BadIsg, "Dr Priya\0 Raman", ReportingCadence.Fortnightly)] },
            Assessment = paper.Assessment with { Isgs = [.. isgs] },
        };
    }

    [Fact]
    public void A_paper_whose_stored_names_hold_characters_xml_cannot_carry_is_written_without_them()
    {
        var doc = new WordDocument(new DocxWriter(new StubCharts()).Write(PaperWithBadCharacters()));

        Assert.Contains("Unscheduled Care", doc.Text);
        Assert.Contains("Fell again.", doc.Text);
        Assert.DoesNotContain('\0', doc.DocumentXml);
        Assert.DoesNotContain('\uFFFF', doc.DocumentXml);
        Assert.Contains(doc.Images, i => i.Title == "Unscheduled Care: root causes completed against trajectory");
        Assert.Equal("QIP report", doc.Title);
        Assert.Equal("Gareth Lloyd", doc.Creator);
    }

    [Fact]
    public void The_partner_pack_and_the_preview_print_the_same_paper()
    {
        var pack = new WordDocument(new DocxWriter(new StubCharts()).Write(PaperWithBadCharacters(), PaperKind.PartnerPack));
        var html = new HtmlWriter(new StubCharts()).Write(PaperWithBadCharacters());

        Assert.Contains("Unscheduled Care", pack.Text);
        Assert.Contains("Unscheduled Care", html);
        Assert.DoesNotContain('\0', html);
        Assert.DoesNotContain('\uFFFF', html);
    }

    [Fact]
    public void Real_charts_draw_a_name_holding_characters_no_font_has()
    {
        var chart = PaperWithBadCharacters().Assessment.Isgs[0].Chart!;

        var png = new PaperCharts().RenderPng(chart, 600, 300);

        Assert.True(png.Length > 1000);
    }

    [Fact]
    public void A_text_of_megabytes_is_printed_shortened_with_its_full_length()
    {
        var notice = new string('x', 5 * 1024 * 1024);
        var paper = SamplePaper.Build();
        paper = paper with { Situation = paper.Situation with { EnforcementNotices = [new(NoticeKind.Section29AWarning, new DateOnly(2026, 3, 24), notice)] } };

        var docx = new DocxWriter(new StubCharts()).Write(paper);

        var doc = new WordDocument(docx);
        Assert.Contains("x … [shortened for the paper: the full text has 5,242,880 characters]", doc.Text);
        Assert.DoesNotContain(new string('x', PaperText.MaxPrinted + 1), doc.Text);
        Assert.True(docx.Length < 1024 * 1024, $"the document is {docx.Length:N0} bytes");
    }
}
