namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>One partner's feedback from the partner meeting held in the paper's month, and the trust's response (blank: none yet).</summary>
public sealed record PartnerFeedbackItem(DateOnly MeetingOn, string From, string Said, string Response);

/// <summary>The partner feedback table, the same in the board paper and the partner pack.</summary>
internal static class PartnerFeedbackSection
{
    public const string NoResponse = "Response to follow.";

    /// <summary>The feedback recorded for the month, or a line saying there was none; nothing for a paper frozen before it was kept.</summary>
    public static void Write(IPaperBody doc, Assessment a)
    {
        if (a.PartnerFeedback is not { } feedback) return;
        if (feedback.Count == 0) { doc.Text($"No partner feedback was recorded from meetings in {PaperLabels.Month(a.AsAt)}."); return; }
        doc.Table([new("Partner", 20), new("Meeting", 13), new("What was said", 35), new("The trust's response", 32)],
            feedback.Select(f => (IReadOnlyList<Cell>)[f.From, PaperLabels.ShortDate(f.MeetingOn), f.Said,
                string.IsNullOrWhiteSpace(f.Response) ? NoResponse : f.Response]));
    }
}
