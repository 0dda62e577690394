using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;
using QipTracker.Web.Features.Kpis;

namespace QipTracker.Web.Tests.Kpis;

/// <summary>The remembered SPC readings are always the chart's own: whatever changes an input changes the reading.</summary>
public sealed class SpcIconsTests
{
    private static readonly Guid Trust = Guid.NewGuid();

    // Twenty steady months, then one far above: beyond the upper limit.
    private static List<KpiValue> Series(decimal eleventh = 11m) =>
        Enumerable.Range(0, 21).Select(i => new KpiValue(new DateOnly(2025, 1, 1).AddMonths(i),
            i == 20 ? 20m : i == 10 ? eleventh : i % 2 == 0 ? 10m : 11m)).ToList();

    private static Kpi Kpi(ImprovementDirection direction = ImprovementDirection.Increase) =>
        new(Trust, "ED-4H", "Seen within four hours", KpiKind.HighLevel, direction, KpiFrequency.Monthly);

    [Fact]
    public void A_reading_is_the_charts_own_and_the_second_ask_gets_the_same()
    {
        using var icons = new SpcIcons();
        var kpi = Kpi();
        var chart = KpiSpc.Analyse(kpi, Series())!;

        var first = icons.Of(kpi, Series());
        Assert.Equal(new SpcReading(chart.Variation, chart.Assurance, chart.TrialLimits), first);
        Assert.Equal(VariationIcon.ImprovementHigh, first.Variation);
        Assert.Equal(first, icons.Of(kpi, Series()));
    }

    [Fact]
    public void A_corrected_earlier_value_gives_a_new_reading_though_the_latest_point_is_unchanged()
    {
        using var icons = new SpcIcons();
        var kpi = Kpi();
        Assert.Equal(VariationIcon.ImprovementHigh, icons.Of(kpi, Series()).Variation);

        // A wild value in month 11 widens the limits: the same latest point is now common cause.
        var corrected = icons.Of(kpi, Series(eleventh: 100m));
        Assert.Equal(VariationIcon.CommonCause, corrected.Variation);
        Assert.Equal(SpcReading.Of(KpiSpc.Analyse(kpi, Series(eleventh: 100m))), corrected);
    }

    [Fact]
    public void Changed_settings_or_target_give_a_new_reading()
    {
        using var icons = new SpcIcons();
        var kpi = Kpi();
        Assert.Equal(AssuranceIcon.None, icons.Of(kpi, Series()).Assurance);

        kpi.SetTarget(new DateOnly(2025, 1, 1), 50m); // far above what the process delivers
        Assert.Equal(AssuranceIcon.ConsistentlyFails, icons.Of(kpi, Series()).Assurance);

        kpi.Measure(ImprovementDirection.Decrease, KpiFrequency.Monthly);
        var decrease = icons.Of(kpi, Series());
        Assert.Equal(VariationIcon.ConcernHigh, decrease.Variation);
        Assert.Equal(AssuranceIcon.ConsistentlyPasses, decrease.Assurance);
    }

    [Fact]
    public void Below_two_points_there_is_no_chart_to_read()
    {
        using var icons = new SpcIcons();
        Assert.Equal(SpcReading.None, icons.Of(Kpi(), Series().Take(1).ToList()));
    }
}
