using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;
using static QipTracker.Domain.Tests.Kpis.SustainedImprovementTests;

namespace QipTracker.Domain.Tests.Kpis;

public sealed class KpiSpcTests
{
    [Fact]
    public void Below_two_measurements_there_is_no_chart()
    {
        Assert.Null(KpiSpc.Analyse(Monthly(ImprovementDirection.Increase), From(2026, 1, 5)));
        Assert.Null(KpiSpc.Analyse(Monthly(ImprovementDirection.Increase), []));
    }

    [Fact]
    public void Points_are_labelled_by_the_kpis_frequency_in_period_order_and_read_against_the_target_in_force_at_the_last()
    {
        var kpi = Monthly(ImprovementDirection.Increase, target: 50);
        kpi.SetTarget(new DateOnly(2026, 3, 1), 5);
        var chart = KpiSpc.Analyse(kpi, From(2026, 1, 10, 12, 10).Reverse())!;
        Assert.Equal(["2026-01", "2026-02", "2026-03"], chart.Points.Select(p => p.Period));
        Assert.Equal(5, chart.Target);
    }

    [Fact]
    public void A_rebase_moves_to_the_first_measured_period_on_or_after_it_and_waits_for_a_second_point()
    {
        var kpi = Monthly(ImprovementDirection.Increase);
        kpi.ConfigureSpc([new DateOnly(2026, 4, 1)], null, false, 3);
        var values = From(2026, 1, 10, 12, 10).Concat(From(2026, 5, 20, 22)).ToList(); // no April

        var chart = KpiSpc.Analyse(kpi, values)!;
        Assert.Equal(["2026-05"], chart.Points.Where(p => p.IsRebasePoint).Select(p => p.Period));
        Assert.Equal(21m, chart.Segments[1].Mean);

        // As at May, the rebase would leave May alone in its segment: it waits.
        var asAtMay = KpiSpc.Analyse(kpi, values.Take(4))!;
        Assert.Single(asAtMay.Segments);
    }

    [Fact]
    public void Concerns_come_first_then_failing_targets_then_hit_and_miss()
    {
        var ranks = new[]
        {
            (VariationIcon.ImprovementHigh, AssuranceIcon.ConsistentlyPasses),
            (VariationIcon.CommonCause, AssuranceIcon.HitAndMiss),
            (VariationIcon.CommonCause, AssuranceIcon.None),
            (VariationIcon.ConcernLow, AssuranceIcon.ConsistentlyPasses),
            (VariationIcon.ImprovementLow, AssuranceIcon.ConsistentlyFails),
        }.OrderBy(x => KpiSpc.ConcernRank(x.Item1, x.Item2)).ToList();
        Assert.Equal([VariationIcon.ConcernLow, VariationIcon.ImprovementLow, VariationIcon.CommonCause, VariationIcon.CommonCause, VariationIcon.ImprovementHigh],
            ranks.Select(r => r.Item1));
        Assert.Equal(AssuranceIcon.HitAndMiss, ranks[2].Item2);
    }

    [Fact]
    public void A_kpi_is_not_improving_when_its_latest_point_is_a_special_cause_of_concern()
    {
        var higherIsBetter = Monthly(ImprovementDirection.Increase);
        // Steady around 80, then a fall far below the lower limit: concern where higher is better.
        var fall = From(2026, 1, 80, 81, 79, 80, 81, 79, 80, 40);
        Assert.True(KpiSpc.IsNotImproving(KpiSpc.Analyse(higherIsBetter, fall)));
        // The same fall is an improvement where lower is better.
        Assert.False(KpiSpc.IsNotImproving(KpiSpc.Analyse(Monthly(ImprovementDirection.Decrease), fall)));
        // Common cause, or a concern that is not the latest point, is not evidence that it is not improving.
        Assert.False(KpiSpc.IsNotImproving(KpiSpc.Analyse(higherIsBetter, From(2026, 1, 80, 81, 79, 80, 81, 79, 80, 81))));
        Assert.False(KpiSpc.IsNotImproving(KpiSpc.Analyse(higherIsBetter, From(2026, 1, 80, 81, 79, 80, 81, 79, 40, 80))));
        // No chart (fewer than 2 points) says nothing.
        Assert.False(KpiSpc.IsNotImproving(KpiSpc.Analyse(higherIsBetter, From(2026, 1, 40))));
    }
}
