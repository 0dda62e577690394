using QipTracker.Domain.Common;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Tests.Plans;

namespace QipTracker.Domain.Tests.Escalations;

/// <summary>RC-17.1 fell due on Monday 1 June 2026; default thresholds 1 / 7 / 14 / 21 days overdue.</summary>
public sealed class EscalationLadderTests
{
    private static readonly DateOnly Due = new(2026, 6, 1);
    private static readonly EscalationSubject Subject = new(EscalatedItemKind.RootCause, Guid.Parse("6f1c2a7e-0000-4000-8000-0000000000f1"), "RC-17.1", Plan.Owner, Due);
    private static readonly EscalationThresholds Defaults = EscalationThresholds.Default;

    private static DateOnly Day(int daysOverdue) => Due.AddDays(daysOverdue);

    /// <summary>Runs the ladder for the item on a day; keeps a newly raised escalation in the history. Returns the rungs reached.</summary>
    private static IReadOnlyList<EscalationLevel> RaiseOn(int daysOverdue, List<Escalation> history, EscalationThresholds? thresholds = null,
        EscalationSubject? subject = null)
    {
        var move = EscalationLadder.Raise(Plan.Trust, subject ?? Subject, Day(daysOverdue), thresholds ?? Defaults, history);
        if (move is { IsNew: true }) history.Add(move.Escalation);
        return move?.Reached ?? [];
    }

    [Theory]
    [InlineData(-30)]
    [InlineData(-1)]
    [InlineData(0)]
    public void Nothing_is_due_up_to_and_on_the_due_date(int days)
    {
        Assert.Empty(EscalationLadder.LevelsDue(Due, Day(days), Defaults));
    }

    [Theory]
    [InlineData(1, new[] { EscalationLevel.Owner })]
    [InlineData(6, new[] { EscalationLevel.Owner })]
    [InlineData(7, new[] { EscalationLevel.Owner, EscalationLevel.IsgChair })]
    [InlineData(13, new[] { EscalationLevel.Owner, EscalationLevel.IsgChair })]
    [InlineData(14, new[] { EscalationLevel.Owner, EscalationLevel.IsgChair, EscalationLevel.AccountableExecutive })]
    [InlineData(20, new[] { EscalationLevel.Owner, EscalationLevel.IsgChair, EscalationLevel.AccountableExecutive })]
    [InlineData(21, new[] { EscalationLevel.Owner, EscalationLevel.IsgChair, EscalationLevel.AccountableExecutive, EscalationLevel.Ecib })]
    [InlineData(90, new[] { EscalationLevel.Owner, EscalationLevel.IsgChair, EscalationLevel.AccountableExecutive, EscalationLevel.Ecib })]
    public void Owner_on_the_first_day_overdue_chair_after_7_executive_after_14_ecib_after_21(int days, EscalationLevel[] expected)
    {
        Assert.Equal(expected, EscalationLadder.LevelsDue(Due, Day(days), Defaults));
    }

