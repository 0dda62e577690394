using System.Text.Json;
using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>
/// The demo ICB's commissioner on the running app: the portfolio shows the granted demo trust's headline figures as
/// its own board reads them, every page of the trust refuses them, and a revoke by the trust admin cuts off the page
/// they already have open (its circuit's next request), not only their next sign-in.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class OversightPortfolioTests(EndToEndFixture e2e)
{
    private const string Commissioner = "commissioner@nhs-icb.example";
    private const string Icb = "Riverside Integrated Care Board";

    [Fact]
    public async Task The_commissioner_sees_the_granted_trusts_headline_figures_and_no_page_of_the_trust()
    {
        // What the trust's own board reads on Home: the one definition of trajectory both pages show.
        var board = await e2e.SignInAsync("board@northbridge.example");
        var boardTrajectory = board.GetByTestId("board-trajectory");
        await Assertions.Expect(boardTrajectory).ToBeVisibleAsync();
        var expected = await RowsAsync(boardTrajectory);
        var boardConcerns = await board.GetByTestId("kpi-concerns").Locator(".qip-ref").AllInnerTextsAsync();
        var trustPages = await AppPages.PathsAsync(board, ["/root-causes/{Id:guid}", "/kpis/{Id:guid}"]);
        var trustName = (await board.APIRequest.GetAsync("/api/v1/trust")) is { Ok: true } trust
            ? JsonDocument.Parse(await trust.TextAsync()).RootElement.GetProperty("name").GetString()! : throw new InvalidOperationException("GET /api/v1/trust");
        await board.Context.CloseAsync();

        var icb = await e2e.SignInAsync(Commissioner);
        await OpenPortfolioAsync(icb);
        await Assertions.Expect(icb.GetByTestId("portfolio-heading")).ToContainTextAsync(Icb);
        // The header says whom the person reads for, not "no trust".
        await Assertions.Expect(icb.GetByTestId("header-user")).ToContainTextAsync(Icb);
        var card = icb.Locator(".rz-card", new() { Has = icb.GetByTestId("overseen-trajectory") });
        await Assertions.Expect(card).ToHaveCountAsync(1);
        Assert.Equal(expected, await RowsAsync(card.GetByTestId("overseen-trajectory")));
        Assert.Contains("Must Do", string.Join(" ", expected.Keys));
        // Every concern on the board's Home (its first eight) is on the portfolio, with its SPC badges.
        var concerns = card.GetByTestId("overseen-concerns");
        foreach (var code in boardConcerns) await Assertions.Expect(concerns).ToContainTextAsync(code);
        if (boardConcerns.Count > 0) await Assertions.Expect(concerns.Locator("li").First.GetByTestId("variation")).ToBeVisibleAsync();
        // The demo grant hides owners' names.
        await Assertions.Expect(card.GetByTestId("overseen-exception-list")).ToBeVisibleAsync();
        await Assertions.Expect(card).ToContainTextAsync("The trust does not share owners' names.");
        Axe.AssertNone(await icb.ViolationsAsync("/oversight", "Oversight"), "the oversight portfolio");
        await Screenshots.TakeAsync(icb, "oversight-portfolio");

        // No page of the trust opens for them: a root cause, a KPI, the register, the trajectory, the board papers.
        foreach (var path in trustPages.Concat(["/register", "/trajectory", "/board-papers", "/overview", "/escalations"]))
        {
            // Refused as a signed-in person without the role: sent to the access-denied page, nothing of the trust shown.
            await icb.GotoAsync(path);
            Assert.True(new Uri(icb.Url).AbsolutePath == "/account/denied", $"{path}: opened {icb.Url}");
            await Assertions.Expect(icb.Locator("body")).Not.ToContainTextAsync(trustName);
        }
        Assert.Equal(403, (await icb.APIRequest.GetAsync("/api/v1/trust")).Status);
        await icb.Context.CloseAsync();
    }

    [Fact]
    public async Task A_revoke_cuts_off_the_portfolio_the_commissioner_already_has_open()
    {
        var icb = await e2e.SignInAsync(Commissioner);
        await OpenPortfolioAsync(icb);
        var card = icb.Locator(".rz-card", new() { Has = icb.GetByTestId("overseen-trajectory") });
        await Assertions.Expect(card).ToHaveCountAsync(1);

        var admin = await e2e.SignInAsync("admin@northbridge.example");
        try
        {
            await admin.GotoAsync("/admin/oversight");
            await admin.WaitUntilInteractiveAsync();
            var grant = admin.GetByTestId($"grant-{Icb}").Filter(new() { Has = admin.GetByTestId("revoke") });
            await grant.GetByTestId("revoke").ClickAsync();
            await Assertions.Expect(admin.GetByTestId($"grant-{Icb}").Filter(new() { Has = admin.GetByTestId("revoke") })).ToHaveCountAsync(0);

            // The same tab, the same circuit, no reload: adding feedback is refused, and nothing is recorded.
            var said = $"Sent after the revoke {Guid.NewGuid():N}"[..40];
            await card.GetByTestId("feedback-said").FillAsync(said);
            await card.GetByTestId("feedback-said").PressAsync("Tab"); // the text area binds on change
            await card.GetByTestId("feedback-add").ClickAsync();
            await Assertions.Expect(icb.Locator(".rz-notification")).ToContainTextAsync("Not done");
            // The same sign-in cookie reads no trust through the API either.
            var api = await icb.APIRequest.GetAsync("/api/v1/oversight/portfolio");
            Assert.True(api.Ok, $"portfolio: {api.Status}");
            Assert.Equal(0, JsonDocument.Parse(await api.TextAsync()).RootElement.GetProperty("trusts").GetArrayLength());
            // Opened again, the portfolio has no trust.
            await OpenPortfolioAsync(icb);
            await Assertions.Expect(icb.GetByTestId("no-trusts")).ToBeVisibleAsync();
            await Assertions.Expect(icb.Locator("body")).Not.ToContainTextAsync(said);
        }
        finally
        {
            // The demo's grant again (names hidden), for the other browser tests that read the portfolio.
            await admin.GotoAsync("/admin/oversight");
            await admin.WaitUntilInteractiveAsync();
            await admin.Locator(".rz-dropdown", new() { Has = admin.Locator("input[name=organisation]") }).ClickAsync();
            await admin.GetByRole(AriaRole.Option, new() { Name = Icb }).ClickAsync();
            await admin.GetByTestId("grant").ClickAsync();
            await Assertions.Expect(admin.GetByTestId($"grant-{Icb}").Filter(new() { Has = admin.GetByTestId("revoke") })).ToHaveCountAsync(1);
            await admin.Context.CloseAsync();
        }
        await OpenPortfolioAsync(icb);
        await Assertions.Expect(icb.GetByTestId("overseen-trajectory")).ToHaveCountAsync(1);
        await icb.Context.CloseAsync();
    }

    private static async Task OpenPortfolioAsync(IPage page)
    {
        var response = await page.GotoAsync("/oversight");
        Assert.True(response is { Ok: true }, $"/oversight: {response?.Status}");
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("portfolio-heading")).ToBeVisibleAsync();
    }

    // Priority → "completed of planned | trajectory today", as the table shows them.
    private static async Task<Dictionary<string, string>> RowsAsync(ILocator table)
    {
        var rows = new Dictionary<string, string>();
        foreach (var row in await table.Locator("tbody tr").AllAsync())
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            rows[(await row.Locator("th").InnerTextAsync()).Trim()] = $"{cells[0].Trim()} | {cells[1].Trim()}";
        }
        Assert.NotEmpty(rows);
        return rows;
    }
}
