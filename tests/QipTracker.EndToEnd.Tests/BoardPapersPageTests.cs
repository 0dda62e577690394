using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class BoardPapersPageTests(EndToEndFixture e2e)
{
    [Fact]
    public async Task The_pmo_previews_and_generates_last_months_paper_for_the_demo_trust_and_the_board_can_download_it()
    {
        var pmo = await e2e.SignInAsync("pmo@northbridge.example");
        await pmo.GetByTestId("nav-board-papers").ClickAsync();
        // The draft is assembled from the whole plan as at the month end: allow for a busy CI machine.
        await Assertions.Expect(pmo.GetByTestId("paper-draft")).ToContainTextAsync("Commentary by ISG", new() { Timeout = 60_000 });

        await pmo.GetByTestId("executive-summary").FillAsync("Delivery is behind plan in Unscheduled Care; recovery plans are in place.");
        await pmo.GetByTestId("preview").ClickAsync();
        await Assertions.Expect(pmo.GetByTestId("paper-preview")).ToContainTextAsync("3.1 Delivery against trajectory", new() { Timeout = 60_000 });
        await Assertions.Expect(pmo.GetByTestId("paper-preview")).ToContainTextAsync("Delivery is behind plan in Unscheduled Care");
        await Screenshots.TakeAsync(pmo, "board-papers");

        await pmo.GetByTestId("generate-board").ClickAsync();
        await Assertions.Expect(pmo.GetByTestId("paper-history")).ToContainTextAsync("Board paper", new() { Timeout = 60_000 });
        await pmo.Context.CloseAsync();

        var board = await e2e.SignInAsync("board@northbridge.example");
        await board.GetByTestId("nav-board-papers").ClickAsync();
        await Assertions.Expect(board.GetByTestId("paper-history")).ToBeVisibleAsync();
        await Assertions.Expect(board.GetByTestId("paper-draft")).ToHaveCountAsync(0);
        var download = await board.RunAndWaitForDownloadAsync(() => board.Locator("[data-testid^='docx-']").First.ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename);
        await board.Context.CloseAsync();
    }
}
