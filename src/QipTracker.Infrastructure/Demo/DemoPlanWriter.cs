using Bogus;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Demo.Text;
using static QipTracker.Infrastructure.Demo.DemoTrustProfile;

namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// Turns planned root causes into entities by replaying each story through the domain methods
/// (Start, ReportProgress, AddEvidence, MarkCompleted, Assure, Embed, Reopen) so every invariant holds,
/// and records each transition in the back-dated history.
/// </summary>
internal sealed class DemoPlanWriter(Guid trustId, DemoCalendar calendar, Randomizer random, DemoHistory history)
{
    public List<ImprovementAction> Actions { get; } = [];

    public RootCause Write(RootCauseDraft draft, Guid isgId, Guid chairId)
    {
        var story = draft.Story;
        var owner = draft.OwnerId;
        var rootCause = new RootCause(trustId, draft.Reference, draft.Description, owner, isgId, story.BaselineDue);
        // The demo plan has been running since its start: its past months' papers count it.
        rootCause.RecordAddedToPlan(calendar.PlanStart);
        foreach (var finding in draft.Answers) rootCause.Answer(finding.Entity!);

        if (story.StartedOn is { } started)
        {
            rootCause.Start();
            history.Changed(rootCause, nameof(RootCause.Status), RootCauseStatus.NotStarted, RootCauseStatus.InProgress, owner, calendar.At(started));
        }
        if (story.SlippedOn is { } slipped) ReportProgress(rootCause, story.SlippedForecast!.Value, story.OffTrack, owner, slipped);
        if (story.CompletedOn is { } completed) Complete(rootCause, draft, completed);
        if (story.AssuredOn is { } assured)
        {
            rootCause.Assure(chairId, byChairOrPmo: true, assured);
            var at = calendar.At(assured);
            history.Changed(rootCause, nameof(RootCause.Status), RootCauseStatus.Completed, RootCauseStatus.Assured, chairId, at);
            history.Changed(rootCause, nameof(RootCause.AssuredOn), null, assured, chairId, at);
            history.Changed(rootCause, nameof(RootCause.AssuredBy), null, chairId, chairId, at);
        }
        if (story.EmbeddedOn is { } embedded)
        {
            // The story only embeds after three periods at target: the demo's history records the verdict.
            rootCause.Embed(SustainVerdict.Recorded("the demo plan's history"), embedded);
            var at = calendar.At(embedded);
            history.Changed(rootCause, nameof(RootCause.Status), RootCauseStatus.Assured, RootCauseStatus.Embedded, chairId, at);
            history.Changed(rootCause, nameof(RootCause.EmbeddedOn), null, embedded, chairId, at);
        }
        if (story.ReopenedOn is { } reopened) Reopen(rootCause, story, chairId, reopened);

        foreach (var action in draft.Actions) Actions.Add(WriteAction(rootCause, action));
        rootCause.WriteSbar(DemoSbarWriter.Write(draft, calendar.Today));
        draft.Entity = rootCause;
        return rootCause;
    }

    private void ReportProgress(RootCause rootCause, DateOnly forecast, bool offTrack, Guid owner, DateOnly on)
    {
        var before = (rootCause.ForecastDue, rootCause.ReportedOffTrack);
        rootCause.ReportProgress(forecast, offTrack, on);
        var at = calendar.At(on);
        history.Changed(rootCause, nameof(RootCause.ForecastDue), before.ForecastDue, rootCause.ForecastDue, owner, at);
        if (before.ReportedOffTrack != rootCause.ReportedOffTrack)
            history.Changed(rootCause, nameof(RootCause.ReportedOffTrack), before.ReportedOffTrack, rootCause.ReportedOffTrack, owner, at);
    }

