using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Tests.Plans;
using static QipTracker.Domain.Tests.Sprints.SprintData;

namespace QipTracker.Domain.Tests.Sprints;

/// <summary>An owner's sprint update moves only what they changed on the form, from the root cause as it stands.</summary>
public sealed class OwnerReportTests
{
    private static readonly DateOnly Today = On(4, 6);

    private static RootCause InProgress(DateOnly forecast)
    {
        var rootCause = Plan.RootCause();
        rootCause.ReportProgress(forecast, offTrack: false, On(3, 31));
        return rootCause;
    }

    private static SprintUpdateContent Seen(RootCause rootCause, string narrative = "", decimal? kpi = null) =>
        new(rootCause.Status, narrative, rootCause.ForecastDue, rootCause.ReportedOffTrack, kpi);

    [Fact]
    public void A_narrative_only_update_leaves_status_forecast_and_off_track_as_they_stand()
    {
        var rootCause = InProgress(On(9, 30));
        var seen = Seen(rootCause);

        var recorded = OwnerReport.Apply(rootCause, seen, seen with { Narrative = "Audit booked" }, Today);

        Assert.Equal((RootCauseStatus.InProgress, On(9, 30), false), (rootCause.Status, rootCause.ForecastDue, rootCause.ReportedOffTrack));
        Assert.Equal(new SprintUpdateContent(RootCauseStatus.InProgress, "Audit booked", On(9, 30), false), recorded);
    }

    [Fact]
    public void A_field_the_owner_left_alone_never_writes_an_older_value_back()
    {
        // The form was loaded when the forecast was 30 June; it has since moved to 30 September elsewhere.
        var rootCause = InProgress(On(6, 30));
        var seen = Seen(rootCause);
        rootCause.ReportProgress(On(9, 30), offTrack: true, On(4, 2));

        var recorded = OwnerReport.Apply(rootCause, seen, seen with { Narrative = "Still on it" }, Today);

        Assert.Equal((On(9, 30), true), (rootCause.ForecastDue, rootCause.ReportedOffTrack));
        Assert.Equal((On(9, 30), true), (recorded.ForecastDue, recorded.OffTrack));
    }

    [Fact]
    public void A_changed_forecast_moves_the_forecast_and_does_not_start_work_not_started()
    {
        var rootCause = Plan.RootCause();
        var seen = Seen(rootCause);

        OwnerReport.Apply(rootCause, seen, seen with { Narrative = "Starts after the rota change", ForecastDue = On(8, 14) }, Today);

        Assert.Equal((RootCauseStatus.NotStarted, On(8, 14)), (rootCause.Status, rootCause.ForecastDue));
    }

    [Fact]
    public void Off_track_reported_alone_counts_from_today()
    {
        var rootCause = InProgress(On(9, 30));
        var seen = Seen(rootCause);

        OwnerReport.Apply(rootCause, seen, seen with { Narrative = "Two midwives off sick", OffTrack = true }, Today);

        Assert.Equal((true, Today, On(9, 30)), (rootCause.ReportedOffTrack, rootCause.OffTrackSince, rootCause.ForecastDue));
    }

    [Fact]
    public void Moving_the_status_starts_or_completes_the_work_by_the_plans_rules()
    {
        var notStarted = Plan.RootCause();
        var seen = Seen(notStarted);
        OwnerReport.Apply(notStarted, seen, seen with { Narrative = "Begun", Status = RootCauseStatus.InProgress }, Today);
        Assert.Equal(RootCauseStatus.InProgress, notStarted.Status);

        // No evidence, no completion.
        seen = Seen(notStarted);
        Assert.Throws<DomainException>(() => OwnerReport.Apply(notStarted, seen, seen with { Narrative = "Done", Status = RootCauseStatus.Completed }, Today));

        notStarted.AddEvidence(Plan.NoteFor(notStarted));
        var recorded = OwnerReport.Apply(notStarted, seen, seen with { Narrative = "Done", Status = RootCauseStatus.Completed, OffTrack = true }, Today);
        Assert.Equal((RootCauseStatus.Completed, Today, false), (notStarted.Status, notStarted.CompletedOn, notStarted.ReportedOffTrack));
        Assert.Equal((RootCauseStatus.Completed, false), (recorded.Status, recorded.OffTrack));
    }

    [Fact]
    public void Work_does_not_go_backwards_and_assurance_is_the_chairs()
    {
        var started = InProgress(On(9, 30));
        var seen = Seen(started);
        Assert.Throws<DomainException>(() => OwnerReport.Apply(started, seen, seen with { Narrative = "x", Status = RootCauseStatus.NotStarted }, Today));

        var completed = Plan.Completed();
        seen = Seen(completed);
        Assert.Throws<DomainException>(() => OwnerReport.Apply(completed, seen, seen with { Narrative = "x", Status = RootCauseStatus.InProgress }, Today));
        Assert.Throws<DomainException>(() => OwnerReport.Apply(completed, seen, seen with { Narrative = "x", Status = RootCauseStatus.Assured }, Today));
        Assert.Throws<DomainException>(() => OwnerReport.Apply(completed, seen, seen with { Narrative = "x", ForecastDue = On(12, 1) }, Today));
        Assert.Throws<DomainException>(() => OwnerReport.Apply(completed, seen, seen with { Narrative = "x", OffTrack = true }, Today));
        Assert.Equal(RootCauseStatus.Completed, completed.Status);
    }

    [Fact]
    public void Delivered_work_keeps_its_status_in_the_update_even_when_the_chair_has_assured_it()
    {
        var assured = Plan.Assured();
        var seen = Seen(assured);

        var recorded = OwnerReport.Apply(assured, seen, seen with { Narrative = "KPI holding at 96%" }, Today);

        Assert.Equal(RootCauseStatus.Assured, recorded.Status);
        var update = SprintUpdate.Submit(Active(), assured.Id, Plan.Owner, recorded, At(Today));
        Assert.Equal(RootCauseStatus.Assured, update.Status);
    }

    [Theory]
    [InlineData(RootCauseStatus.NotStarted, false, new[] { RootCauseStatus.NotStarted, RootCauseStatus.InProgress })]
    [InlineData(RootCauseStatus.NotStarted, true, new[] { RootCauseStatus.NotStarted, RootCauseStatus.InProgress, RootCauseStatus.Completed })]
    [InlineData(RootCauseStatus.InProgress, false, new[] { RootCauseStatus.InProgress })]
    [InlineData(RootCauseStatus.InProgress, true, new[] { RootCauseStatus.InProgress, RootCauseStatus.Completed })]
    [InlineData(RootCauseStatus.Completed, true, new[] { RootCauseStatus.Completed })]
    [InlineData(RootCauseStatus.Assured, true, new[] { RootCauseStatus.Assured })]
    public void The_form_offers_forward_steps_only_and_completion_only_with_evidence(RootCauseStatus current, bool evidence, RootCauseStatus[] choices)
    {
        Assert.Equal(choices, OwnerReport.StatusChoices(current, evidence));
        Assert.Equal(!current.IsDelivered(), OwnerReport.MayReforecast(current));
    }

    [Fact]
    public void A_kpi_reading_counts_as_new_only_when_the_owner_typed_one()
    {
        var seen = new SprintUpdateContent(RootCauseStatus.InProgress, "x", On(9, 30), KpiValue: 94m);

        Assert.False(OwnerReport.KpiValueChanged(seen, seen));
        Assert.False(OwnerReport.KpiValueChanged(seen, seen with { KpiValue = null }));
        Assert.True(OwnerReport.KpiValueChanged(seen, seen with { KpiValue = 95m }));
    }
}
