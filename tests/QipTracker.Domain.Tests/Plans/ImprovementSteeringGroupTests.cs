using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Tests.Plans;

public sealed class ImprovementSteeringGroupTests
{
    [Fact]
    public void An_isg_is_chaired_by_the_appointed_chair_only()
    {
        var isg = new ImprovementSteeringGroup(Plan.Trust, " Women's & Children's ", ReportingCadence.Fortnightly);

        Assert.False(isg.IsChairedBy(Plan.Chair));
        isg.Appoint(Plan.Chair, Guid.NewGuid());

        Assert.Equal("Women's & Children's", isg.Name);
        Assert.True(isg.IsChairedBy(Plan.Chair));
        Assert.False(isg.IsChairedBy(Plan.Owner));
    }

    [Fact]
    public void Members_are_kept_once_each()
    {
        var isg = new ImprovementSteeringGroup(Plan.Trust, "Well-led", ReportingCadence.Monthly);

        isg.SetMembers([Plan.Owner, Plan.Chair, Plan.Owner]);

        Assert.Equal([Plan.Owner, Plan.Chair], isg.MemberIds);
    }

    [Fact]
    public void An_isg_needs_a_name()
    {
        Assert.Throws<DomainException>(() => new ImprovementSteeringGroup(Plan.Trust, "", ReportingCadence.Fortnightly));
        var isg = new ImprovementSteeringGroup(Plan.Trust, "Workforce", ReportingCadence.Fortnightly);
        Assert.Throws<DomainException>(() => isg.Rename(" "));
        Assert.Equal("Workforce", isg.Name);
    }

    [Fact]
    public void The_well_led_isg_may_report_monthly()
    {
        var isg = new ImprovementSteeringGroup(Plan.Trust, "Well-led", ReportingCadence.Fortnightly);

        isg.ChangeCadence(ReportingCadence.Monthly);

        Assert.Equal(ReportingCadence.Monthly, isg.Cadence);
    }
}
