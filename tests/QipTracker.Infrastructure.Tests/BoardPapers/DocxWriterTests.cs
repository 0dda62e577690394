using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using QipTracker.Infrastructure.BoardPapers;

namespace QipTracker.Infrastructure.Tests.BoardPapers;

public sealed class DocxWriterTests
{
    private static WordDocument Write(BoardPaperContent paper, PaperKind kind = PaperKind.BoardPaper) =>
        new(new DocxWriter(new StubCharts()).Write(paper, kind));

    [Fact]
    public void The_cover_sheet_is_a_table_of_fields_and_their_values()
    {
        var doc = Write(SamplePaper.Build());

        var cover = doc.Tables[0].Rows.Concat(doc.Tables[2].Rows).ToDictionary(r => r[0], r => r[1]);
        Assert.Equal("Trust Board (Public)", cover["Meeting"]);
        Assert.Equal("26 November 2026", cover["Meeting date"]);
        Assert.Equal("Quality Improvement Plan: monthly progress report", cover["Paper title"]);
        Assert.Equal("12 November 2026", cover["Date written"]);
        Assert.Equal("Dr Amara Okafor, Chief Nurse", cover["Responsible director"]);
        Assert.Equal("Gareth Lloyd, Head of PMO", cover["Author"]);
        Assert.Equal("Delivery stands at 74.6% of trajectory at the end of October.\n\nMaternity triage remains the main risk; a recovery plan is in place.", cover["Executive summary"]);
        // The real form's row of options with the PMO's choice ticked.
        Assert.Equal(["☐ Approve", "☐ Receive", "☐ Note", "☒ Take assurance"], doc.Tables[1].Rows[0]);
        Assert.Contains("☒ Safe", cover["Linked CQC domains"]);
        Assert.Contains("☐ Caring", cover["Linked CQC domains"]);
        Assert.Contains("SO1 Safe, high-quality care", cover["Strategic objectives"]);
        Assert.Contains("SO4 A well-led organisation", cover["Strategic objectives"]);
        Assert.Equal("BAF 3: Failure to meet CQC fundamental standards", cover["Board Assurance Framework risks"]);
        Assert.Contains("No adverse equality impact identified", cover["Equality Impact Assessment"]);
        Assert.Equal("Can be published", cover["FOI status"]);
        Assert.Equal(("Title", "Quality Improvement Plan: monthly progress report"), doc.Paragraphs[0]);
    }

    [Fact]
    public void Sections_are_real_word_headings_in_the_board_paper_order()
    {
        var doc = Write(SamplePaper.Build());

        Assert.Equal(
        [
            "1: Cover sheet", "1: 1 Situation", "1: 2 Background",
            "2: 2.1 Ratings", "2: 2.2 Enforcement notices", "2: 2.3 Improvement steering groups",
            "1: 3 Assessment",
            "2: 3.1 Delivery against trajectory", "2: 3.2 Progress by improvement steering group", "2: 3.3 Well-led plan by KLOE",
            "2: 3.4 Key performance indicators (SPC)", "2: 3.5 Exceptions", "2: 3.6 Change requests approved",
            "1: 4 Recommendation",
        ], doc.Headings("Heading1", "Heading2"));
        Assert.Equal(["3: 3.2.1 Unscheduled Care", "3: 3.2.2 Women's & Children's", "3: 3.2.3 Well-led"], doc.Headings("Heading3"));
        // Word shows a paragraph in the navigation pane when its style is the built-in heading with an outline level.
        Assert.Equal(("heading 1", 0), doc.StyleNames["Heading1"]);
        Assert.Equal(("heading 2", 1), doc.StyleNames["Heading2"]);
        Assert.Equal(("heading 3", 2), doc.StyleNames["Heading3"]);
    }