    [Fact]
    public void Days_late_count_calendar_days_from_the_due_date()
    {
        Assert.Equal(0, EscalationLadder.DaysLate(Due, Due));
        Assert.Equal(1, EscalationLadder.DaysLate(Due, new DateOnly(2026, 6, 2)));
        Assert.Equal(30, EscalationLadder.DaysLate(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31))); // across the clock change
        Assert.Equal(-2, EscalationLadder.DaysLate(Due, new DateOnly(2026, 5, 30)));
    }

    [Fact]
    public void Only_levels_not_already_raised_are_new()
    {
        Assert.Equal([EscalationLevel.IsgChair], EscalationLadder.NewLevels(Due, Day(7), Defaults, [EscalationLevel.Owner]));
        Assert.Empty(EscalationLadder.NewLevels(Due, Day(7), Defaults, [EscalationLevel.Owner, EscalationLevel.IsgChair]));
    }

    [Fact]
    public void The_daily_job_climbs_one_rung_at_a_time_and_each_rung_once()
    {
        var history = new List<Escalation>();

        Assert.Empty(RaiseOn(0, history));
        Assert.Equal([EscalationLevel.Owner], RaiseOn(1, history));
        for (var day = 2; day <= 6; day++) Assert.Empty(RaiseOn(day, history));
        Assert.Equal([EscalationLevel.IsgChair], RaiseOn(7, history));
        Assert.Equal([EscalationLevel.AccountableExecutive], RaiseOn(14, history));
        Assert.Equal([EscalationLevel.Ecib], RaiseOn(21, history));
        Assert.Empty(RaiseOn(22, history));
        Assert.Empty(RaiseOn(60, history));

        // One escalation for the item, at its current rung, with the climb folded in.
        var escalation = Assert.Single(history);
        Assert.Equal(EscalationLevel.Ecib, escalation.Level);
        Assert.Equal(1, escalation.DaysOverdue);
        Assert.Equal(Day(1), escalation.RaisedOn);
        Assert.Equal(
            [new(EscalationLevel.Owner, Day(1)), new(EscalationLevel.IsgChair, Day(7)), new(EscalationLevel.AccountableExecutive, Day(14)), new EscalationStep(EscalationLevel.Ecib, Day(21))],
            escalation.Steps);
        Assert.Equal(Day(21), escalation.LevelReachedOn);
        Assert.Equal(EscalationLevel.IsgChair, escalation.LevelOn(Day(13)));
        Assert.Null(escalation.LevelOn(Day(0)));
    }

    [Fact]
    public void Running_the_job_again_the_same_day_raises_nothing_new()
    {
        var history = new List<Escalation>();
        var first = RaiseOn(14, history);

        var again = RaiseOn(14, history);

        Assert.Equal(3, first.Count);
        Assert.Empty(again);
        Assert.Single(history);
    }

    [Fact]
    public void Levels_missed_while_the_job_did_not_run_are_all_reached_at_the_next_run_lowest_first()
    {
        var history = new List<Escalation>();
        RaiseOn(1, history);

        var caughtUp = RaiseOn(16, history);

        Assert.Equal([EscalationLevel.IsgChair, EscalationLevel.AccountableExecutive], caughtUp);
        var escalation = Assert.Single(history);
        Assert.Equal(EscalationLevel.AccountableExecutive, escalation.Level);
        Assert.Equal([Day(1), Day(16), Day(16)], escalation.Steps.Select(s => s.ReachedOn));
    }

    [Fact]
    public void Work_first_seen_long_overdue_goes_up_every_rung_at_once()
    {
        var history = new List<Escalation>();
        var reached = RaiseOn(30, history);

        Assert.Equal([EscalationLevel.Owner, EscalationLevel.IsgChair, EscalationLevel.AccountableExecutive, EscalationLevel.Ecib], reached);
        Assert.Equal(EscalationLevel.Ecib, Assert.Single(history).Level);
    }

    [Fact]
    public void Once_resolved_a_later_slip_opens_a_new_escalation_from_the_owner()
    {
        var history = new List<Escalation>();
        RaiseOn(8, history);
        foreach (var e in history) e.Resolve(Day(9)); // delivered on day 9, reopened later

        var again = RaiseOn(40, history);

        Assert.Equal(4, again.Count);
        Assert.Equal(EscalationLevel.Owner, again[0]);
        Assert.Equal(2, history.Count);
        Assert.Single(history, e => e.IsOpen);
    }

    [Fact]
    public void A_rebaselined_item_overdue_against_its_new_date_starts_again_from_its_new_date()
    {
        var history = new List<Escalation>();
        RaiseOn(8, history);
        foreach (var e in history) e.Resolve(Day(10)); // the ECIB approved a new due date of 30 June
        var rebaselined = Subject with { DueOn = new DateOnly(2026, 6, 30) };

        Assert.Null(EscalationLadder.Raise(Plan.Trust, rebaselined, new DateOnly(2026, 6, 30), Defaults, history));
        var move = EscalationLadder.Raise(Plan.Trust, rebaselined, new DateOnly(2026, 7, 1), Defaults, history);

        Assert.NotNull(move);
        Assert.True(move.IsNew);
        Assert.Equal([EscalationLevel.Owner], move.Reached);
        Assert.Equal(new DateOnly(2026, 6, 30), move.Escalation.DueOn);
        Assert.Equal(1, move.Escalation.DaysOverdue);
    }

    [Fact]
    public void An_open_escalation_follows_its_item_to_a_new_owner()
    {
        var history = new List<Escalation>();
        RaiseOn(3, history);
        var newOwner = Guid.Parse("6f1c2a7e-0000-4000-8000-0000000000a9");

        RaiseOn(8, history, subject: Subject with { OwnerId = newOwner });

        Assert.Equal(newOwner, Assert.Single(history).OwnerId);
    }

    [Fact]
    public void An_item_with_two_open_escalations_is_refused_rather_than_escalated_twice()
    {
        var twice = new List<Escalation> { new(Plan.Trust, Subject, EscalationLevel.Owner, Day(1)), new(Plan.Trust, Subject, EscalationLevel.IsgChair, Day(7)) };

        Assert.Throws<DomainException>(() => EscalationLadder.Raise(Plan.Trust, Subject, Day(8), Defaults, twice));
    }

    [Fact]
    public void A_trusts_own_thresholds_set_the_days()
    {
        var stricter = new EscalationThresholds(owner: 2, isgChair: 5, accountableExecutive: 10, ecib: 15);

        Assert.Empty(EscalationLadder.LevelsDue(Due, Day(1), stricter));
        Assert.Equal([EscalationLevel.Owner], EscalationLadder.LevelsDue(Due, Day(2), stricter));
        Assert.Equal(2, EscalationLadder.LevelsDue(Due, Day(5), stricter).Count);
        Assert.Equal(3, EscalationLadder.LevelsDue(Due, Day(10), stricter).Count);
        Assert.Equal(3, EscalationLadder.LevelsDue(Due, Day(14), stricter).Count);
        Assert.Equal(4, EscalationLadder.LevelsDue(Due, Day(15), stricter).Count);
    }

    [Fact]
    public void Work_reported_off_track_before_it_is_due_climbs_the_ladder_from_that_day()
    {
        var offTrack = Subject with { DueOn = new DateOnly(2026, 6, 30), OffTrackSince = new DateOnly(2026, 5, 20) };

        Assert.Equal(new DateOnly(2026, 5, 20), offTrack.CountsFrom);
        Assert.Null(EscalationLadder.Raise(Plan.Trust, offTrack, new DateOnly(2026, 5, 20), Defaults, []));
        var move = EscalationLadder.Raise(Plan.Trust, offTrack, new DateOnly(2026, 5, 27), Defaults, []);

        Assert.NotNull(move);
        Assert.Equal([EscalationLevel.Owner, EscalationLevel.IsgChair], move.Reached);
        Assert.True(move.Escalation.OffTrack);
        Assert.Equal(-34, move.Escalation.DaysOverdue); // not overdue: 34 days before its due date
    }

    [Fact]
    public void Going_off_track_after_the_due_date_does_not_restart_the_count()
    {
        var lateAndOffTrack = Subject with { OffTrackSince = Day(10) };

        Assert.Equal(Due, lateAndOffTrack.CountsFrom);
        var move = EscalationLadder.Raise(Plan.Trust, lateAndOffTrack, Day(10), Defaults, []);
        Assert.Equal(2, move!.Reached.Count);
        Assert.False(move.Escalation.OffTrack);
    }

    [Fact]
    public void Escalations_of_another_item_are_refused()
    {
        var otherItem = EscalationLadder.Raise(Plan.Trust, Subject with { ItemId = Guid.NewGuid() }, Day(3), Defaults, [])!.Escalation;

        Assert.Throws<DomainException>(() => EscalationLadder.Raise(Plan.Trust, Subject, Day(3), Defaults, [otherItem]));
        Assert.Throws<DomainException>(() => EscalationLadder.Raise(Plan.Trust, Subject with { Kind = EscalatedItemKind.Action }, Day(3), Defaults,
            [EscalationLadder.Raise(Plan.Trust, Subject, Day(3), Defaults, [])!.Escalation]));
    }

    [Fact]
    public void Escalations_are_resolved_once_the_item_is_no_longer_late_and_not_before()
    {
        var history = new List<Escalation>();
        RaiseOn(8, history);

        Assert.Empty(EscalationLadder.Settle(history, stillOverdueOrOffTrack: true, Day(9)));
        Assert.All(history, e => Assert.True(e.IsOpen));

        var resolved = EscalationLadder.Settle(history, stillOverdueOrOffTrack: false, Day(10));

        Assert.Single(resolved);
        Assert.All(history, e => Assert.Equal(Day(10), e.ResolvedOn));
        Assert.Empty(EscalationLadder.Settle(history, stillOverdueOrOffTrack: false, Day(11))); // settling again changes nothing
    }

    [Fact]
    public void A_root_cause_escalates_against_its_baseline_and_counts_off_track_only_while_reported_so()
    {
        var rootCause = Plan.RootCause(); // baseline 30 June 2026
        var since = new DateOnly(2026, 5, 20);

        var onTrack = EscalationSubject.Of(rootCause, since);
        rootCause.ReportProgress(new DateOnly(2026, 8, 31), offTrack: true, on: new DateOnly(2026, 6, 1));
        var offTrack = EscalationSubject.Of(rootCause, since);

        Assert.Equal((EscalatedItemKind.RootCause, rootCause.Id, "RC-17.1", Plan.Owner, Plan.Baseline),
            (onTrack.Kind, onTrack.ItemId, onTrack.Reference, onTrack.OwnerId, onTrack.DueOn));
        Assert.Equal(Plan.Baseline, onTrack.CountsFrom);
        Assert.Equal(since, offTrack.CountsFrom);
    }

    [Fact]
    public void An_action_escalates_against_its_due_date_under_its_root_causes_reference()
    {
        var action = new QipTracker.Domain.Plans.ImprovementAction(Plan.Trust, Guid.NewGuid(), "Weekly CTG audit", Plan.Owner, Due);

        var subject = EscalationSubject.Of(action, "RC-17.1");

        Assert.Equal((EscalatedItemKind.Action, action.Id, "RC-17.1", Plan.Owner, Due), (subject.Kind, subject.ItemId, subject.Reference, subject.OwnerId, subject.CountsFrom));
        Assert.Equal(action.RootCauseId, new Escalation(Plan.Trust, subject, EscalationLevel.Owner, Due.AddDays(1)).RootCauseId);
    }
}
