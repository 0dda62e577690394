using Microsoft.Playwright;

namespace QipTracker.EndToEnd.Tests.Support;

public static class Pages
{
    /// <summary>Signs in through the login form and waits for the landing page and its circuit: a menu click before the circuit connects can be undone by it.</summary>
    public static async Task<IPage> SignInAsync(this EndToEndFixture e2e, string email)
    {
        var page = await e2e.Browser.NewPageAsync(e2e.App.BaseUrl);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(RunningApp.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("welcome")).ToBeVisibleAsync();
        await page.WaitUntilInteractiveAsync();
        return page;
    }

    /// <summary>Waits until the page's interactive circuit is connected (the layout's marker): typing before then is lost.</summary>
    public static Task WaitUntilInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>
    /// Clicks until the expected change shows: right after a page load the interactive circuit may
    /// not be connected yet, and a click before then is lost.
    /// </summary>
    public static async Task ClickUntilAsync(this ILocator button, ILocator shows, int attempts = 20)
    {
        for (var i = 0; i < attempts; i++)
        {
            if (!await button.IsVisibleAsync()) break; // the click landed and the page moved on
            try { await button.ClickAsync(new() { Timeout = 2000 }); }
            catch (TimeoutException) { break; } // it went away while we reached for it: the page moved on
            try
            {
                await shows.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 1000 });
                return;
            }
            catch (TimeoutException) { }
        }
        await Assertions.Expect(shows).ToBeVisibleAsync();
    }
}
