using QipTracker.Domain.Common;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Tests.Plans;

namespace QipTracker.Domain.Tests.Escalations;

public sealed class EscalationTests
{
    private static readonly DateOnly Due = new(2026, 6, 1);
    private static readonly EscalationSubject Action = new(EscalatedItemKind.Action, Guid.Parse("6f1c2a7e-0000-4000-8000-0000000000f2"), " RC-17.1 ", Plan.Owner, Due);
    private static readonly DateTimeOffset Morning = new(2026, 6, 9, 7, 0, 0, TimeSpan.Zero);
    private static readonly Guid Executive = Guid.Parse("6f1c2a7e-0000-4000-8000-0000000000c2");

    private static Escalation ChairLevel() => new(Plan.Trust, Action, EscalationLevel.IsgChair, Due.AddDays(8));

    [Fact]
    public void An_escalation_records_the_item_the_level_and_how_late_it_was_when_raised()
    {
        var escalation = ChairLevel();

        Assert.Equal(Plan.Trust, escalation.TrustId);
        Assert.Equal(EscalatedItemKind.Action, escalation.ItemKind);
        Assert.Equal(Action.ItemId, escalation.ItemId);
        Assert.Equal("RC-17.1", escalation.Reference);
        Assert.Equal(Plan.Owner, escalation.OwnerId);
        Assert.Equal(EscalationLevel.IsgChair, escalation.Level);
        Assert.Equal(Due, escalation.DueOn);
        Assert.Equal(new DateOnly(2026, 6, 9), escalation.RaisedOn);
        Assert.Equal(8, escalation.DaysOverdue);
        Assert.False(escalation.OffTrack);
        Assert.True(escalation.IsOpen);
        Assert.Empty(escalation.Told);
        Assert.Null(escalation.RecoveryPlan);
        Assert.Equal([new(EscalationLevel.Owner, Due.AddDays(8)), new EscalationStep(EscalationLevel.IsgChair, Due.AddDays(8))], escalation.Steps);
    }

    [Fact]
    public void An_escalation_climbs_and_never_climbs_down()
    {
        var escalation = ChairLevel();

        Assert.Equal([EscalationLevel.AccountableExecutive, EscalationLevel.Ecib], escalation.ClimbTo(EscalationLevel.Ecib, Due.AddDays(21)));
        Assert.Empty(escalation.ClimbTo(EscalationLevel.IsgChair, Due.AddDays(22)));
        Assert.Equal(EscalationLevel.Ecib, escalation.Level);
        Assert.Throws<DomainException>(() => escalation.ClimbTo(EscalationLevel.Ecib, Due.AddDays(3))); // before it reached its rung
        escalation.Resolve(Due.AddDays(30));
        Assert.Throws<DomainException>(() => escalation.ClimbTo(EscalationLevel.Ecib, Due.AddDays(31)));
    }

    [Fact]
    public void Work_not_yet_late_cannot_be_escalated()
    {
        Assert.Throws<DomainException>(() => new Escalation(Plan.Trust, Action, EscalationLevel.Owner, Due));
        Assert.Throws<DomainException>(() => new Escalation(Plan.Trust, Action with { ItemId = Guid.Empty }, EscalationLevel.Owner, Due.AddDays(1)));
    }

    [Fact]
    public void Who_was_told_and_when_is_recorded_once_per_person()
    {
        var escalation = ChairLevel();

        var first = escalation.RecordTold([Plan.Chair, Plan.Owner, Plan.Chair], Morning);
        var again = escalation.RecordTold([Plan.Chair, Executive], Morning.AddHours(1), EscalationLevel.AccountableExecutive);

        Assert.Equal([Plan.Chair, Plan.Owner], first);
        Assert.Equal([Executive], again);
        Assert.Equal(
            [new EscalationNotice(Plan.Chair, Morning, EscalationLevel.IsgChair), new EscalationNotice(Plan.Owner, Morning, EscalationLevel.IsgChair),
             new EscalationNotice(Executive, Morning.AddHours(1), EscalationLevel.AccountableExecutive)],
            escalation.Told);
        Assert.True(escalation.WasTold(Plan.Chair));
        Assert.False(escalation.WasTold(Guid.NewGuid()));
    }

    [Fact]
    public void Telling_the_same_people_again_tells_nobody_new()
    {
        var escalation = ChairLevel();
        escalation.RecordTold([Plan.Chair], Morning);

        Assert.Empty(escalation.RecordTold([Plan.Chair, Guid.Empty], Morning.AddDays(1)));
        Assert.Single(escalation.Told);
    }

    [Fact]
    public void The_owner_writes_a_recovery_plan_and_may_rewrite_it()
    {
        var escalation = ChairLevel();

        escalation.WriteRecoveryPlan("  Bank midwife covers audits from 15 June. ", Plan.Owner, Morning);
        escalation.WriteRecoveryPlan("Bank midwife covers audits from 12 June; audit back at 90% by 30 June.", Plan.Owner, Morning.AddHours(3));

        Assert.Equal("Bank midwife covers audits from 12 June; audit back at 90% by 30 June.", escalation.RecoveryPlan);
        Assert.Equal(Plan.Owner, escalation.RecoveryPlanBy);
        Assert.Equal(Morning.AddHours(3), escalation.RecoveryPlanAt);
    }

    [Fact]
    public void A_recovery_plan_must_say_something_and_who_wrote_it()
    {
        var escalation = ChairLevel();

        Assert.Throws<DomainException>(() => escalation.WriteRecoveryPlan(" ", Plan.Owner, Morning));
        Assert.Throws<DomainException>(() => escalation.WriteRecoveryPlan("Plan", Guid.Empty, Morning));
        Assert.Null(escalation.RecoveryPlan);
    }

    [Fact]
    public void Resolving_closes_the_escalation_and_its_recovery_plan()
    {
        var escalation = ChairLevel();
        escalation.WriteRecoveryPlan("Bank midwife covers audits.", Plan.Owner, Morning);

        escalation.Resolve(new DateOnly(2026, 6, 20));

        Assert.False(escalation.IsOpen);
        Assert.Equal(new DateOnly(2026, 6, 20), escalation.ResolvedOn);
        Assert.Throws<DomainException>(() => escalation.WriteRecoveryPlan("Too late", Plan.Owner, Morning.AddDays(12)));
        Assert.Throws<DomainException>(() => escalation.Resolve(new DateOnly(2026, 6, 21)));
        Assert.Equal("Bank midwife covers audits.", escalation.RecoveryPlan);
    }

    [Fact]
    public void An_escalation_can_be_resolved_the_day_it_was_raised_but_not_before()
    {
        var escalation = ChairLevel();

        Assert.Throws<DomainException>(() => escalation.Resolve(new DateOnly(2026, 6, 8)));
        escalation.Resolve(new DateOnly(2026, 6, 9));
        Assert.False(escalation.IsOpen);
    }
}
