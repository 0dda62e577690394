using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>
/// The two fortnightly jobs done with the keyboard alone (Tab, Shift+Tab, Enter, Space, typing; no mouse), with the focus
/// visible at every stop: the skip link comes first, the menu is reached by Tab, the owner's sprint update is written
/// and submitted, and the chair assures a completed root cause from their ISG page.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class KeyboardJourneyTests(EndToEndFixture e2e)
{
    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_main_content()
    {
        var owner = await e2e.SignInAsync("owner@northbridge.example");
        await owner.GotoAsync("/my-work");
        await owner.WaitUntilInteractiveAsync();
        await owner.WaitForHeadingFocusAsync();
        // After each page change the focus is on the page's heading (so a screen reader announces it); the skip link
        // comes before everything else, header and menu included.
        var first = await owner.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
                .find(e => e.tabIndex >= 0 && !e.disabled)?.textContent.trim()
            """);
        Assert.Equal("Skip to main content", first);
        var skip = owner.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Assertions.Expect(skip).Not.ToBeInViewportAsync(); // hidden until focused
        await owner.TabToAsync(skip, backwards: true);
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await owner.Keyboard.PressAsync("Enter");
        await Assertions.Expect(owner.Locator("#main-content")).ToBeFocusedAsync();
        Assert.EndsWith("/my-work", owner.Url); // it moved focus, it did not navigate
        // The next Tab lands in the page's own content, past the header and the menu.
        await owner.Keyboard.PressAsync("Tab");
        Assert.True(await owner.EvaluateAsync<bool>("() => document.getElementById('main-content').contains(document.activeElement)"));
        await owner.AssertFocusVisibleAsync();
        await owner.Context.CloseAsync();
    }

    [Fact]
    public async Task An_owner_writes_and_submits_a_sprint_update_with_the_keyboard_alone()
    {
        // An owner in a sprint the other tests leave running (the sprint review test closes the demo chair's).
        var owner = await e2e.SignInAsync(await e2e.App.OwnerInAnotherActiveSprintAsync("chair@northbridge.example"));
        await owner.WaitForHeadingFocusAsync();
        await owner.TabToAsync(owner.GetByTestId("nav-sprint-update"));
        await owner.Keyboard.PressAsync("Enter");
        var rows = owner.Locator("[data-testid^='update-RC-']");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await owner.WaitForHeadingFocusAsync();

        // The last root cause whose forecast the owner may move.
        var row = rows.Filter(new() { Has = owner.Locator("[data-testid='forecast'] input:enabled") }).Last;
        var reference = (await row.GetAttributeAsync("data-testid"))!["update-".Length..];
        row = owner.GetByTestId($"update-{reference}");
        var id = (await row.Locator("a.qip-ref").GetAttributeAsync("href"))!.Split('/')[^1];
        var before = await ForecastAsync(owner, id);
        var moved = before.AddDays(21);

        var forecast = row.GetByTestId("forecast").Locator("input");
        await owner.TabToAsync(forecast);
        await owner.Keyboard.PressAsync("Control+A");
        await owner.Keyboard.TypeAsync(moved.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        await owner.TabToAsync(row.GetByTestId("narrative"));
        const string narrative = "Typed without a mouse: the audit moved to the next clinic list.";
        await owner.Keyboard.TypeAsync(narrative);
        await Assertions.Expect(row.GetByTestId("plan-changes")).ToContainTextAsync("forecast", new() { IgnoreCase = true });

        await owner.TabToAsync(owner.GetByTestId("submit-updates"));
        await owner.Keyboard.PressAsync("Enter");
        await Assertions.Expect(owner.GetByText("1 update submitted")).ToBeVisibleAsync();
        Assert.Equal(moved, await ForecastAsync(owner, id));
        await Screenshots.TakeAsync(owner, "keyboard-sprint-update");
        await owner.Context.CloseAsync();
    }

    [Fact]
    public async Task The_chair_assures_a_completed_root_cause_with_the_keyboard_alone()
    {
        // Set-up, through the API as the owner: one of their Unscheduled Care root causes completed with evidence.
        var owner = await e2e.SignInAsync("owner@northbridge.example");
        await owner.GotoAsync("/my-work");
        var candidate = owner.Locator("[data-testid^='rc-RC-']").Filter(new() { HasText = "In progress" }).Filter(new() { HasText = "Unscheduled Care" }).Last;
        await Assertions.Expect(candidate).ToBeVisibleAsync();
        var reference = (await candidate.GetAttributeAsync("data-testid"))!["rc-".Length..];
        var id = (await candidate.Locator($"a[href^='/root-causes/']").First.GetAttributeAsync("href"))!.Split('/')[^1];
        await PostAsync(owner, $"/api/v1/root-causes/{id}/evidence/note", new { title = "Keyboard journey audit", whatItShows = "All 20 records checked" });
        var version = (await RootCauseAsync(owner, id)).GetProperty("version").GetInt64();
        await PostAsync(owner, $"/api/v1/root-causes/{id}/complete",
            new { completedOn = DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), version });
        await owner.Context.CloseAsync();

        var chair = await e2e.SignInAsync("chair@northbridge.example");
        await chair.WaitForHeadingFocusAsync();
        await chair.TabToAsync(chair.GetByTestId("nav-my-isg"));
        await chair.Keyboard.PressAsync("Enter");
        await Assertions.Expect(chair.GetByTestId($"awaiting-{reference}")).ToBeVisibleAsync();
        await chair.WaitForHeadingFocusAsync();
        await chair.TabToAsync(chair.GetByTestId($"assure-{reference}"));
        await chair.Keyboard.PressAsync("Enter");
        await Assertions.Expect(chair.GetByText($"{reference} assured")).ToBeVisibleAsync();
        Assert.Equal("Assured", (await RootCauseAsync(chair, id)).GetProperty("status").GetString());
        await Screenshots.TakeAsync(chair, "keyboard-assured");
        await chair.Context.CloseAsync();
    }

    private static async Task<JsonElement> RootCauseAsync(IPage page, string id)
    {
        var response = await page.APIRequest.GetAsync($"/api/v1/root-causes/{id}");
        Assert.True(response.Ok, $"GET root cause: {response.Status}");
        return (await response.JsonAsync())!.Value;
    }

    private static async Task<DateOnly> ForecastAsync(IPage page, string id) =>
        DateOnly.Parse((await RootCauseAsync(page, id)).GetProperty("forecastDue").GetString()!, CultureInfo.InvariantCulture);

    private async Task PostAsync(IPage page, string path, object body)
    {
        var response = await page.APIRequest.PostAsync(path, new()
        {
            DataObject = body,
            Headers = new Dictionary<string, string> { ["Origin"] = e2e.App.BaseUrl },
        });
        Assert.True(response.Ok, $"POST {path}: {response.Status} {await response.TextAsync()}");
    }
}
