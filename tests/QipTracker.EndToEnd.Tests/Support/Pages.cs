using Microsoft.Playwright;

namespace QipTracker.EndToEnd.Tests.Support;

public static class Pages
{
    /// <summary>Signs in through the login form and waits for the landing page and its circuit: a menu click before the circuit connects can be undone by it.</summary>
    public static Task<IPage> SignInAsync(this EndToEndFixture e2e, string email) => e2e.Browser.SignInAsync(e2e.App, email);

    /// <summary>The same, on another running app (one started with its own settings).</summary>
    public static async Task<IPage> SignInAsync(this Browser browser, RunningApp app, string email)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
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
}
