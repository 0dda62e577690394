using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>
/// The chair's, the owner's and the board member's screens as they use them (issue 11, items 5, 7, 8 and 10): the
/// chair sends work back from the top of the ISG page and the owner finds it flagged on Home and My work; the
/// escalations list shows each item once, scoped to the person; a board member's Home and the KPI table.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ChairAndOwnerScreensTests(EndToEndFixture e2e)
{
    private const string Comment = "The audit covers weekdays only: add a weekend sample.";

    [Fact]
    public async Task The_chair_sends_work_back_from_the_top_of_the_isg_page_and_the_owner_finds_it_flagged_first_on_home()
    {
        // The owner completes one of their Unscheduled Care root causes in place on My work.
        var owner = await e2e.SignInAsync("owner@northbridge.example");
        await Assertions.Expect(owner.GetByTestId("owner-agenda")).ToBeVisibleAsync();
        await owner.GotoAsync("/my-work");
        await owner.WaitUntilInteractiveAsync();
        var row = owner.Locator("[data-testid^='rc-RC-']").Filter(new() { HasText = "In progress" }).Filter(new() { HasText = "Unscheduled Care" }).Last;
        var reference = (await row.GetAttributeAsync("data-testid"))!["rc-".Length..];
        await owner.GetByTestId($"update-{reference}").ClickAsync();
        var update = owner.GetByTestId("quick-update");
        await Assertions.Expect(update).ToBeInViewportAsync();
        await update.GetByTestId("evidence-title").FillAsync("Weekday audit");
        await update.GetByTestId("evidence-what").FillAsync("Mon–Fri sample: 40 of 40 compliant");
        await update.GetByTestId("evidence-add").ClickAsync();
        var completed = update.GetByTestId("update-status").GetByRole(AriaRole.Radio, new() { Name = "Completed" });
        await Assertions.Expect(completed).ToBeEnabledAsync();
        await completed.ClickAsync();
        await Assertions.Expect(completed).ToBeCheckedAsync();
        if (await update.GetByTestId("update-comment").CountAsync() > 0)
            await update.GetByTestId("update-comment").FillAsync("Audit complete for weekdays.");
        await Screenshots.TakeAsync(owner, "owner-my-work-update-in-place");
        await update.GetByTestId("save-update").ClickAsync();
        await Assertions.Expect(owner.GetByTestId($"rc-{reference}")).ToContainTextAsync("Awaiting assurance");
        await owner.Context.CloseAsync();

        // The chair's assurance work is the first thing on the ISG page, with the evidence in it, and agrees with the RAG list.
        var chair = await e2e.SignInAsync("chair@northbridge.example");
        await chair.GetByTestId("nav-my-isg").ClickAsync();
        var awaiting = chair.GetByTestId($"awaiting-{reference}");
        await Assertions.Expect(awaiting).ToContainTextAsync("Weekday audit");
        await Assertions.Expect(chair.GetByTestId("awaiting-assurance")).ToBeInViewportAsync();
        var awaitingCount = await chair.GetByTestId("awaiting-assurance").Locator("[data-testid^='awaiting-RC-']").CountAsync();
        var ragFilter = chair.GetByTestId("rag-filter");
        await ragFilter.GetByText($"Awaiting assurance ({awaitingCount})").ClickAsync(); // the RAG list agrees with the list on top
        await Assertions.Expect(chair.GetByTestId($"rc-{reference}")).ToContainTextAsync("Awaiting assurance");
        await Screenshots.TakeAsync(chair, "chair-isg-assurance-first");

        // Hostile text in the comment is shown as text, never run.
        await chair.GetByTestId($"send-back-{reference}").ClickAsync();
        await chair.GetByTestId("dialog-comment").FillAsync(Comment + " <script>window.pwned=1</script>");
        await chair.GetByTestId("dialog-ok").ClickAsync();
        await Assertions.Expect(chair.GetByText($"{reference} sent back")).ToBeVisibleAsync();
        await Assertions.Expect(awaiting).ToHaveCountAsync(0);
        await ragFilter.GetByText(new System.Text.RegularExpressions.Regex(@"^Sent back \(\d+\)$")).ClickAsync();
        await Assertions.Expect(chair.GetByTestId($"rc-{reference}")).ToContainTextAsync("Sent back");
        await chair.Context.CloseAsync();

        // The owner's Home puts it first, with the chair's comment; its link opens the update in place on My work.
        var ownerAgain = await e2e.SignInAsync("owner@northbridge.example");
        var first = ownerAgain.GetByTestId("owner-agenda").Locator("li").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("data-testid", $"agenda-SentBack-{reference}");
        await Assertions.Expect(first).ToContainTextAsync(Comment);
        Assert.Null(await ownerAgain.EvaluateAsync<int?>("() => window.pwned"));
        await Screenshots.TakeAsync(ownerAgain, "owner-home-agenda");
        await first.GetByTestId("agenda-act").ClickAsync();
        await Assertions.Expect(ownerAgain.GetByTestId($"sent-back-{reference}")).ToContainTextAsync(Comment);
        await Assertions.Expect(ownerAgain.GetByTestId("review-comment")).ToBeInViewportAsync();
        await Assertions.Expect(ownerAgain.GetByTestId($"rc-{reference}")).ToContainTextAsync("Sent back");

        // The same at 320 px: nothing runs off the side.
        await ownerAgain.SetViewportSizeAsync(320, 800);
        await Assertions.Expect(ownerAgain.GetByTestId($"sent-back-{reference}")).ToBeVisibleAsync();
        Assert.True(await ownerAgain.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 321"), "My work scrolls sideways at 320 px");
        await Screenshots.TakeAsync(ownerAgain, "owner-my-work-320");
        await ownerAgain.Context.CloseAsync();
    }

    [Fact]
    public async Task Escalations_show_each_item_once_in_the_persons_scope_and_explain_what_is_not_yet_escalated()
    {
        // Before the daily job has run, the owner is told what is late and when it will climb, not "Nothing is escalated".
        var owner = await e2e.SignInAsync("owner@northbridge.example");
        await owner.GetByTestId("nav-escalations").ClickAsync();
        await Assertions.Expect(owner.GetByTestId("not-yet-escalated")).ToContainTextAsync("overdue");
        await owner.Context.CloseAsync();

        await e2e.App.RunJobAsync("overdue-escalation");

        // The chair sees their own ISGs by default; each item once, its climb folded in.
        var chair = await e2e.SignInAsync("chair@northbridge.example");
        await chair.GetByTestId("nav-escalations").ClickAsync();
        await Assertions.Expect(chair.GetByTestId("escalation-count")).ToContainTextAsync("escalated item");
        await Assertions.Expect(chair.GetByTestId("filter-scope")).ToHaveValueAsync("MyIsgs");
        var references = await chair.Locator("article.qip-escalation").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.reference + '|' + e.dataset.testid)");
        Assert.NotEmpty(references);
        Assert.Equal(references.Length, references.Distinct().Count());
        await Assertions.Expect(chair.Locator("article.qip-escalation").First.GetByTestId("history")).ToBeVisibleAsync();
        Assert.True(await chair.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"));
        await Screenshots.TakeAsync(chair, "chair-escalations");

        // Filters narrow the list on the server; the whole trust is one choice away.
        await chair.GetByTestId("filter-kind").SelectOptionAsync("Action");
        await Assertions.Expect(chair.Locator("article.qip-escalation").First.GetByTestId("action").Or(chair.GetByTestId("no-escalations"))).ToBeVisibleAsync();
        await chair.GetByTestId("filter-kind").SelectOptionAsync("");
        await chair.GetByTestId("filter-scope").SelectOptionAsync("All");
        await Assertions.Expect(chair.GetByTestId("escalation-count")).ToContainTextAsync("in the trust");
        await chair.Context.CloseAsync();

        // The owner writes one recovery plan for one of their items; a board member reads it and cannot write.
        var ownerAgain = await e2e.SignInAsync("owner@northbridge.example");
        await ownerAgain.GetByTestId("nav-escalations").ClickAsync();
        var item = ownerAgain.Locator("article.qip-escalation").First;
        await Assertions.Expect(item.GetByTestId("recovery-plan")).ToHaveCountAsync(1);
        await item.GetByTestId("recovery-plan").FillAsync("Locum pharmacist booked from Monday; re-audit in two weeks.");
        await item.GetByTestId("save-plan").ClickAsync();
        await Assertions.Expect(ownerAgain.GetByText(new System.Text.RegularExpressions.Regex("^Recovery plan for .+ saved$"))).ToBeVisibleAsync();
        var itemId = await item.GetAttributeAsync("data-testid");
        await Screenshots.TakeAsync(ownerAgain, "owner-escalations");
        await ownerAgain.Context.CloseAsync();

        var board = await e2e.SignInAsync("board@northbridge.example");
        await board.GetByTestId("nav-escalations").ClickAsync();
        await board.GetByTestId("filter-plan").SelectOptionAsync("yes");
        var seen = board.GetByTestId(itemId!);
        await Assertions.Expect(seen.GetByTestId("recovery-plan-text")).ToContainTextAsync("Locum pharmacist booked");
        await Assertions.Expect(seen.GetByTestId("recovery-plan")).ToHaveCountAsync(0);
        await board.Context.CloseAsync();
    }

    [Fact]
    public async Task A_board_members_home_shows_trajectory_the_latest_paper_and_kpi_concerns_and_the_kpi_table_fits_the_screen()
    {
        var board = await e2e.SignInAsync("board@northbridge.example");
        await board.SetViewportSizeAsync(1400, 900);
        var home = board.GetByTestId("board-home");
        await Assertions.Expect(home.GetByTestId("trajectory-MustDo")).ToContainTextAsync("%");
        await Assertions.Expect(home.GetByTestId("trajectory-ShouldDo")).ToBeVisibleAsync();
        await Assertions.Expect(home.GetByTestId("latest-paper").Or(home.GetByTestId("no-paper"))).ToBeVisibleAsync();
        await Assertions.Expect(home.GetByTestId("kpi-concerns").Or(home.GetByTestId("no-kpi-concerns"))).ToBeVisibleAsync();
        await Screenshots.TakeAsync(board, "board-home");

        // The KPI table's Assurance column is on screen at 1400 px without scrolling sideways.
        await board.GotoAsync("/kpis");
        await board.WaitUntilInteractiveAsync();
        var table = board.GetByTestId("board-summary");
        var assurance = table.GetByRole(AriaRole.Columnheader, new() { Name = "Assurance" });
        await Assertions.Expect(assurance).ToBeInViewportAsync(new() { Ratio = 1 });
        var scrolls = await table.Locator(".rz-data-grid-data").First.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth + 1");
        Assert.False(scrolls, "the KPI table scrolls sideways at 1400 px");
        await Screenshots.TakeAsync(board, "board-kpis-1400");

        // At 320 px each KPI is a card of labelled lines, Assurance among them, and the page does not scroll sideways.
        await board.SetViewportSizeAsync(320, 800);
        await Assertions.Expect(table.Locator("td[data-label='Assurance']").First).ToBeVisibleAsync();
        Assert.True(await board.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 321"), "the KPI page scrolls sideways at 320 px");
        await Screenshots.TakeAsync(board, "board-kpis-320");
        await board.Context.CloseAsync();
    }
}
