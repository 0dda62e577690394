using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>
/// The fortnightly rhythm in a browser. An owner's sprint update starts from each root cause as it stands and
/// changes only what they change; a tab left open while the root cause changed gets a conflict, not an overwrite.
/// The chair runs the review from the ISG page and closes the sprint through a confirmation that names what
/// closing does, giving a reason when it is early. One test: closing the sprint ends the owner's updates.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SprintReviewTests(EndToEndFixture e2e)
{
    private const string Narrative = "Triage audit booked for Thursday; two streaming nurses start next week.";

    [Fact]
    public async Task An_owner_updates_only_what_they_change_and_the_chair_closes_the_sprint_after_confirming()
    {
        var owner = await e2e.SignInAsync("owner@northbridge.example");
        await OpenAsync(owner, "/sprint-update");
        // A root cause already updated this sprint: its earlier update must not be what the form starts from.
        var row = owner.Locator("[data-testid^='update-RC-']").Filter(new() { Has = owner.GetByTestId("updated") }).First;
        await Assertions.Expect(row).ToBeVisibleAsync();
        var reference = (await row.GetAttributeAsync("data-testid"))!["update-".Length..];
        var rootCauseId = (await row.Locator("a.qip-ref").GetAttributeAsync("href"))!.Split('/')[^1];

        // Elsewhere (its page, My work, the API) the forecast moves after that update.
        var before = await RootCauseAsync(owner, rootCauseId);
        var moved = before.ForecastDue.AddDays(33);
        await ProgressAsync(owner, rootCauseId, moved, before.OffTrack, before.Version);
        before = await RootCauseAsync(owner, rootCauseId);

        await OpenAsync(owner, "/sprint-update");
        row = owner.GetByTestId($"update-{reference}");
        // "Sep" or "Sept", whichever the server's culture writes.
        await Assertions.Expect(row.GetByTestId("forecast").Locator("input"))
            .ToHaveValueAsync(new Regex($"^{moved.Day} {moved.ToString("MMM", CultureInfo.InvariantCulture)}\\w* {moved.Year}$"));
        await Assertions.Expect(row.GetByTestId("status")).ToContainTextAsync(before.StatusText);

        // Only the narrative changes: the plan keeps the forecast and status it has now. A double click sends it once.
        await row.GetByTestId("narrative").FillAsync(Narrative);
        await row.GetByTestId("narrative").BlurAsync();
        await owner.GetByTestId("submit-updates").DblClickAsync();
        await Assertions.Expect(owner.GetByText("1 update submitted")).ToBeVisibleAsync();
        await Assertions.Expect(owner.GetByTestId("conflict")).ToHaveCountAsync(0);
        var after = await RootCauseAsync(owner, rootCauseId);
        Assert.Equal((moved, before.Status, before.OffTrack), (after.ForecastDue, after.Status, after.OffTrack));
        await Screenshots.TakeAsync(owner, "sprint-update");

        // A tab left open while the root cause changes elsewhere: its submission is a conflict naming it, and nothing is written.
        await OpenAsync(owner, "/sprint-update");
        await ProgressAsync(owner, rootCauseId, moved, !after.OffTrack, after.Version);
        row = owner.GetByTestId($"update-{reference}");
        await row.GetByTestId("narrative").FillAsync("Written in a stale tab");
        await row.GetByTestId("narrative").BlurAsync();
        await owner.GetByTestId("submit-updates").ClickAsync();
        await Assertions.Expect(owner.GetByTestId("conflict")).ToContainTextAsync(reference);
        await Assertions.Expect(row.GetByTestId("row-conflict")).ToBeVisibleAsync();
        var stale = await RootCauseAsync(owner, rootCauseId);
        Assert.Equal((moved, !after.OffTrack), (stale.ForecastDue, stale.OffTrack));
        // What they typed is still there to send again, over the root cause as it now stands.
        await Assertions.Expect(row.GetByTestId("narrative")).ToHaveValueAsync("Written in a stale tab");
        await Screenshots.TakeAsync(owner, "sprint-update-conflict");
        await owner.Context.CloseAsync();

        var chair = await e2e.SignInAsync("chair@northbridge.example");
        await chair.GetByTestId("nav-my-isg").ClickAsync();
        var review = chair.GetByTestId("sprint-review");
        await Assertions.Expect(review).ToBeVisibleAsync();
        await Assertions.Expect(chair.Locator("[data-interactive='true']")).ToBeAttachedAsync();
        await Assertions.Expect(review.GetByTestId("sprint-heading")).ToContainTextAsync("Active");
        await Assertions.Expect(review.GetByTestId("burndown").Locator(".rz-line-series path").First).ToBeAttachedAsync();
        await Assertions.Expect(review.GetByTestId($"update-{reference}")).ToContainTextAsync(Narrative);
        await Assertions.Expect(review.GetByTestId("missing-updates")).ToBeVisibleAsync();
        await Assertions.Expect(review.GetByTestId("sprint-scope")).Not.ToContainTextAsync("0001");
        var png = await chair.APIRequest.GetAsync(await review.GetByTestId("burndown-png").GetAttributeAsync("href") ?? "");
        Assert.Equal("image/png", png.Headers["content-type"]);
        await Screenshots.TakeAsync(chair, "sprint-review");

        // Close sprint asks first, naming what closing does; cancelling leaves the sprint running.
        await review.GetByTestId("close-sprint").ClickAsync();
        var dialog = chair.GetByTestId("close-sprint-dialog");
        await Assertions.Expect(dialog.GetByTestId("close-confirm")).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("emailed to");
        await Assertions.Expect(dialog).ToContainTextAsync("can no longer update");
        await Assertions.Expect(dialog).ToContainTextAsync("carried over");
        await Screenshots.TakeAsync(chair, "close-sprint-dialog");
        await dialog.GetByTestId("close-cancel").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(review.GetByTestId("sprint-heading")).ToContainTextAsync("Active");

        // Before its last day, closing needs a reason, which the closed sprint then shows.
        await review.GetByTestId("close-sprint").ClickAsync();
        await Assertions.Expect(dialog.GetByTestId("close-confirm")).ToBeVisibleAsync();
        var early = await dialog.GetByTestId("close-early").CountAsync() > 0;
        // Typed text stays text: markup in a reason is shown as written, never run.
        const string reason = "The ISG meets early this fortnight because of the <b>CQC</b> follow-up visit.";
        if (early)
        {
            await dialog.GetByTestId("close-confirm").ClickAsync();
            await Assertions.Expect(dialog.GetByTestId("close-reason-required")).ToBeVisibleAsync();
            await dialog.GetByTestId("close-reason").FillAsync(reason);
        }
        await dialog.GetByTestId("close-confirm").ClickAsync();
        await Assertions.Expect(review.GetByTestId("sprint-heading")).ToContainTextAsync("Closed");
        await Assertions.Expect(review.GetByTestId("sprint-remaining")).ToContainTextAsync("Carried forward");
        if (early) await Assertions.Expect(review.GetByTestId("early-close")).ToContainTextAsync(reason);
        await Screenshots.TakeAsync(chair, "sprint-closed");
        await chair.Context.CloseAsync();
    }

    /// <summary>Goes to the page and waits until its circuit is connected, so what the test does next is not lost.</summary>
    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await Assertions.Expect(page.Locator("[data-interactive='true']")).ToBeAttachedAsync();
    }

    private sealed record RootCause(DateOnly ForecastDue, string Status, bool OffTrack, long Version)
    {
        public string StatusText => Status switch { "NotStarted" => "Not started", "InProgress" => "In progress", _ => Status };
    }

    private static async Task<RootCause> RootCauseAsync(IPage page, string id)
    {
        var response = await page.APIRequest.GetAsync($"/api/v1/root-causes/{id}");
        Assert.True(response.Ok, $"GET root cause: {response.Status}");
        var json = (await response.JsonAsync())!.Value;
        return new(DateOnly.Parse(json.GetProperty("forecastDue").GetString()!, CultureInfo.InvariantCulture), json.GetProperty("status").GetString()!,
            json.GetProperty("reportedOffTrack").GetBoolean(), json.GetProperty("version").GetInt64());
    }

    /// <summary>The same change the root cause's page makes, through the API as the signed-in owner (from the app's own origin).</summary>
    private async Task ProgressAsync(IPage page, string id, DateOnly forecast, bool offTrack, long version)
    {
        var response = await page.APIRequest.PostAsync($"/api/v1/root-causes/{id}/progress", new()
        {
            DataObject = new { forecastDue = forecast.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), offTrack, version },
            Headers = new Dictionary<string, string> { ["Origin"] = e2e.App.BaseUrl },
        });
        Assert.True(response.Ok, $"POST progress: {response.Status} {await response.TextAsync()}");
    }
}
