using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Tests.Plans;
using static QipTracker.Domain.Tests.Sprints.SprintData;

namespace QipTracker.Domain.Tests.Sprints;

public sealed class SprintUpdateTests
{
    private static readonly Guid RootCauseId = Guid.Parse("6f1c2a7e-0000-4000-8000-0000000000d1");
    private static readonly SprintUpdateContent OnTrack =
        new(RootCauseStatus.InProgress, " Audit tool agreed with the labour ward. ", On(6, 30), KpiValue: 82.5m);

    [Fact]
    public void An_owner_submits_status_narrative_forecast_and_kpi_value()
    {
        var sprint = Active();

        var update = SprintUpdate.Submit(sprint, RootCauseId, Plan.Owner, OnTrack, At(On(4, 6)));

        Assert.Equal(Plan.Trust, update.TrustId);
        Assert.Equal(sprint.Id, update.SprintId);
        Assert.Equal(RootCauseId, update.RootCauseId);
        Assert.Equal(Plan.Owner, update.OwnerId);
        Assert.Equal(RootCauseStatus.InProgress, update.Status);
        Assert.Equal("Audit tool agreed with the labour ward.", update.Narrative);
        Assert.Equal(On(6, 30), update.ForecastDue);
        Assert.Equal(82.5m, update.KpiValue);
        Assert.False(update.OffTrack);
        Assert.Equal(At(On(4, 6)), update.SubmittedAt);
        Assert.Null(update.RevisedAt);
        Assert.Equal(0, update.Revisions);
    }

    [Fact]
    public void Re_submitting_in_the_same_sprint_replaces_the_values_and_keeps_when_it_was_first_submitted()
    {
        var sprint = Active();
        var update = SprintUpdate.Submit(sprint, RootCauseId, Plan.Owner, OnTrack, At(On(4, 6)));

        update.Revise(sprint, Plan.Owner, new SprintUpdateContent(RootCauseStatus.InProgress, "Midwife leads on leave; slipping.", On(7, 31), OffTrack: true), At(On(4, 9)));

        Assert.Equal("Midwife leads on leave; slipping.", update.Narrative);
        Assert.Equal(On(7, 31), update.ForecastDue);
        Assert.True(update.OffTrack);
        Assert.Null(update.KpiValue);
        Assert.Equal(At(On(4, 6)), update.SubmittedAt);
        Assert.Equal(At(On(4, 9)), update.RevisedAt);
        Assert.Equal(1, update.Revisions);
    }

    [Fact]
    public void Submit_or_revise_keeps_one_update_per_sprint_and_root_cause()
    {
        var sprint = Active();
        var first = SprintUpdate.SubmitOrRevise(sprint, null, RootCauseId, Plan.Owner, OnTrack, At(On(4, 6)));

        var second = SprintUpdate.SubmitOrRevise(sprint, first, RootCauseId, Plan.Owner, OnTrack with { Narrative = "Done the audit." }, At(On(4, 7)));

        Assert.Same(first, second);
        Assert.Equal("Done the audit.", second.Narrative);
        Assert.Throws<DomainException>(() => SprintUpdate.SubmitOrRevise(sprint, first, Guid.NewGuid(), Plan.Owner, OnTrack, At(On(4, 7))));
    }

    [Fact]
    public void An_update_cannot_be_revised_through_another_sprint()
    {
        var sprint = Active();
        var update = SprintUpdate.Submit(sprint, RootCauseId, Plan.Owner, OnTrack, At(On(4, 6)));
        var other = Planned(Sprint4);

        Assert.Throws<DomainException>(() => update.Revise(other, Plan.Owner, OnTrack, At(On(4, 14))));
    }

    [Fact]
    public void Updates_are_taken_only_while_the_sprint_is_active()
    {
        Assert.Throws<DomainException>(() => SprintUpdate.Submit(Planned(), RootCauseId, Plan.Owner, OnTrack, At(On(3, 30))));

        var sprint = Active();
        var update = SprintUpdate.Submit(sprint, RootCauseId, Plan.Owner, OnTrack, At(On(4, 6)));
        sprint.Close([], At(On(4, 12)), On(4, 12));

        Assert.Throws<DomainException>(() => update.Revise(sprint, Plan.Owner, OnTrack with { Narrative = "Late edit" }, At(On(4, 13))));
        Assert.Throws<DomainException>(() => SprintUpdate.Submit(sprint, Guid.NewGuid(), Plan.Owner, OnTrack, At(On(4, 13))));
        Assert.Equal("Audit tool agreed with the labour ward.", update.Narrative);
    }

    [Fact]
    public void An_update_needs_a_narrative_a_root_cause_and_a_submitter()
    {
        var sprint = Active();
        Assert.Throws<DomainException>(() => SprintUpdate.Submit(sprint, RootCauseId, Plan.Owner, OnTrack with { Narrative = "  " }, At(On(4, 6))));
        Assert.Throws<DomainException>(() => SprintUpdate.Submit(sprint, Guid.Empty, Plan.Owner, OnTrack, At(On(4, 6))));
        Assert.Throws<DomainException>(() => SprintUpdate.Submit(sprint, RootCauseId, Guid.Empty, OnTrack, At(On(4, 6))));
    }

    [Fact]
    public void Completed_work_is_never_recorded_as_off_track()
    {
        var update = SprintUpdate.Submit(Active(), RootCauseId, Plan.Owner,
            new SprintUpdateContent(RootCauseStatus.Completed, "Audit at 96%.", On(4, 8), OffTrack: true), At(On(4, 8)));

        Assert.False(update.OffTrack);
    }
}
