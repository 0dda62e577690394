using QipTracker.Domain.Sprints;
using QipTracker.Infrastructure.Charts;
using QipTracker.Infrastructure.Tests.Support;

namespace QipTracker.Infrastructure.Tests.Charts;

public sealed class BurndownChartPngTests
{
    private const string RemainingBlue = "#005EB8", AddedOrange = "#ED8B00", RemovedPurple = "#330072";
    private static readonly DateOnly Start = new(2026, 11, 2), End = new(2026, 11, 15);
    private const string Title = "Sprint 3 burndown — Unscheduled Care";

    private static BurndownItem Committed(int deliveredOnDay = 0) =>
        new(true, Start, DeliveredOn: deliveredOnDay > 0 ? Start.AddDays(deliveredOnDay - 1) : null);

    [Fact]
    public void A_sprint_in_progress_renders_at_the_default_size_with_its_remaining_line()
    {
        var chart = Burndown.Compute(Start, End, [Committed(2), Committed(5), Committed(), Committed()], today: Start.AddDays(6));

        var png = BurndownChartPng.Render(chart, Title);

        Assert.Equal((900, 420), PngFile.Size(png));
        Assert.True(PngFile.PixelsOf(png, RemainingBlue) > 50);
        Assert.Equal(0, PngFile.PixelsOf(png, AddedOrange));
        Assert.Equal(0, PngFile.PixelsOf(png, RemovedPurple));
    }

    [Fact]
    public void A_sprint_not_yet_started_shows_the_ideal_line_only()
    {
        var chart = Burndown.Compute(Start, End, [Committed(), Committed()], today: Start.AddDays(-3));
        Assert.Null(chart.ActualThrough);

        var png = BurndownChartPng.Render(chart, Title, width: 640, height: 360);

        Assert.Equal((640, 360), PngFile.Size(png));
        Assert.Equal(0, PngFile.PixelsOf(png, RemainingBlue));
    }

    [Fact]
    public void A_sprint_with_everything_delivered_renders()
    {
        var chart = Burndown.Compute(Start, End, [Committed(3), Committed(10), Committed(14)], today: End);
        Assert.Equal(0, chart.Days[^1].Remaining);

        Assert.Equal((900, 420), PngFile.Size(BurndownChartPng.Render(chart, Title)));
    }

    [Fact]
    public void Scope_added_shows_above_zero_and_scope_removed_below()
    {
        var chart = Burndown.Compute(Start, End,
        [
            Committed(4), Committed(), Committed(),
            new BurndownItem(false, Start.AddDays(2)),                    // added on day 3
            new BurndownItem(true, Start, RemovedOn: Start.AddDays(4)),   // removed on day 5
        ], today: Start.AddDays(7));

        var png = BurndownChartPng.Render(chart, Title);

        Assert.True(PngFile.PixelsOf(png, AddedOrange) > 50);
        Assert.True(PngFile.PixelsOf(png, RemovedPurple) > 50);
    }

    [Fact]
    public void An_empty_sprint_renders()
    {
        var chart = Burndown.Compute(Start, Start, [], today: End);
        Assert.Equal((900, 420), PngFile.Size(BurndownChartPng.Render(chart, Title)));
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var chart = Burndown.Compute(Start, End, [Committed(2), Committed(), new BurndownItem(false, Start.AddDays(1))], today: Start.AddDays(4));
        Assert.Equal(BurndownChartPng.Render(chart, Title), BurndownChartPng.Render(chart, Title));
    }

    [Fact]
    public void The_title_helper_reads_as_the_sprint_papers_do()
    {
        Assert.Equal(Title, BurndownChartPng.Title(3, "Unscheduled Care"));
    }
}
