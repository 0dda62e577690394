using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>
/// The fortnightly rhythm in a browser: an owner sends their sprint update on one screen; the chair runs
/// the sprint review from the ISG page (burndown, committed against delivered, missing updates, updates
/// received, items to assure) and closes the sprint.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SprintReviewTests(EndToEndFixture e2e)
{
    private const string Narrative = "Triage audit booked for Thursday; two streaming nurses start next week.";

    [Fact]
    public async Task An_owner_updates_and_the_chair_reviews_and_closes_the_sprint()
    {
        var owner = await e2e.SignInAsync("owner@northbridge.example");
        var row = owner.Locator("[data-testid^='update-RC-']").First;
        await owner.GetByTestId("nav-sprint-update").ClickUntilAsync(row);
        await Assertions.Expect(row).ToBeVisibleAsync();
        var reference = (await row.GetAttributeAsync("data-testid"))!["update-".Length..];
        // Typed until the interactive circuit has it: a change made before it connects is lost.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await row.GetByTestId("narrative").FillAsync(Narrative);
            await row.GetByTestId("narrative").BlurAsync();
            await owner.GetByTestId("submit-updates").ClickAsync();
            try
            {
                await row.GetByTestId("updated").WaitForAsync(new() { Timeout = 2000 });
                if (await row.GetByTestId("narrative").InputValueAsync() == Narrative) break;
            }
            catch (TimeoutException) { }
        }
        await Assertions.Expect(row.GetByTestId("updated")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(owner, "sprint-update");
        await owner.Context.CloseAsync();

        var chair = await e2e.SignInAsync("chair@northbridge.example");
        var review = chair.GetByTestId("sprint-review");
        // A click on the menu before the page is interactive can be lost: click until the ISG page shows.
        await chair.GetByTestId("nav-my-isg").ClickUntilAsync(review);
        await Assertions.Expect(review.GetByTestId("sprint-heading")).ToContainTextAsync("Active");
        await Assertions.Expect(review.GetByTestId("burndown").Locator(".rz-line-series path").First).ToBeAttachedAsync();
        await Assertions.Expect(review.GetByTestId("sprint-committed")).ToContainTextAsync("Committed");
        await Assertions.Expect(review.GetByTestId("sprint-delivered")).ToContainTextAsync("Delivered");
        await Assertions.Expect(review.GetByTestId($"update-{reference}")).ToContainTextAsync(Narrative);
        await Assertions.Expect(review.GetByTestId("missing-updates")).ToBeVisibleAsync();
        await Assertions.Expect(chair.GetByTestId("awaiting-assurance")).ToBeVisibleAsync();

        var png = await chair.APIRequest.GetAsync(await review.GetByTestId("burndown-png").GetAttributeAsync("href") ?? "");
        Assert.Equal("image/png", png.Headers["content-type"]);
        await Screenshots.TakeAsync(chair, "sprint-review");

        await review.GetByTestId("close-sprint").ClickUntilAsync(review.GetByTestId("sprint-heading").Filter(new() { HasText = "Closed" }));
        await Assertions.Expect(review.GetByTestId("sprint-remaining")).ToContainTextAsync("Carried forward");
        await chair.Context.CloseAsync();
    }
}
