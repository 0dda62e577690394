using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Domain.Tests.Plans;
using static QipTracker.Domain.Tests.Reporting.TrajectoryData;

namespace QipTracker.Domain.Tests.Reporting;

/// <summary>A root cause read as it stood on a past day, from its status records and the day it entered the plan.</summary>
public sealed class RootCauseHistoryTests
{
    private static readonly DateTimeOffset Noon = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private static (RootCause RootCause, List<RootCauseStatusRecord> Records) Played()
    {
        // Due 30 June; completed 10 May, sent back 20 May, reported off track 25 May, completed again 2 June.
        var rc = Plan.RootCause();
        rc.RecordAddedToPlan(On(5, 1));
        var records = new List<RootCauseStatusRecord>();
        void Record(DateOnly on) => records.Add(RootCauseStatusRecord.Of(rc, on, Noon).WithId(records.Count + 1));
        Record(On(5, 1));
        rc.AddEvidence(Plan.NoteFor(rc));
        rc.MarkCompleted(On(5, 10));
        Record(On(5, 10));
        rc.SendBack("One ward only.", Guid.NewGuid(), On(5, 20));
        Record(On(5, 20));
        rc.ReportProgress(On(7, 15), offTrack: true, On(5, 25));
        Record(On(5, 25));
        rc.MarkCompleted(On(6, 2));
        Record(On(6, 2));
        return (rc, records);
    }

    private static TrajectoryItem AsAt(RootCause rc, IEnumerable<RootCauseStatusRecord> records, DateOnly day) =>
        TrajectoryItem.From(rc.Id, rc.Reference, WomensName, rc.AddedToPlanOn, RootCauseStatusRecord.InForceOn(records, day)!,
            [new BaselineEntry(rc.BaselineDue, DateOnly.MinValue)]);

    [Fact]
    public void Each_day_reads_the_record_in_force_at_its_end()
    {
        var (rc, records) = Played();

        Assert.True(AsAt(rc, records, On(5, 15)).IsDeliveredBy(On(5, 15)));    // completed then, though sent back since
        Assert.False(AsAt(rc, records, On(5, 22)).IsDeliveredBy(On(5, 22)));   // sent back
        Assert.True(AsAt(rc, records, On(5, 31)).IsOffTrackOrOverdueOn(On(5, 31)));
        Assert.False(AsAt(rc, records, On(5, 24)).IsOffTrackOn(On(5, 24)));    // the report came the next day
        var june = AsAt(rc, records, On(6, 30));
        Assert.Equal((On(6, 2), false), (june.CompletedOn, june.IsOffTrackOn(On(6, 30))));
    }

    [Fact]
    public void Two_records_on_one_day_read_as_the_later_one()
    {
        var (rc, records) = Played();
        records.Add(RootCauseStatusRecord.Of(rc, On(6, 2), Noon).WithId(0));   // written first, despite being listed last

        Assert.Equal(On(6, 2), AsAt(rc, records, On(6, 2)).CompletedOn);
    }

    [Fact]
    public void Before_its_first_record_a_root_cause_reads_as_first_recorded_with_its_own_dates_deciding()
    {
        var rc = Plan.RootCause();
        rc.AddEvidence(Plan.NoteFor(rc));
        rc.MarkCompleted(On(4, 10));
        rc.RecordAddedToPlan(PlanEntry.On(On(5, 1), rc));   // brought in on 1 May, already completed on 10 April
        var records = new[] { RootCauseStatusRecord.Of(rc, On(5, 1), Noon).WithId(1) };

        Assert.Equal(On(4, 10), rc.AddedToPlanOn);
        Assert.False(AsAt(rc, records, On(4, 9)).IsInPlanOn(On(4, 9)));
        Assert.True(AsAt(rc, records, On(4, 30)).IsDeliveredBy(On(4, 30)));
        Assert.Null(RootCauseStatusRecord.InForceOn([], On(4, 30)));
    }

    [Fact]
    public void A_root_cause_added_after_the_as_of_date_is_in_no_figure_of_that_report()
    {
        var early = Item(On(3, 31));
        var later = new TrajectoryItem(Guid.NewGuid(), "RC-L", Womens, WomensName, PriorityClass.MustDo, [new BaselineEntry(On(3, 15), On(1, 1))],
            On(3, 15), RootCauseStatus.InProgress, addedToPlanOn: On(4, 20));

        var march = Trajectory.Compute([early, later], On(3, 31), [On(3, 31)]);
        var april = Trajectory.Compute([early, later], On(4, 30), [On(3, 31), On(4, 30)]);

        Assert.Equal(1, march.Total.PlannedToDate);
        Assert.Equal(2, april.Total.PlannedToDate);
        Assert.Equal(2, april.Total.Points[0].Planned);   // today's view of the plan places it in March
    }
}
