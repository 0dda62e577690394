using System.Globalization;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;

namespace QipTracker.Domain.Tests.Kpis.Spc;

/// <summary>
/// England's type-1 A&amp;E 4-hour performance (% seen within 4 hours), April 2016 to March 2019:
/// NHS England's published statistics (Open Government Licence v3.0), a copy of
/// shared/data/nhs-ae/england_t1_perf_pct_2016_19.csv. Higher is better; the standard is 95%.
/// The assertions are things anyone can see in the numbers, not the engine's output copied back.
/// </summary>
public sealed class RealSeriesTests
{
    private static readonly IReadOnlyList<SpcInputPoint> FourHour = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Kpis", "Spc", "Data", "england_t1_perf_pct_2016_19.csv"))
        .Skip(1)
        .Select(line => line.Split(','))
        .Select(f => new SpcInputPoint(f[0], decimal.Parse(f[1], CultureInfo.InvariantCulture)))
        .ToList();

    private static readonly SpcResult Result = XmrChart.Analyse(FourHour, ImprovementDirection.Increase, new SpcOptions { Target = 95m });

    private static SpcPoint At(string period) => Result.Points.Single(p => p.Period == period);

    [Fact]
    public void Thirty_six_months_give_firm_limits_around_the_average()
    {
        Assert.Equal(36, Result.Points.Count);
        Assert.False(Result.TrialLimits);
        Assert.Equal(FourHour.Average(p => p.Value), Result.Segments[0].Mean);
        Assert.All(Result.Points.Skip(1), p => Assert.Equal(Math.Abs(p.Value - FourHour[p.Index - 1].Value), p.MovingRange));
        Assert.True(Result.Points[0].Lpl < Result.Points[0].Mean && Result.Points[0].Mean < Result.Points[0].Upl);
    }

    [Fact]
    public void The_95_percent_standard_is_beyond_the_upper_limit_so_it_is_consistently_failed()
    {
        // Not one month reached 95% (the best was 86.36%), and month-to-month swings are a few points.
        Assert.All(FourHour, p => Assert.True(p.Value < 95m));
        Assert.True(Result.Points[^1].Upl < 95m);
        Assert.Equal(AssuranceIcon.ConsistentlyFails, Result.Assurance);
    }

    [Theory]
    [InlineData("2018-01-01")]
    [InlineData("2018-02-01")]
    [InlineData("2018-03-01")] // the worst winter, 76.4–77.2%
    [InlineData("2019-02-01")] // the lowest month of all, 75.76%
    public void The_deepest_winter_months_are_special_cause_concern(string period)
    {
        Assert.Equal((SpcPointType.SpecialCauseConcern, SpcSide.Low), (At(period).Type, At(period).Side));
    }

    [Fact]
    public void Spring_to_autumn_2017_is_a_run_above_the_mean_and_so_an_improving_shift()
    {
        // March to November 2017: nine months, every one above the average of the three years.
        var run = Result.Points.Where(p => string.CompareOrdinal(p.Period, "2017-03-01") >= 0 && string.CompareOrdinal(p.Period, "2017-11-01") <= 0).ToList();
        Assert.Equal(9, run.Count);
        Assert.All(run, p => Assert.True(p.Value > FourHour.Average(x => x.Value)));

        Assert.All(run, p => Assert.True(p.HighRules.HasFlag(SpcRules.Shift)));
        Assert.All(run, p => Assert.Equal(SpcPointType.SpecialCauseImprovement, p.Type));
    }

    [Fact]
    public void The_series_ends_in_winter_without_an_improvement_icon()
    {
        Assert.DoesNotContain(Result.Variation, new[] { VariationIcon.ImprovementHigh, VariationIcon.ImprovementLow });
    }
}
