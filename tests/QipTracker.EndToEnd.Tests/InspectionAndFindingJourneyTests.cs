using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>
/// The PMO records an inspection (ratings by domain, a notice), adds a finding and links a root cause to it by
/// hand, without a spreadsheet or the API (issue 11 item 11); a board member reads the same pages without the buttons.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class InspectionAndFindingJourneyTests(EndToEndFixture e2e)
{
    [Fact]
    public async Task The_PMO_records_an_inspection_and_a_finding_and_links_a_root_cause()
    {
        var pmo = await e2e.SignInAsync("pmo@northbridge.example");
        await pmo.GetByTestId("nav-inspections").ClickAsync();
        await pmo.WaitUntilInteractiveAsync();
        await pmo.GetByTestId("new-inspection").ClickAsync();
        await pmo.GetByTestId("inspection-title").FillAsync("Focused maternity inspection <script>alert(1)</script>");
        await pmo.GetByTestId("inspection-started").FillAsync("2026-09-01");
        await pmo.GetByTestId("inspection-ended").FillAsync("2026-09-02");
        await pmo.GetByTestId("inspection-published").FillAsync("2026-10-15");
        await pmo.GetByTestId("inspection-overall").SelectOptionAsync(new SelectOptionValue { Label = "Requires improvement" });
        await pmo.GetByTestId("add-rating").ClickAsync();
        await pmo.GetByLabel("Domain of rating 1").SelectOptionAsync(new SelectOptionValue { Label = "Well-led" });
        await pmo.GetByLabel("Rating 1", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Inadequate" });
        await pmo.GetByTestId("add-notice").ClickAsync();
        await pmo.GetByLabel("Requirements of notice 1").FillAsync("Weekly report of triage waits to CQC");
        await pmo.GetByTestId("save-inspection").DblClickAsync();

        var card = pmo.GetByTestId("inspection").Filter(new() { HasText = "Focused maternity inspection" });
        await Assertions.Expect(card).ToHaveCountAsync(1);
        await Assertions.Expect(card.GetByTestId("ratings-grid")).ToContainTextAsync("Well-led");
        await Assertions.Expect(card.GetByTestId("ratings-grid")).ToContainTextAsync("Inadequate");
        await Assertions.Expect(card.GetByTestId("notices")).ToContainTextAsync("Section 29A warning notice");
        await Assertions.Expect(card).ToContainTextAsync("report published 15 Oct 2026, rated Requires improvement");
        await Screenshots.TakeAsync(pmo, "inspections-pmo");

        await pmo.GetByTestId("nav-findings").ClickAsync();
        await pmo.WaitUntilInteractiveAsync();
        await pmo.GetByTestId("new-finding").ClickAsync();
        await pmo.GetByTestId("finding-reference").FillAsync("MD-901");
        await pmo.GetByTestId("finding-kind").SelectOptionAsync(new SelectOptionValue { Label = "Must Do" });
        await pmo.GetByTestId("finding-isg").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await pmo.GetByTestId("finding-domain").SelectOptionAsync(new SelectOptionValue { Label = "Well-led" });
        await pmo.GetByTestId("finding-kloe").SelectOptionAsync(new SelectOptionValue { Index = 4 });
        await pmo.GetByTestId("finding-text").FillAsync("The trust must ensure maternity triage waits are monitored.");
        await pmo.GetByTestId("save-finding").ClickAsync();
        await Assertions.Expect(pmo.GetByTestId("no-links")).ToBeVisibleAsync();

        await pmo.GetByTestId("link-choice").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await pmo.GetByTestId("link-root-cause").ClickAsync();
        await Assertions.Expect(pmo.GetByTestId("linked-root-causes")).ToContainTextAsync("(Must Do)");
        await Screenshots.TakeAsync(pmo, "findings-pmo");
        await pmo.GetByTestId("filter-text").FillAsync("MD-901");
        await Assertions.Expect(pmo.GetByTestId("findings-count")).ToHaveTextAsync("1 finding");
        await pmo.Context.CloseAsync();

        var board = await e2e.SignInAsync("board@northbridge.example");
        await board.GetByTestId("nav-findings").ClickAsync();
        await board.WaitUntilInteractiveAsync();
        await board.GetByTestId("filter-text").FillAsync("MD-901");
        await Assertions.Expect(board.GetByTestId("findings-count")).ToHaveTextAsync("1 finding");
        await Assertions.Expect(board.GetByTestId("new-finding")).ToHaveCountAsync(0);
        await Assertions.Expect(board.GetByTestId("edit-MD-901")).ToHaveCountAsync(0);
        await board.GetByTestId("nav-inspections").ClickAsync();
        await board.WaitUntilInteractiveAsync();
        await Assertions.Expect(board.GetByTestId("inspection").Filter(new() { HasText = "Focused maternity inspection" })).ToHaveCountAsync(1);
        await Assertions.Expect(board.GetByTestId("edit-inspection")).ToHaveCountAsync(0);
        await board.Context.CloseAsync();
    }
}
