using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using QipTracker.Infrastructure.BoardPapers;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace QipTracker.Infrastructure.Tests.BoardPapers;

/// <summary>The PowerPoint deck (issue 12, item 10): the paper's figures, slide by slide, in a file PowerPoint and LibreOffice open.</summary>
public sealed class PptxWriterTests
{
    /// <summary>Each slide's text, in order, its words joined by single spaces.</summary>
    private static List<string> Slides(byte[] pptx)
    {
        using var deck = PresentationDocument.Open(new MemoryStream(pptx), false);
        var presentation = deck.PresentationPart!;
        return presentation.Presentation.SlideIdList!.Elements<P.SlideId>()
            .Select(id => (SlidePart)presentation.GetPartById(id.RelationshipId!))
            .Select(s => string.Join(" ", s.Slide.Descendants<A.Text>().Select(t => t.Text)))
            .ToList();
    }

    [Fact]
    public void The_board_deck_has_a_title_the_trajectories_a_slide_per_isg_the_spc_summary_and_the_exceptions()
    {
        var paper = SamplePaper.Build();
        var slides = Slides(new PptxWriter(new StubCharts()).Write(paper));

        Assert.Contains("Quality Improvement Plan: monthly progress report", slides[0]);
        Assert.Contains("Trust Board (Public), 26 November 2026", slides[0]);
        Assert.StartsWith("Summary and the ask", slides[1]);
        Assert.Contains("The board is asked to: Take assurance", slides[1]);
        Assert.StartsWith(paper.Assessment.MustDoChart.Title, slides[2]);
        Assert.StartsWith(paper.Assessment.ShouldDoChart.Title, slides[3]);
        var isgSlides = slides.Skip(4).Take(paper.Assessment.Isgs.Count).ToList();
        Assert.All(paper.Assessment.Isgs.Zip(isgSlides), p => Assert.StartsWith(p.First.Isg + " ", p.Second));
        Assert.Contains(slides, s => s.StartsWith("SPC icon summary", StringComparison.Ordinal));
        Assert.Contains(slides, s => s.StartsWith("Exceptions ", StringComparison.Ordinal));
        Assert.StartsWith("Recommendation", slides[^1]);
    }

    /// <summary>The sample with the schema 2 split: each ISG's figures as Must Do and Should Do, with last month's.</summary>
    private static BoardPaperContent WithMustDoAndShouldDo()
    {
        var paper = SamplePaper.Build();
        var n = 0;
        var isgs = paper.Assessment.Isgs.Select(i =>
        {
            n += 10;
            var mustDo = new DeliveryFigures(n + 1, n + 2, n + 3, n + 4, 71.5m + n);
            var shouldDo = new DeliveryFigures(n + 5, n + 6, n + 7, n + 8, 61.5m + n);
            return i with
            {
                MustDo = mustDo,
                ShouldDo = shouldDo,
                MustDoOnTrack = n + 9,
                LastMonth = new MonthFigures(new DateOnly(2026, 9, 30), mustDo with { PercentOfTrajectory = 70m + n }, shouldDo, i.Figures),
            };
        });
        return paper with { Assessment = paper.Assessment with { Isgs = [.. isgs] } };
    }

    [Fact]
    public void Each_isg_slide_states_its_must_do_and_should_do_figures_from_the_paper()
    {
        var paper = WithMustDoAndShouldDo();
        var slides = Slides(new PptxWriter(new StubCharts()).Write(paper));

        Assert.NotEmpty(paper.Assessment.Isgs);
        foreach (var isg in paper.Assessment.Isgs)
        {
            var slide = Assert.Single(slides, s => s.StartsWith(isg.Isg + " ", StringComparison.Ordinal));
            var m = isg.MustDo!;
            var s = isg.ShouldDo!;
            Assert.Contains($"Must Do {m.FindingsCovered} {m.RootCausesIdentified} {m.Completed} {m.Planned} {PaperLabels.Percent(m.PercentOfTrajectory)}", slide);
            Assert.Contains($"{PaperLabels.Percent(isg.LastMonth!.MustDo.PercentOfTrajectory)} +1.5", slide);
            Assert.Contains($"{isg.MustDoOnTrack} Must Do root causes are on track", slide);
            Assert.Contains($"Should Do {s.FindingsCovered} {s.RootCausesIdentified} {s.Completed} {s.Planned} {PaperLabels.Percent(s.PercentOfTrajectory)}", slide);
        }
    }

    [Fact]
    public void The_partner_deck_leaves_out_the_board_ask_and_recommendation()
    {
        var slides = Slides(new PptxWriter(new StubCharts()).Write(SamplePaper.Build(), PaperKind.PartnerPack));

        Assert.Contains("System partner oversight pack", slides[0]);
        Assert.DoesNotContain(slides, s => s.Contains("Trust Board (Public)", StringComparison.Ordinal));
        Assert.DoesNotContain(slides, s => s.Contains("The board is asked to", StringComparison.Ordinal));
        Assert.DoesNotContain(slides, s => s.StartsWith("Recommendation", StringComparison.Ordinal));
    }

    [Fact]
    public void The_deck_is_valid_open_xml_and_the_same_content_gives_the_same_slides()
    {
        var writer = new PptxWriter(new StubCharts());
        var paper = SamplePaper.Build();
        var first = writer.Write(paper);

        using (var deck = PresentationDocument.Open(new MemoryStream(first), false))
        {
            var errors = new OpenXmlValidator().Validate(deck).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            Assert.Equal(paper.Cover.PaperTitle, deck.PackageProperties.Title);
            Assert.Equal(new DateTime(2026, 11, 12), deck.PackageProperties.Created);
        }
        Assert.Equal(Slides(first), Slides(writer.Write(paper)));
    }

    [Fact]
    public void Characters_xml_cannot_hold_and_pasted_pages_are_kept_off_the_slides()
    {
        var paper = SamplePaper.Build();
        paper = paper with
        {
            Cover = paper.Cover with { PaperTitle = "QIP\0 report", ExecutiveSummary = "Fell\u0001 again. " + new string('x', 50_000) },
            Situation = paper.Situation with { TrustName = "Northbridge\uFFFE Hospitals" },
        };

        var slides = Slides(new PptxWriter(new StubCharts()).Write(paper));

        Assert.Contains("QIP report", slides[0]);
        Assert.Contains("Northbridge Hospitals", slides[0]);
        Assert.Contains("Fell again.", slides[1]);
        Assert.Contains("(in full in the paper)", slides[1]);
        Assert.True(slides[1].Length < 3_000);
    }

    [Fact]
    public async Task LibreOffice_opens_both_decks_with_one_page_per_slide()
    {
        var writer = new PptxWriter();   // real charts: this is the deck the meeting sees
        var converter = new PdfConverter();
        foreach (var kind in new[] { PaperKind.BoardPaper, PaperKind.PartnerPack })
        {
            var pptx = writer.Write(SamplePaper.Build(), kind);
            var pdf = PdfDocumentText.Read(await converter.ConvertAsync(pptx, ".pptx"));

            Assert.Equal(Slides(pptx).Count, pdf.Pages);
            pdf.AssertInOrder("Must Do root causes", "Should Do root causes", "SPC icon summary", "Exceptions");
        }
    }
}
