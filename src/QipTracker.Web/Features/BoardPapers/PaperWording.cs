using System.Globalization;
using QipTracker.Domain.BoardPapers;
using QipTracker.Infrastructure.BoardPapers;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// Text drafted from the figures, as a starting point the PMO edits: the ISG commentary, the executive
/// summary and the recommendation. Only used where the PMO has not written their own.
/// </summary>
internal static class PaperWording
{
    private static string Day(DateOnly date) => date.ToString("d MMMM", CultureInfo.InvariantCulture);

    /// <summary>"Unscheduled Care completed 12 of 15 root causes planned by 31 October (80.0% of trajectory; above 100%: "111.8% — ahead of trajectory"); 3 are overdue, the longest by 21 days; 2 change requests were approved this month."</summary>
    public static string IsgCommentary(string isg, DeliveryFigures f, DateOnly asAt, IReadOnlyList<ExceptionItem> exceptions, int changesApproved)
    {
        var delivery = f.Planned > 0
            ? $"{isg} completed {f.Completed} of {f.Planned} root causes planned by {Day(asAt)} ({PaperLabels.OfTrajectory(f)})"
            : $"{isg} had no root causes planned to be complete by {Day(asAt)}" + (f.Completed > 0 ? $" and completed {f.Completed} early" : "");
        var overdue = exceptions.Where(e => e.DaysOverdue > 0).ToList();
        var late = overdue.Count switch
        {
            0 => "none is overdue",
            1 => $"1 is overdue, by {Days(overdue[0].DaysOverdue)}",
            _ => $"{overdue.Count} are overdue, the longest by {Days(overdue.Max(e => e.DaysOverdue))}",
        };
        var offTrack = exceptions.Count - overdue.Count;
        var reported = offTrack == 0 ? "" : offTrack == 1 ? "; 1 more is reported off track" : $"; {offTrack} more are reported off track";
        var changes = changesApproved switch
        {
            0 => "no change requests were approved this month",
            1 => "1 change request was approved this month",
            _ => $"{changesApproved} change requests were approved this month",
        };
        return $"{delivery}; {late}{reported}; {changes}.";
    }

    public static string ExecutiveSummary(Assessment a) =>
        $"As at {PaperLabels.Date(a.AsAt)}, {a.Total.Completed} of the {a.Total.Planned} root causes planned to be complete by then were complete " +
        $"({PaperLabels.OfTrajectory(a.Total)}). {Count(a.Exceptions.Count, "item is", "items are")} off track or overdue, " +
        $"and {Count(a.ChangesApproved.Count, "change request was", "change requests were")} approved in the month.";

    public static string Recommendation(BoardAsk ask, DateOnly asAt) => ask switch
    {
        BoardAsk.TakeAssurance => $"The Board is asked to take assurance from the delivery of the Quality Improvement Plan as at {PaperLabels.Date(asAt)}, and from the recovery plans for the exceptions in section 3.5.",
        BoardAsk.Approve => $"The Board is asked to approve this report on the Quality Improvement Plan as at {PaperLabels.Date(asAt)}.",
        _ => $"The Board is asked to {PaperLabels.Of(ask).ToLowerInvariant()} this report on the Quality Improvement Plan as at {PaperLabels.Date(asAt)}.",
    };

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
