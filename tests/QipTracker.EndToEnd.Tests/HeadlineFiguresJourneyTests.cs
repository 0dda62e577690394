using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>
/// One truth on every screen, as people read it: Home, the trust overview, the trajectory and My work give the
/// same figures under the same words, "delivered" always split into assured and completed (awaiting assurance),
/// and the findings reconciled with the inspection report.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class HeadlineFiguresJourneyTests(EndToEndFixture e2e)
{
    [GeneratedRegex(@"^(\d+) delivered: (\d+) assured and (\d+) completed \(awaiting assurance\)")]
    private static partial Regex DeliveredSplit();

    [GeneratedRegex(@"^\(((ahead of|on|behind) trajectory|nothing planned yet)\)$")]
    private static partial Regex Standing();

    [Fact]
    public async Task A_board_member_reads_the_same_delivered_figures_on_Home_the_overview_and_the_trajectory()
    {
        var board = await e2e.SignInAsync("board@northbridge.example");

        var homeDelivered = (await board.GetByTestId("plan-delivered").InnerTextAsync()).Trim();
        var split = DeliveredSplit().Match(homeDelivered);
        Assert.True(split.Success, homeDelivered);
        var (delivered, assured, awaiting) = (int.Parse(split.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(split.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(split.Groups[3].Value, CultureInfo.InvariantCulture));
        Assert.Equal(delivered, assured + awaiting);
        Assert.True(awaiting > 0, "the demo has completed root causes awaiting assurance");
        await Assertions.Expect(board.GetByTestId("findings-reconciliation").First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(board, "figures-home-board");

        await board.GetByTestId("nav-overview").ClickAsync();
        await Assertions.Expect(board.GetByTestId("delivered-split")).ToHaveTextAsync(homeDelivered + ".");
        await Assertions.Expect(board.GetByTestId("tile-blue").Locator(".qip-tile-value")).ToHaveTextAsync(assured.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(board.GetByTestId("overview-delivered")).ToContainTextAsync("shown Green until their chair accepts the evidence");
        await Assertions.Expect(board.GetByTestId("findings-report")).ToContainTextAsync("The inspection report set out");
        await Assertions.Expect(board.GetByTestId("overview-findings").GetByTestId("findings-reconciliation").First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(board, "figures-overview");

        await board.GetByTestId("nav-trajectory").ClickAsync();
        await Assertions.Expect(board.GetByTestId("row-All-All")).ToContainTextAsync(delivered.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(board.GetByTestId("trajectory-table")).ToContainTextAsync("Above 100% is ahead of trajectory");
        await Assertions.Expect(board.GetByTestId("standing").First).ToHaveTextAsync(Standing());
        await Screenshots.TakeAsync(board, "figures-trajectory");
        await board.Context.CloseAsync();
    }

    [Fact]
    public async Task An_owner_sees_the_same_open_and_overdue_counts_on_Home_and_My_work()
    {
        var owner = await e2e.SignInAsync("owner@northbridge.example");
        var card = await owner.GetByTestId("landing-owner").InnerTextAsync();

        await owner.GetByTestId("nav-my-work").ClickAsync();
        var open = await owner.GetByTestId("tile-open").Locator(".qip-tile-value").InnerTextAsync();
        var overdue = await owner.GetByTestId("tile-overdue").Locator(".qip-tile-value").InnerTextAsync();
        Assert.Contains($"{open} open root causes, {overdue} overdue", card);
        await Assertions.Expect(owner.GetByTestId("tile-awaiting")).ToContainTextAsync("completed (awaiting assurance)");
        await Screenshots.TakeAsync(owner, "figures-my-work");
        await owner.Context.CloseAsync();
    }
}
