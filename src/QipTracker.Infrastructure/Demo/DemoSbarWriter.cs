using System.Globalization;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Demo.Text;

namespace QipTracker.Infrastructure.Demo;

/// <summary>Writes each root cause's SBAR from where its story has got to, as an owner would before an ISG.</summary>
internal static class DemoSbarWriter
{
    public static Sbar Write(RootCauseDraft draft, DateOnly today)
    {
        var story = draft.Story;
        var primary = draft.Primary;
        var measure = ThemeBank.For(primary.Theme).Measure;
        var done = draft.Actions.Count(a => a.Status == ActionStatus.Done);
        var progress = $"{done} of {draft.Actions.Count} actions complete";

        var situation = $"Root cause of {string.Join(", ", draft.Answers.Select(f => f.Reference))}: {draft.Description}";
        var background = $"{Label(primary.Kind)} {primary.Reference} ({primary.Regulation}); source: {primary.Source}. " +
                         $"Baseline due {Short(story.BaselineDue)}.";

        var (assessment, recommendation) = story switch
        {
            { ReopenedOn: { } reopened } => (
                $"Reopened on {Short(reopened)}: {story.ReopenReason} Recovery plan under way; forecast {Short(story.Forecast)}.",
                "ISG chair to review the recovery plan at the next sprint; report to ECIB as a reopened item."),
            { EmbeddedOn: { } embedded } => (
                $"Embedded on {Short(embedded)}: the KPI for {measure} has held at target for three consecutive periods.",
                "Close; continue routine monitoring through the divisional quality report."),
            { AssuredOn: { } assured } => (
                $"Assured by the ISG on {Short(assured)}. The KPI for {measure} is monitored monthly to confirm the change is sustained.",
                "Keep under KPI review; embed after three periods at target."),
            { CompletedOn: { } completed } => (
                $"Owner reported complete on {Short(completed)}; evidence submitted for assurance.",
                "ISG chair to review the evidence and assure, or send back with comments."),
            { StartedOn: null } => (
                $"Not started; work is scheduled to begin in good time for the {Short(story.BaselineDue)} baseline.",
                "ISG to note."),
            _ when story.IsOverdue(today) => (
                $"Overdue since {Short(story.BaselineDue)} because {story.SlipReason}. {progress}; forecast {Short(story.Forecast)}." +
                (story.OffTrack ? " Reported off track." : ""),
                story.OffTrack
                    ? "Escalate to the accountable executive and ECIB with a recovery plan."
                    : "ISG chair to agree a recovery date; raise a change request if the baseline must move."),
            { SlippedOn: not null } => (
                $"At risk: forecast moved to {Short(story.Forecast)} because {story.SlipReason}. {progress}." +
                (story.OffTrack ? " Reported off track." : ""),
                story.OffTrack
                    ? "Escalate to the accountable executive with a recovery plan."
                    : "ISG to note the risk; owner to confirm recovery actions at the next sprint."),
            _ => ($"On track for {Short(story.BaselineDue)}. {progress}.", "ISG to note progress."),
        };
        return new Sbar(situation, background, assessment, recommendation);
    }

    private static string Label(FindingKind kind) => kind switch
    {
        FindingKind.MustDo => "Must Do",
        FindingKind.ShouldDo => "Should Do",
        FindingKind.NoticeRequirement => "Notice requirement",
        _ => "Well-led review recommendation",
    };

    private static string Short(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
