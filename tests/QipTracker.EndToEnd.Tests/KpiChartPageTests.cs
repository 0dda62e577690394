using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class KpiChartPageTests(EndToEndFixture e2e)
{
    [Fact]
    public async Task A_board_member_reads_the_spc_summary_and_opens_a_kpis_xmr_chart()
    {
        var board = await e2e.SignInAsync("board@northbridge.example");
        await Assertions.Expect(board.GetByTestId("nav-kpis")).ToBeVisibleAsync();
        await board.GotoAsync("/kpis");
        await board.WaitUntilInteractiveAsync();

        var summary = board.GetByTestId("board-summary");
        await Assertions.Expect(summary).ToContainTextAsync("ED-4H");
        await Assertions.Expect(summary.GetByTestId("variation").First).ToBeVisibleAsync();
        await Assertions.Expect(summary.GetByTestId("assurance").First).ToBeVisibleAsync();

        await board.GetByTestId("kpi-ED-4H").ClickAsync();
        await Assertions.Expect(board.GetByTestId("kpi-title")).ToContainTextAsync("ED 4-hour performance");
        var chart = board.GetByTestId("kpi-chart");
        await Assertions.Expect(chart.Locator("svg .rz-line-series path").First).ToBeAttachedAsync(); // values, mean, limits, target
        await Assertions.Expect(chart.Locator("svg .rz-scatter-series").First).ToBeAttachedAsync(); // points coloured by type
        await Assertions.Expect(chart.GetByTestId("variation")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Variation: "));
        await Assertions.Expect(chart.GetByTestId("assurance")).ToContainTextAsync("Consistently fails"); // 95% is above the England series' limits
        await Assertions.Expect(chart.GetByTestId("chart-png")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/chart.png$"));
        await Assertions.Expect(board.GetByTestId("measurements")).ToContainTextAsync("Measurements (36)");
        await Screenshots.TakeAsync(board, "kpi-chart");
        await board.Context.CloseAsync();
    }
}
