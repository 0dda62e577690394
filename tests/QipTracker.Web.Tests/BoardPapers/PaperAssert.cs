using System.Globalization;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Tests.BoardPapers;

namespace QipTracker.Web.Tests.BoardPapers;

/// <summary>What every generated paper must show, checked against the trajectory for the same date.</summary>
internal static class PaperAssert
{
    public static readonly string[] BoardPaperSections =
    [
        "1: Cover sheet", "1: 1 Situation", "1: 2 Background",
        "2: 2.1 Ratings", "2: 2.2 Enforcement notices", "2: 2.3 Improvement steering groups",
        "1: 3 Assessment",
        "2: 3.1 Delivery against trajectory", "2: 3.2 Progress by improvement steering group", "2: 3.3 Well-led plan by KLOE",
        "2: 3.4 Key performance indicators (SPC)", "2: 3.5 Exceptions", "2: 3.6 Change requests approved", "2: 3.7 Partner feedback",
        "1: 4 Recommendation",
    ];

    /// <summary>The body's sections in order, then the two appendices (each with a heading per ISG that has rows).</summary>
    public static void HasSections(WordDocument doc)
    {
        var headings = doc.Headings("Heading1", "Heading2");
        Assert.Equal(BoardPaperSections, headings.Take(BoardPaperSections.Length));
        var appendices = headings.Skip(BoardPaperSections.Length).Where(h => h.StartsWith("1: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["1: Appendix A: Exceptions in full", "1: Appendix B: Sprint burndowns"], appendices);
    }

    /// <summary>
    /// The delivery table's Must Do and Should Do columns for each ISG and the total, exactly as the trajectory
    /// counts them for that ISG and priority class as at the same day; and the month-on-month table's percentages
    /// against the trajectory as at the month end before.
    /// </summary>
    public static void DeliveryMatchesTrajectory(WordDocument doc, TrajectoryReport trajectory, TrajectoryReport lastMonth)
    {
        var table = doc.Tables.Single(t => t.Rows.Length > 2 && t.Rows[0].Contains("Must Do") && t.Rows[0].Contains("Should Do")
                                          && t.Rows[1].Length == 11 && t.Rows[1][0] == "ISG");
        Assert.Equal(["ISG", "Findings", "Root causes", "Closed", "Target", "%"], table.Rows[1][..6]);
        var isgs = trajectory.Series.Where(s => s.IsgId is not null && s.Priority is null).Select(s => s.Isg).ToList();
        Assert.NotEmpty(isgs);
        foreach (var isg in isgs.Append("Total"))
        {
            var row = table.Row(isg);
            Assert.Equal(Five(Series(trajectory, isg, PriorityClass.MustDo)), row[2..6]);
            Assert.Equal(Five(Series(trajectory, isg, PriorityClass.ShouldDo)), row[7..11]);
        }

        var trend = doc.Tables.Single(t => t.Rows.Length > 2 && t.Rows[1].Length == 8 && t.Rows[1][0] == "ISG" && t.Rows[1][^1] == "Must Do on track");
        foreach (var isg in isgs.Append("Total"))
        {
            var row = trend.Row(isg);
            Assert.Equal(PaperLabels.Percent(Series(lastMonth, isg, PriorityClass.MustDo)?.PercentToDate), row[1]);
            Assert.Equal(PaperLabels.Percent(Series(trajectory, isg, PriorityClass.MustDo)?.PercentToDate), row[2]);
            Assert.Equal(PaperLabels.Percent(Series(lastMonth, isg, null)?.PercentToDate), row[4]);
            Assert.Equal(PaperLabels.Percent(Series(trajectory, isg, null)?.PercentToDate), row[5]);
        }
    }

    private static TrajectorySeries? Series(TrajectoryReport report, string isg, PriorityClass? priority) =>
        report.Series.SingleOrDefault(s => (isg == "Total" ? s.IsgId is null : s.Isg == isg && s.IsgId is not null) && s.Priority == priority);

    /// <summary>Root causes identified (every one the series counts), completed, planned and % to date; an ISG without the class has none.</summary>
    private static string[] Five(TrajectorySeries? s) =>
        [(s?.Points is [.., var last] ? last.Planned : 0).ToString(CultureInfo.InvariantCulture), (s?.CompletedToDate ?? 0).ToString(CultureInfo.InvariantCulture), (s?.PlannedToDate ?? 0).ToString(CultureInfo.InvariantCulture), PaperLabels.Percent(s?.PercentToDate)];

    /// <summary>The Must Do and Should Do charts, and a Must Do and a Should Do chart per ISG, each with alternative text giving its figures.</summary>
    public static void ChartsHaveAltText(WordDocument doc, IReadOnlyList<string> isgs)
    {
        Assert.All(doc.Images, i => Assert.False(string.IsNullOrWhiteSpace(i.AltText), i.Title));
        var trajectories = doc.Images.Where(i => i.AltText.StartsWith("Line chart of cumulative root causes", StringComparison.Ordinal)).Select(i => i.Title).ToList();
        Assert.Equal(["Must Do root causes: completed against trajectory", "Should Do root causes: completed against trajectory",
            .. isgs.SelectMany(i => new[] { $"{i}: Must Do root causes", $"{i}: Should Do root causes" })], trajectories);
    }

    /// <summary>The cover sheet's fields: the table above the row of options and the one below it.</summary>
    public static Dictionary<string, string> Cover(WordDocument doc) =>
        doc.Tables[0].Rows.Concat(doc.Tables[2].Rows).ToDictionary(r => r[0], r => r[1]);
}