    // Closing the loop: evidence first, then the owner marks it complete.
    private void Complete(RootCause rootCause, RootCauseDraft draft, DateOnly completed)
    {
        var owner = draft.OwnerId;
        var texts = random.Shuffle(ThemeBank.For(draft.Primary.Theme).Evidence).ToList();
        var addedAt = calendar.At(draft.Story.EvidenceOn!.Value);
        rootCause.AddEvidence(Evidence.Note(trustId, rootCause.Id, texts[0].Title, texts[0].Shows, owner, addedAt));
        if (texts.Count > 1 && random.Bool(0.5f))
        {
            var url = $"https://intranet.{EmailDomain}/qip/{draft.Reference.ToLowerInvariant()}/{Slug(texts[1].Title)}";
            rootCause.AddEvidence(Evidence.Link(trustId, rootCause.Id, texts[1].Title, url, texts[1].Shows, owner, addedAt));
        }

        var wasOffTrack = rootCause.ReportedOffTrack;
        rootCause.MarkCompleted(completed);
        var at = calendar.At(completed);
        if (at < addedAt) at = addedAt.AddMinutes(20);
        history.Changed(rootCause, nameof(RootCause.Status), RootCauseStatus.InProgress, RootCauseStatus.Completed, owner, at);
        history.Changed(rootCause, nameof(RootCause.CompletedOn), null, completed, owner, at);
        if (wasOffTrack) history.Changed(rootCause, nameof(RootCause.ReportedOffTrack), true, false, owner, at);
    }

    private void Reopen(RootCause rootCause, RootCauseStory story, Guid chairId, DateOnly reopened)
    {
        var before = (rootCause.Status, rootCause.CompletedOn, rootCause.AssuredOn, rootCause.AssuredBy, rootCause.EmbeddedOn);
        rootCause.Reopen(story.ReopenReason!);
        var at = calendar.At(reopened);
        history.Changed(rootCause, nameof(RootCause.Status), before.Status, rootCause.Status, chairId, at);
        history.Changed(rootCause, nameof(RootCause.ReopenCount), 0, rootCause.ReopenCount, chairId, at);
        history.Changed(rootCause, nameof(RootCause.LastReopenReason), null, rootCause.LastReopenReason, chairId, at);
        history.Changed(rootCause, nameof(RootCause.CompletedOn), before.CompletedOn, null, chairId, at);
        history.Changed(rootCause, nameof(RootCause.AssuredOn), before.AssuredOn, null, chairId, at);
        history.Changed(rootCause, nameof(RootCause.AssuredBy), before.AssuredBy, null, chairId, at);
        if (before.EmbeddedOn is not null) history.Changed(rootCause, nameof(RootCause.EmbeddedOn), before.EmbeddedOn, null, chairId, at);
        // The owner re-forecasts a couple of days later.
        ReportProgress(rootCause, story.ForecastAfterReopen!.Value, offTrack: false, rootCause.OwnerId,
            DemoCalendar.Min(reopened.AddDays(2), calendar.Yesterday));
    }

    private ImprovementAction WriteAction(RootCause rootCause, ActionDraft draft)
    {
        var action = new ImprovementAction(trustId, rootCause.Id, draft.Title, draft.OwnerId, draft.DueOn);
        action.RecordAddedToPlan(calendar.PlanStart);
        var owner = draft.OwnerId;
        if (draft.StartedOn is { } started)
        {
            var note = draft.Status == ActionStatus.InProgress ? draft.Note : NarrativeBank.InProgressNotes[0];
            action.Update(ActionStatus.InProgress, note, started);
            var at = calendar.At(started);
            history.Changed(action, nameof(ImprovementAction.Status), ActionStatus.NotStarted, ActionStatus.InProgress, owner, at);
        }
        if (draft.Status is ActionStatus.Done or ActionStatus.Cancelled)
        {
            var before = action.Status;
            var closed = draft.ClosedOn!.Value;
            action.Update(draft.Status, draft.Note, closed);
            var at = calendar.At(closed);
            history.Changed(action, nameof(ImprovementAction.Status), before, action.Status, owner, at);
            if (action.DoneOn is { } doneOn) history.Changed(action, nameof(ImprovementAction.DoneOn), null, doneOn, owner, at);
        }
        return action;
    }

    private static string Slug(string title) =>
        string.Join('-', title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray())).Where(w => w.Length > 0));
}
