using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class TrajectoryPageTests(EndToEndFixture e2e)
{
    [Fact]
    public async Task A_board_member_reads_delivery_against_trajectory_by_isg()
    {
        var board = await e2e.SignInAsync("board@northbridge.example");
        await board.GetByTestId("nav-trajectory").ClickAsync();

        await Assertions.Expect(board.GetByTestId("chart-MustDo")).ToContainTextAsync("Must Do root causes completed against trajectory");
        await Assertions.Expect(board.GetByTestId("row-All-All")).ToBeVisibleAsync();
        await Assertions.Expect(board.GetByTestId("row-Well-led-All")).ToBeVisibleAsync();
        await Assertions.Expect(board.GetByTestId("chart-MustDo").Locator(".rz-line-series path").First).ToBeAttachedAsync(); // the lines are drawn
        await Screenshots.TakeAsync(board, "trajectory");
        await board.Context.CloseAsync();
    }
}
