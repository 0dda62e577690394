using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>
/// WCAG 2.2 AA, as axe-core sees it: each demo role opens every page it may (every @page route, with real ids for the
/// parameterised ones), and the pages before sign-in are checked too; any violation fails, naming page, role, rule and
/// element. The dialogs and tabs people use on the way (the sprint close confirmation, the root cause's tabs) are
/// checked open.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class AccessibilityTests(EndToEndFixture e2e)
{
    [Theory]
    [MemberData(nameof(AppPages.DemoLogins), MemberType = typeof(AppPages))]
    public async Task Every_page_a_role_opens_has_no_accessibility_violation(string email, string role)
    {
        var page = await e2e.SignInAsync(email);
        var templates = AppPages.OpenedBy(role);
        Assert.NotEmpty(templates);
        var violations = new List<string>();
        foreach (var path in await AppPages.PathsAsync(page, templates))
        {
            // The system administrator belongs to no trust: a trust's plan pages refuse them, and the refusal is checked too.
            await OpenAsync(page, path, interactive: true, refusalAllowed: role == "SystemAdmin");
            violations.AddRange(await page.ViolationsAsync(path, role));
        }
        Axe.AssertNone(violations, $"{role} on {templates.Count} pages");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_pages_before_sign_in_have_no_accessibility_violation()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.App.BaseUrl);
        var violations = new List<string>();
        var anonymous = AppPages.Anonymous();
        Assert.Contains("/account/login", anonymous);
        foreach (var path in anonymous)
        {
            await OpenAsync(page, path, interactive: false);
            violations.AddRange(await page.ViolationsAsync(path, "anyone signed out"));
        }
        Axe.AssertNone(violations, "signed out");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_accessibility_statement_is_linked_before_sign_in_and_says_how_to_report_a_problem()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.App.BaseUrl);
        await OpenAsync(page, "/account/login", interactive: false);
        await page.GetByRole(AriaRole.Link, new() { Name = "Accessibility statement" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("Accessibility statement · QipTracker");
        var statement = page.GetByTestId("accessibility-statement");
        foreach (var section in new[] { "Compliance status", "What is not yet accessible", "Feedback and reporting an accessibility problem",
                     "Enforcement procedure", "How we tested this service" })
            await Assertions.Expect(statement.GetByRole(AriaRole.Heading, new() { Name = section })).ToBeVisibleAsync();
        await Assertions.Expect(statement.GetByTestId("accessibility-contact")).ToHaveAttributeAsync("href", "mailto:accessibility@qiptracker.example");
        await Assertions.Expect(statement).ToContainTextAsync("Equality and Human Rights Commission");
        await Screenshots.TakeAsync(page, "accessibility-statement");
        await page.Context.CloseAsync();

        // Signed in, the menu and every page's footer lead to it too.
        var owner = await e2e.SignInAsync("owner@northbridge.example");
        await Assertions.Expect(owner.GetByTestId("nav-accessibility")).ToHaveAttributeAsync("href", "/accessibility");
        await owner.GetByTestId("footer-accessibility").ClickAsync();
        await Assertions.Expect(owner.GetByTestId("accessibility-statement")).ToBeVisibleAsync();
        await owner.Context.CloseAsync();
    }

    [Fact]
    public async Task The_root_cause_tabs_and_the_sprint_close_dialog_have_no_accessibility_violation()
    {
        var violations = new List<string>();
        var owner = await e2e.SignInAsync("owner@northbridge.example");
        var rootCause = (await AppPages.PathsAsync(owner, ["/root-causes/{Id:guid}"]))[0];
        await OpenAsync(owner, rootCause, interactive: true);
        var tabs = owner.GetByRole(AriaRole.Tab);
        var count = await tabs.CountAsync();
        Assert.True(count > 1, $"{rootCause} shows {count} tabs");
        for (var i = 0; i < count; i++)
        {
            var tab = tabs.Nth(i);
            var name = (await tab.InnerTextAsync()).Trim();
            await tab.ClickAsync();
            await Assertions.Expect(tab).ToHaveAttributeAsync("aria-selected", "true");
            violations.AddRange(await owner.ViolationsAsync($"{rootCause} tab {name}", "RootCauseOwner"));
        }
        await owner.Context.CloseAsync();

        var chair = await e2e.SignInAsync("chair@northbridge.example");
        await chair.GetByTestId("nav-my-isg").ClickAsync();
        await chair.WaitUntilInteractiveAsync();
        var close = chair.GetByTestId("sprint-review").GetByTestId("close-sprint");
        if (await close.CountAsync() > 0) // another test may have closed this sprint already
        {
            await close.ClickAsync();
            var dialog = chair.GetByTestId("close-sprint-dialog");
            await Assertions.Expect(dialog.GetByTestId("close-confirm")).ToBeVisibleAsync();
            violations.AddRange(await chair.ViolationsAsync("the close-sprint dialog", "IsgChair"));
            await dialog.GetByTestId("close-cancel").ClickAsync();
            await Assertions.Expect(dialog).ToHaveCountAsync(0);
        }
        await chair.Context.CloseAsync();
        Axe.AssertNone(violations, "tabs and dialogs");
    }

    /// <summary>Opens a page and waits until it has finished loading (and, for app pages, until its circuit is up).</summary>
    private static async Task OpenAsync(IPage page, string path, bool interactive, bool refusalAllowed = false)
    {
        var response = await page.GotoAsync(path);
        var refused = refusalAllowed && response is { Status: 403 };
        Assert.True(response is { Ok: true } || refused, $"{path}: {response?.Status}");
        if (interactive && !refused) await page.WaitUntilInteractiveAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
