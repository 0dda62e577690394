using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;

namespace QipTracker.Domain.Tests.Kpis;

public sealed class SustainedImprovementTests
{
    private static readonly Guid Trust = Guid.NewGuid();
    private static readonly DateOnly CompletedOn = new(2026, 6, 15); // June is partly before the fix: July is the first period after

    internal static Kpi Monthly(ImprovementDirection direction, decimal? target = null)
    {
        var kpi = new Kpi(Trust, "RC-KPI", "Fridge checks done", KpiKind.RootCause, direction, KpiFrequency.Monthly);
        if (target is not null) kpi.SetTarget(new DateOnly(2026, 1, 1), target);
        return kpi;
    }

    internal static IReadOnlyList<KpiValue> From(int year, int month, params decimal[] values) =>
        values.Select((v, i) => new KpiValue(new DateOnly(year, month, 1).AddMonths(i), v)).ToList();

    // Jan–Jun 10, 12 alternating, then 20, 21, 22: mean 129/9 = 14.33, mean moving range 20/8 = 2.5,
    // upper 2σ line 14.33 + 4.43 = 18.77, so July–September are two of three beyond it: improvement.
    private static readonly decimal[] Improved = [10, 12, 10, 12, 10, 12, 20, 21, 22];

    [Fact]
    public void Improvement_special_cause_in_each_of_the_last_n_periods_after_completion_is_sustained()
    {
        var verdict = SustainedImprovement.Judge(Monthly(ImprovementDirection.Increase), From(2026, 1, Improved), CompletedOn);
        Assert.True(verdict.Sustained, verdict.Explanation);
        Assert.Contains("last 3 periods since completion (2026-07 to 2026-09): each is special-cause improvement", verdict.Explanation);
    }

    [Fact]
    public void Fewer_periods_after_completion_than_the_kpi_asks_for_is_not_sustained_yet()
    {
        var verdict = SustainedImprovement.Judge(Monthly(ImprovementDirection.Increase), From(2026, 1, Improved[..8]), CompletedOn);
        Assert.False(verdict.Sustained);
        Assert.Contains("has 2 of the 3 periods after completion (from 2026-07)", verdict.Explanation);
    }

    [Fact]
    public void The_number_of_periods_is_the_kpis_own()
    {
        var kpi = Monthly(ImprovementDirection.Increase);
        kpi.ConfigureSpc([], null, false, sustainPeriods: 2);
        Assert.True(SustainedImprovement.Judge(kpi, From(2026, 1, Improved[..8]), CompletedOn).Sustained);
    }

    [Fact]
    public void The_same_rise_where_lower_is_better_is_a_concern_and_not_sustained()
    {
        var verdict = SustainedImprovement.Judge(Monthly(ImprovementDirection.Decrease), From(2026, 1, Improved), CompletedOn);
        Assert.False(verdict.Sustained);
        Assert.Contains("2026-07 is a special cause of concern; 2026-08 is a special cause of concern; 2026-09 is a special cause of concern", verdict.Explanation);
    }

    [Fact]
    public void Common_cause_counts_only_when_the_process_consistently_passes_its_target()
    {
        // 10, 12 alternating: mean 11, limits 5.68 and 16.32, every point common cause.
        var flat = From(2026, 1, 10, 12, 10, 12, 10, 12, 10, 12, 10);
        var noTarget = SustainedImprovement.Judge(Monthly(ImprovementDirection.Increase), flat, CompletedOn);
        Assert.False(noTarget.Sustained);
        Assert.Contains("2026-07 is common-cause variation", noTarget.Explanation);
        Assert.EndsWith("and the process does not consistently pass its target.", noTarget.Explanation);

        var passing = SustainedImprovement.Judge(Monthly(ImprovementDirection.Increase, target: 5), flat, CompletedOn);
        Assert.True(passing.Sustained, passing.Explanation);
        Assert.Contains("within limits that consistently pass the target", passing.Explanation);

        Assert.False(SustainedImprovement.Judge(Monthly(ImprovementDirection.Increase, target: 11), flat, CompletedOn).Sustained); // hit and miss
    }

    [Fact]
    public void A_neutral_kpi_cannot_show_an_improvement()
    {
        var verdict = SustainedImprovement.Judge(Monthly(ImprovementDirection.Neutral), From(2026, 1, Improved), CompletedOn);
        Assert.False(verdict.Sustained);
        Assert.Contains("neutral", verdict.Explanation);
    }

    [Fact]
    public void One_measurement_is_not_a_chart()
    {
        var kpi = Monthly(ImprovementDirection.Increase);
        kpi.ConfigureSpc([], null, false, sustainPeriods: 1);
        var verdict = SustainedImprovement.Judge(kpi, From(2026, 7, 20), CompletedOn);
        Assert.False(verdict.Sustained);
        Assert.Contains("needs at least 2", verdict.Explanation);
    }
}
