using System.Globalization;
using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>The PMO records what a partner said at last month's partner meeting, and the trust's response, and sees it listed.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PartnerFeedbackJourneyTests(EndToEndFixture e2e)
{
    [Fact]
    public async Task The_pmo_records_partner_feedback_and_sees_it_listed_for_the_month()
    {
        var pmo = await e2e.SignInAsync("pmo@northbridge.example");
        await pmo.GetByTestId("nav-board-papers").ClickAsync();
        var card = pmo.GetByTestId("partner-feedback");
        await Assertions.Expect(card).ToBeVisibleAsync(new() { Timeout = 60_000 });

        // The page opens on last month: a meeting early in it.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var meeting = new DateOnly(today.Year, today.Month, 1).AddMonths(-1).AddDays(2).ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        var said = $"Closure evidence needs an audit trail {Guid.NewGuid():N}"[..48];
        await card.GetByTestId("feedback-date").Locator("input").FillAsync(meeting);
        await card.GetByTestId("feedback-date").Locator("input").PressAsync("Tab");
        await card.GetByTestId("feedback-from").FillAsync("Jo Reid, NHS England (Midlands)");
        await card.GetByTestId("feedback-from").PressAsync("Tab");   // the text box binds on change
        await card.GetByTestId("feedback-said").FillAsync(said);
        await card.GetByTestId("feedback-said").PressAsync("Tab");
        await card.GetByTestId("feedback-response").FillAsync("ISG chairs will review every evidence pack before closure.");
        await card.GetByTestId("feedback-response").PressAsync("Tab");
        await card.GetByTestId("feedback-save").DblClickAsync(); // an impatient double click records it once, and the page stays

        var row = card.GetByTestId("feedback-list").Locator("tr").Filter(new() { HasText = said });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Jo Reid, NHS England (Midlands)");
        await Assertions.Expect(row).ToContainTextAsync(meeting);
        await Assertions.Expect(row).ToContainTextAsync("ISG chairs will review every evidence pack before closure.");
        await pmo.Context.CloseAsync();
    }
}
