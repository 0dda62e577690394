using QipTracker.Domain.Common;
using QipTracker.Domain.Escalations;

namespace QipTracker.Domain.Tests.Escalations;

public sealed class EscalationThresholdsTests
{
    [Fact]
    public void The_default_ladder_is_1_7_14_and_21_days_overdue()
    {
        var t = EscalationThresholds.Default;

        Assert.Equal((1, 7, 14, 21), (t.Owner, t.IsgChair, t.AccountableExecutive, t.Ecib));
        Assert.Equal(1, t.DaysFor(EscalationLevel.Owner));
        Assert.Equal(7, t.DaysFor(EscalationLevel.IsgChair));
        Assert.Equal(14, t.DaysFor(EscalationLevel.AccountableExecutive));
        Assert.Equal(21, t.DaysFor(EscalationLevel.Ecib));
    }

    [Theory]
    [InlineData(0, 7, 14, 21, "owner")]
    [InlineData(-1, 7, 14, 21, "owner")]
    [InlineData(7, 7, 14, 21, "chair")]
    [InlineData(1, 15, 14, 21, "executive")]
    [InlineData(1, 7, 14, 14, "ECIB")]
    [InlineData(1, 7, 21, 14, "ECIB")]
    public void Thresholds_must_start_after_the_due_date_and_strictly_increase(int owner, int chair, int executive, int ecib, string named)
    {
        var ex = Assert.Throws<DomainException>(() => new EscalationThresholds(owner, chair, executive, ecib));
        Assert.Contains(named, ex.Message);
    }

    [Fact]
    public void Thresholds_with_the_same_days_are_equal()
    {
        Assert.Equal(EscalationThresholds.Default, new EscalationThresholds(1, 7, 14, 21));
        Assert.NotEqual(EscalationThresholds.Default, new EscalationThresholds(1, 7, 14, 28));
    }
}
