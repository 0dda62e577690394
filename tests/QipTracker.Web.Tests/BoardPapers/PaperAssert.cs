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
        "2: 3.4 Key performance indicators (SPC)", "2: 3.5 Exceptions", "2: 3.6 Change requests approved",
        "1: 4 Recommendation",
    ];

    /// <summary>The delivery table's row for each ISG and the total, as the trajectory counts them as at the same day.</summary>
    public static void DeliveryMatchesTrajectory(WordDocument doc, TrajectoryReport trajectory)
    {
        var table = doc.TableHeaded("ISG", "Findings covered", "Root causes identified", "Completed", $"Planned as at {PaperLabels.ShortDate(trajectory.AsOf)}", "% of trajectory");
        var isgs = trajectory.Series.Where(s => s.IsgId is not null && s.Priority is null).ToList();
        Assert.NotEmpty(isgs);
        foreach (var s in isgs)
            Assert.Equal([s.CompletedToDate.ToString(), s.PlannedToDate.ToString(), PaperLabels.Percent(s.PercentToDate)], table.Row(s.Isg)[3..]);
        var total = trajectory.Total;
        Assert.Equal([total.CompletedToDate.ToString(), total.PlannedToDate.ToString(), PaperLabels.Percent(total.PercentToDate)], table.Row("Total")[3..]);
    }

    /// <summary>The Must Do and Should Do charts and one per ISG, each with alternative text giving its figures.</summary>
    public static void ChartsHaveAltText(WordDocument doc, int isgs)
    {
        Assert.Equal(2 + isgs, doc.Images.Count);
        Assert.Equal(2 + isgs, doc.ImageParts.Count);
        Assert.All(doc.Images, i => Assert.StartsWith("Line chart of cumulative root causes", i.AltText));
        Assert.Contains(doc.Images, i => i.Title == "Must Do root causes: completed against trajectory");
        Assert.Contains(doc.Images, i => i.Title == "Should Do root causes: completed against trajectory");
    }

    public static Dictionary<string, string> Cover(WordDocument doc) => doc.Tables[0].Rows.ToDictionary(r => r[0], r => r[1]);
}
