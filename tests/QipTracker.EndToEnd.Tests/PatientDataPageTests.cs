using System.Globalization;
using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>No patient data (issue 16): a page refuses free text holding an NHS number, saying which field, and stores nothing.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PatientDataPageTests(EndToEndFixture e2e)
{
    [Fact]
    public async Task Partner_feedback_holding_an_nhs_number_is_refused_naming_the_field()
    {
        var pmo = await e2e.SignInAsync("pmo@northbridge.example");
        await pmo.GetByTestId("nav-board-papers").ClickAsync();
        var card = pmo.GetByTestId("partner-feedback");
        await Assertions.Expect(card).ToBeVisibleAsync(new() { Timeout = 60_000 });

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var meeting = new DateOnly(today.Year, today.Month, 1).AddMonths(-1).AddDays(3).ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        await card.GetByTestId("feedback-date").Locator("input").FillAsync(meeting);
        await card.GetByTestId("feedback-date").Locator("input").PressAsync("Tab");
        await card.GetByTestId("feedback-from").FillAsync("CQC relationship owner");
        await card.GetByTestId("feedback-from").PressAsync("Tab");
        await card.GetByTestId("feedback-said").FillAsync("Review the case of patient 943 476 5919");
        await card.GetByTestId("feedback-said").PressAsync("Tab");
        await card.GetByTestId("feedback-save").ClickAsync();

        await Assertions.Expect(pmo.Locator(".rz-notification")).ToContainTextAsync("Said holds what looks like an NHS number");
        await Assertions.Expect(card.Locator("tr").Filter(new() { HasText = "943 476 5919" })).ToHaveCountAsync(0);
        await pmo.Context.CloseAsync();
    }
}
