using QipTracker.Infrastructure.BoardPapers;

namespace QipTracker.Infrastructure.Tests.BoardPapers;

public sealed class PartnerPackTests
{
    private static readonly WordDocument Pack = new(new DocxWriter(new StubCharts()).Write(SamplePaper.Build(), PaperKind.PartnerPack));

    [Fact]
    public void The_pack_covers_progress_exceptions_kpis_and_partner_feedback()
    {
        Assert.Equal(("Title", "System partner oversight pack"), Pack.Paragraphs[0]);
        Assert.Equal(
        [
            "1: Summary", "1: 1 Progress against trajectory", "1: 2 Exceptions",
            "1: 3 Key performance indicators (SPC)", "1: 4 Partner feedback",
        ], Pack.Headings("Heading1", "Heading2", "Heading3"));
        Assert.Equal(["Total", "34", "106", "47", "63", "74.6%"], Pack.TableHeaded("ISG", "Findings covered").Rows[^1]);
        Assert.Equal(2, Pack.Images.Count);   // Must Do and Should Do; the per-ISG detail stays in the board paper
        Assert.Contains("RC-117", Pack.TableHeaded("Ref", "Item").Rows.Select(r => r[0]));
        Assert.Equal(4, Pack.TableHeaded("KPI", "ISG").Rows.Length);
        Assert.Equal("System partner oversight pack", Pack.Title);
    }

    [Fact]
    public void Partner_feedback_is_a_bordered_table_of_empty_rows_to_write_in()
    {
        var feedback = Pack.TableHeaded("Organisation", "Comments and questions", "Assurance requested");

        Assert.Equal(7, feedback.Rows.Length);
        Assert.All(feedback.Rows.Skip(1), r => Assert.All(r, cell => Assert.Equal("", cell)));
        Assert.Equal([true, false, false, false, false, false, false], feedback.HeaderRows);
    }

    [Fact]
    public void The_summary_keeps_who_and_when_but_not_the_boards_own_governance_fields()
    {
        var summary = Pack.Tables[0].Rows.ToDictionary(r => r[0], r => r[1]);

        Assert.Equal(["Trust", "Position as at", "Date written", "Responsible director", "Author", "Executive summary", "Linked CQC domains"], summary.Keys);
        Assert.Equal("31 October 2026", summary["Position as at"]);
        Assert.Equal("Northbridge Hospitals NHS Foundation Trust", summary["Trust"]);
        foreach (var boardOnly in new[] { "Trust Board (Public)", "26 November 2026", "Take assurance", "SO1 Safe", "BAF 3", "FOI", "equality impact", "Recommendation", "Well-led plan", "Change requests" })
            Assert.DoesNotContain(boardOnly, Pack.Text, StringComparison.OrdinalIgnoreCase);
    }
}