    [Fact]
    public void The_delivery_table_shows_each_isgs_completed_planned_and_percentage_of_trajectory()
    {
        var table = Write(SamplePaper.Build()).TableHeaded("ISG", "Findings covered", "Root causes identified", "Completed", "Planned as at 31 Oct 2026", "% of trajectory");

        Assert.Equal(["Unscheduled Care", "14", "48", "30", "40", "75.0%"], table.Row("Unscheduled Care"));
        Assert.Equal(["Women's & Children's", "11", "37", "17", "23", "73.9%"], table.Row("Women's & Children's"));
        Assert.Equal(["Well-led", "9", "21", "0", "0", "—"], table.Row("Well-led"));   // nothing planned yet: no trajectory to be on
        Assert.Equal(["Total", "34", "106", "47", "63", "74.6%"], table.Rows[^1]);
    }

    [Fact]
    public void Each_isg_has_a_section_with_its_figures_chart_and_commentary()
    {
        var doc = Write(SamplePaper.Build());

        Assert.Contains("14 findings covered by 48 root causes. 30 completed against 40 planned by 31 October 2026: 75.0% of trajectory.", doc.Text);
        Assert.Contains("ED handover delays fell for the third month.\nTwo root causes were closed with audit evidence.", doc.Text);
        Assert.Contains("0 completed against 0 planned by 31 October 2026: — of trajectory.", doc.Text);
    }

    [Fact]
    public void Charts_are_inline_pictures_with_a_title_and_alternative_text_giving_their_figures()
    {
        var charts = new StubCharts();
        var doc = new WordDocument(new DocxWriter(charts).Write(SamplePaper.Build()));

        Assert.Equal(5, doc.Images.Count);   // Must Do, Should Do, and one per ISG
        Assert.All(doc.Images, i => Assert.False(string.IsNullOrWhiteSpace(i.Title)));
        Assert.All(doc.Images, i => Assert.StartsWith("Line chart of cumulative root causes by month end, June 2026 to ", i.AltText));
        Assert.Equal("Must Do root causes: completed against trajectory", doc.Images[0].Title);
        Assert.Equal("Line chart of cumulative root causes by month end, June 2026 to March 2027: planned (trajectory), completed and forecast. " +
                     "As at 31 October 2026, 29 completed against 36 planned. By March 2027, 66 planned and 66 forecast.", doc.Images[0].AltText);
        Assert.Equal("Unscheduled Care: root causes completed against trajectory", doc.Images[2].Title);
        Assert.EndsWith("As at 31 October 2026, 30 completed against 40 planned. By January 2027, 48 planned and 48 forecast.", doc.Images[2].AltText);
        Assert.Equal(5, doc.ImageParts.Count);
        Assert.All(doc.ImageParts, png => Assert.Equal(Files.SampleFiles.Png(), png));
        Assert.All(charts.Drawn, d => Assert.Equal((1200, 600), (d.Width, d.Height)));
        Assert.Contains("Figure 1: Must Do root causes: completed against trajectory", doc.Text);
    }

    [Fact]
    public void Data_tables_repeat_their_first_row_as_a_header_and_the_cover_sheet_has_none()
    {
        var doc = Write(SamplePaper.Build());

        // cover (fields, options, fields), ratings, notices, ISGs, delivery, Well-led, KPIs, exceptions, changes
        Assert.Equal(11, doc.Tables.Count);
        Assert.DoesNotContain(true, doc.Tables[0].HeaderRows);
        Assert.DoesNotContain(true, doc.Tables[2].HeaderRows);
        Assert.All(doc.Tables.Skip(3), t => Assert.Equal([true, .. Enumerable.Repeat(false, t.Rows.Length - 1)], t.HeaderRows));
    }

