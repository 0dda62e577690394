using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>The loop closed in a browser: an owner evidences and completes a root cause; its chair assures it.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class CompleteAndAssureTests(EndToEndFixture e2e)
{
    [Fact]
    public async Task An_owner_completes_a_root_cause_with_evidence_and_the_chair_assures_it()
    {
        // The owner picks one of their Unscheduled Care root causes still in progress.
        var owner = await e2e.SignInAsync("owner@northbridge.example");
        await owner.GotoAsync("/my-work");
        await owner.WaitUntilInteractiveAsync();
        var row = owner.Locator("[data-testid^='rc-RC-']").Filter(new() { HasText = "In progress" }).Filter(new() { HasText = "Unscheduled Care" }).First;
        await Assertions.Expect(row).ToBeVisibleAsync();
        var reference = (await row.GetAttributeAsync("data-testid"))!["rc-".Length..];

        await owner.GetByTestId($"update-{reference}").ClickAsync();
        var update = owner.GetByTestId("quick-update");
        await Assertions.Expect(update).ToBeInViewportAsync(); // opens under the row clicked, not far down the page
        var completed = update.GetByTestId("update-status").GetByRole(AriaRole.Radio, new() { Name = "Completed" });
        await Assertions.Expect(completed).ToBeDisabledAsync(); // no evidence, no completion
        await Assertions.Expect(update.GetByTestId("needs-evidence")).ToBeVisibleAsync();

        await update.GetByTestId("evidence-title").FillAsync("Re-audit of sepsis screening, October");
        await update.GetByTestId("evidence-what").FillAsync("50 of 50 sampled patients screened within an hour of arrival");
        await update.GetByTestId("evidence-add").ClickAsync();
        await Assertions.Expect(completed).ToBeEnabledAsync();
        await completed.ClickAsync();
        await Assertions.Expect(completed).ToBeCheckedAsync();
        if (await update.GetByTestId("update-comment").CountAsync() > 0) // in this sprint: the comment is its update
            await update.GetByTestId("update-comment").FillAsync("Re-audit done: every sampled patient screened in time.");
        await update.GetByTestId("save-update").ClickAsync();
        await Assertions.Expect(owner.GetByTestId($"rc-{reference}")).ToContainTextAsync("Awaiting assurance");
        await Screenshots.TakeAsync(owner, "owner-completed");
        await owner.Context.CloseAsync();

        // The chair finds it awaiting assurance on their ISG board, sees the evidence, and assures it.
        var chair = await e2e.SignInAsync("chair@northbridge.example");
        await chair.GetByTestId("nav-my-isg").ClickAsync();
        var awaiting = chair.GetByTestId($"awaiting-{reference}");
        await Assertions.Expect(awaiting).ToContainTextAsync("Re-audit of sepsis screening, October");
        await chair.GetByTestId($"assure-{reference}").ClickAsync();
        await Assertions.Expect(chair.GetByText($"{reference} assured")).ToBeVisibleAsync();
        await Assertions.Expect(awaiting).ToHaveCountAsync(0);

        await Screenshots.TakeAsync(chair, "chair-assured");
        await chair.Context.CloseAsync();

        // Back on My work, the owner sees it assured.
        var ownerAgain = await e2e.SignInAsync("owner@northbridge.example");
        await ownerAgain.GotoAsync("/my-work");
        await Assertions.Expect(ownerAgain.GetByTestId($"rc-{reference}")).ToContainTextAsync("Assured");
        await ownerAgain.Context.CloseAsync();
    }
}
