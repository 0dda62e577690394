using System.Text.RegularExpressions;
using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>
/// Issue 12's journeys in the browser: the PMO dates a note of what changed on a KPI and sees it numbered on the
/// chart; a board member reads it but cannot add one; the PMO's board paper draft proposes the ask the data supports.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PaperContentJourneyTests(EndToEndFixture e2e)
{
    [Fact]
    public async Task The_pmo_notes_a_change_on_a_kpi_and_the_board_paper_draft_proposes_an_honest_ask()
    {
        var pmo = await e2e.SignInAsync("pmo@northbridge.example");
        await OpenKpiAsync(pmo, "ED-4H");
        var notes = pmo.GetByTestId("kpi-notes");
        await Assertions.Expect(notes.GetByTestId("kpi-note")).ToHaveCountAsync(1);   // the demo trust's own note

        var note = $"Second triage nurse on nights {Guid.NewGuid():N}"[..40];
        await notes.GetByTestId("note-date").Locator("input").FillAsync("1 Oct 2026");
        await notes.GetByTestId("note-date").Locator("input").PressAsync("Tab");
        await notes.GetByTestId("note-text").FillAsync(note);
        await notes.GetByTestId("note-text").PressAsync("Tab");   // the text box binds on change
        await notes.GetByTestId("note-save").ClickAsync();
        await Assertions.Expect(notes.GetByTestId("kpi-note")).ToHaveCountAsync(2);
        await Assertions.Expect(notes.GetByTestId("kpi-note").Nth(1)).ToContainTextAsync("1 Oct 2026");
        await Assertions.Expect(notes.GetByTestId("kpi-note").Nth(1)).ToContainTextAsync(note);
        // The chart shows it at once, numbered after the demo's own note, without reloading the page.
        await Assertions.Expect(pmo.Locator(".rz-chart")).ToContainTextAsync("Note 2");
        await Screenshots.TakeAsync(pmo, "kpi-notes");

        // The draft proposes what the data supports (items off track without recovery plans) and says why.
        await pmo.GotoAsync("/board-papers");
        await pmo.WaitUntilInteractiveAsync();
        var proposal = pmo.GetByTestId("ask-proposal");
        await Assertions.Expect(proposal).ToContainTextAsync(new Regex("with a recovery plan"), new() { Timeout = 60_000 });
        await Assertions.Expect(pmo.GetByTestId("board-ask")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(pmo, "board-paper-ask");

        // Removing the note: the double click of a hurried hand removes it once.
        await OpenKpiAsync(pmo, "ED-4H");
        var mine = pmo.GetByTestId("kpi-notes").GetByTestId("kpi-note").Filter(new() { HasText = note });
        await mine.GetByTestId("remove-note").DblClickAsync();
        await Assertions.Expect(pmo.GetByTestId("kpi-notes").GetByTestId("kpi-note")).ToHaveCountAsync(1);
        await pmo.Context.CloseAsync();

        // A board member reads the notes but has no form to add one.
        var board = await e2e.SignInAsync("board@northbridge.example");
        await OpenKpiAsync(board, "ED-4H");
        await Assertions.Expect(board.GetByTestId("kpi-notes").GetByTestId("kpi-note")).ToHaveCountAsync(1);
        await Assertions.Expect(board.GetByTestId("note-save")).ToHaveCountAsync(0);
        await Assertions.Expect(board.GetByTestId("remove-note")).ToHaveCountAsync(0);
        await board.Context.CloseAsync();
    }

    private static async Task OpenKpiAsync(IPage page, string code)
    {
        await page.GotoAsync("/kpis");
        await page.WaitUntilInteractiveAsync();
        await page.GetByTestId($"kpi-{code}").ClickAsync();
        await Assertions.Expect(page.GetByTestId("kpi-title")).ToContainTextAsync(code);
        await page.WaitUntilInteractiveAsync();
    }
}
