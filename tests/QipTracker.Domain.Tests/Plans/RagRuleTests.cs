using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Tests.Plans;

/// <summary>RAG is derived: every branch, and the day either side of each boundary.</summary>
public sealed class RagRuleTests
{
    private static readonly DateOnly Due = new(2026, 6, 30);

    private static Rag Derive(RootCauseStatus status = RootCauseStatus.InProgress, DateOnly? forecast = null,
        bool offTrack = false, bool kpiNotImproving = false, DateOnly? today = null) =>
        RagRule.Derive(status, Due, forecast ?? Due, offTrack, kpiNotImproving, today ?? new DateOnly(2026, 4, 1));

    [Theory]
    [InlineData(RootCauseStatus.NotStarted)]
    [InlineData(RootCauseStatus.InProgress)]
    public void Undelivered_work_on_track_before_its_due_date_is_green(RootCauseStatus status)
    {
        Assert.Equal(Rag.Green, Derive(status));
    }

    [Fact]
    public void Due_today_is_not_overdue()
    {
        Assert.Equal(Rag.Green, Derive(today: Due));
    }

    [Fact]
    public void The_day_after_the_due_date_is_red()
    {
        Assert.Equal(Rag.Red, Derive(today: Due.AddDays(1)));
        Assert.Equal(Rag.Red, Derive(RootCauseStatus.NotStarted, today: Due.AddDays(1)));
    }

    [Fact]
    public void Reported_off_track_is_red_even_well_before_the_due_date()
    {
        Assert.Equal(Rag.Red, Derive(offTrack: true, today: new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void Red_outranks_amber()
    {
        Assert.Equal(Rag.Red, Derive(forecast: Due.AddDays(30), kpiNotImproving: true, today: Due.AddDays(1)));
        Assert.Equal(Rag.Red, Derive(forecast: Due.AddDays(30), kpiNotImproving: true, offTrack: true));
    }

    [Fact]
    public void A_forecast_one_day_beyond_the_baseline_is_amber()
    {
        Assert.Equal(Rag.Amber, Derive(forecast: Due.AddDays(1)));
    }

    [Fact]
    public void A_forecast_on_or_before_the_baseline_is_green()
    {
        Assert.Equal(Rag.Green, Derive(forecast: Due));
        Assert.Equal(Rag.Green, Derive(forecast: Due.AddDays(-20)));
    }

    [Fact]
    public void A_kpi_that_is_not_improving_is_amber()
    {
        Assert.Equal(Rag.Amber, Derive(kpiNotImproving: true));
    }

    [Fact]
    public void Completed_work_awaiting_assurance_is_green_even_when_past_due_or_flagged()
    {
        Assert.Equal(Rag.Green, Derive(RootCauseStatus.Completed, forecast: Due.AddDays(30), offTrack: true,
            kpiNotImproving: true, today: Due.AddDays(60)));
    }

    [Theory]
    [InlineData(RootCauseStatus.Assured)]
    [InlineData(RootCauseStatus.Embedded)]
    public void Assured_and_embedded_work_is_blue_whatever_else_holds(RootCauseStatus status)
    {
        Assert.Equal(Rag.Blue, Derive(status));
        Assert.Equal(Rag.Blue, Derive(status, forecast: Due.AddDays(30), offTrack: true, kpiNotImproving: true, today: Due.AddDays(60)));
    }
}