    [Fact]
    public void Spc_icons_read_as_a_symbol_a_label_and_a_shaded_cell()
    {
        var table = Write(SamplePaper.Build()).TableHeaded("KPI", "ISG", "Latest period", "Latest value", "Target", "Variation", "Assurance");

        Assert.Equal(["ED 4-hour performance", "Unscheduled Care", "Oct 2026", "71.3%", "78%", "▲ Improving (higher)", "? Hit and miss"], table.Row("ED 4-hour performance"));
        Assert.Equal(["▼ Concerning (lower)", "F Target consistently missed"], table.Row("Maternity triage within 15 minutes")[5..]);
        Assert.Equal(["● Common cause", "P Target consistently met"], table.Row("Mandatory training compliance")[5..]);
        Assert.Equal(["BDD7EE", "D9D9D9"], table.Fills[1][5..].AsEnumerable());   // improving: blue; hit and miss: grey
        Assert.Equal(["FAD7A0", "FAD7A0"], table.Fills[2][5..].AsEnumerable());   // concerning, consistently missed: orange
    }

    [Fact]
    public void Exceptions_and_approved_changes_are_listed_with_owner_recovery_plan_and_decision()
    {
        var doc = Write(SamplePaper.Build());

        var exceptions = doc.TableHeaded("Ref", "Item", "Owner", "Due", "Days overdue", "Recovery plan", "Escalated to");
        Assert.Equal(["RC-117", "Triage acuity tool not in use on all shifts", "Helen Marsh", "30 Sep 2026", "31", "Agency triage midwives booked; tool rolled out by 30 November", "ECIB"], exceptions.Row("RC-117"));
        Assert.Equal(["15 Nov 2026", "—"], exceptions.Row("RC-042")[3..5]);
        Assert.Equal("Not escalated", exceptions.Row("RC-042")[6]);
        var changes = doc.TableHeaded("Ref", "Change", "Summary", "Decided on", "Decided by");
        Assert.Equal(["CR-009", "New due date", "RC-088 due date moved from 31 Oct to 31 Dec 2026 (estates works)", "14 Oct 2026", "ECIB"], changes.Row("CR-009"));
        Assert.Contains("By then 47 of the 63 root causes planned to be complete were complete: 74.6% of trajectory. 2 items are off track or overdue, and 1 change request was approved in the month.", doc.Text);
    }

    [Fact]
    public void A_month_with_no_exceptions_or_changes_says_so_instead_of_an_empty_table()
    {
        var paper = SamplePaper.Build();
        paper = paper with { Assessment = paper.Assessment with { Exceptions = [], ChangesApproved = [] } };

        var doc = Write(paper);

        Assert.Contains("No items are off track or overdue.", doc.Text);
        Assert.Contains("No change requests were approved in the month.", doc.Text);
        Assert.Equal(9, doc.Tables.Count);
    }

    [Fact]
    public void Control_characters_typed_into_commentary_are_dropped_rather_than_breaking_the_file()
    {
        var paper = SamplePaper.Build();
        var isgs = paper.Assessment.Isgs.Select(i => i with { Commentary = "Audit\u0001 complete\u000B." }).ToList();
        paper = paper with { Assessment = paper.Assessment with { Isgs = [.. isgs] } };

        Assert.Contains("Audit complete.", Write(paper).Text);
    }

    [Fact]
    public void Document_properties_come_from_the_paper_not_the_clock()
    {
        var doc = Write(SamplePaper.Build());

        Assert.Equal("Quality Improvement Plan: monthly progress report", doc.Title);
        Assert.Equal("Gareth Lloyd, Head of PMO", doc.Creator);
        Assert.Equal(new DateTime(2026, 11, 12), doc.Created);
    }

    [Theory]
    [InlineData(PaperKind.BoardPaper)]
    [InlineData(PaperKind.PartnerPack)]
    public void The_document_is_valid_open_xml_that_word_will_open(PaperKind kind)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(new DocxWriter(new StubCharts()).Write(SamplePaper.Build(), kind)), false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_same_content_gives_the_same_document()
    {
        var first = Write(SamplePaper.Build());
        var second = Write(SamplePaper.Build());

        Assert.Equal(first.DocumentXml, second.DocumentXml);
    }
}
