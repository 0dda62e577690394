using Microsoft.Playwright;

namespace QipTracker.Bench.Circuits;

/// <summary>
/// A click a user makes on a held page and what they wait for after it: the element the server's answer renders.
/// Waits are the browser's own (Playwright's selector wait, not a polling assertion), so the time is the round trip.
/// </summary>
public sealed record Click(string Name, Func<IPage, Task> Act, Func<IPage, Task> Arrived);

/// <summary>What each held page shows when it is ready, and the clicks its user repeats, in order.</summary>
public static class HeldPages
{
    public const float TimeoutMs = 15_000;

    private const string RootCauseLink = "a[href^='/root-causes/']";

    public static async Task ReadyAsync(IPage page, HeldPage held)
    {
        await Visible(held switch
        {
            HeldPage.Home => page.GetByTestId("welcome"),
            HeldPage.IsgPage => page.GetByTestId("isg-root-causes"),
            _ => page.GetByTestId("register-grid").Locator(RootCauseLink).First,
        });
        // The page's circuit is connected (the layout's marker): a click before then could be lost.
        await page.Locator("[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = TimeoutMs });
    }

    /// <summary>The clicks, in the order a user makes them; the last one brings them back to the page they hold.</summary>
    public static IReadOnlyList<Click> Cycle(HeldPage held) => held switch
    {
        // An owner: their work, one of their root causes, home again.
        HeldPage.Home =>
        [
            new("my work", p => p.GetByTestId("nav-my-work").ClickAsync(), p => Visible(p.GetByTestId("my-root-causes"))),
            new("open a root cause", p => p.Locator("main").Locator(RootCauseLink).First.ClickAsync(), p => Visible(p.GetByTestId("rc-reference"))),
            new("home", p => p.Locator("a.qip-nav-link[href='/']").ClickAsync(), p => Visible(p.GetByTestId("welcome"))),
        ],
        // A chair: the next page of the ISG's root causes, one of them and back, then the RAG filter's "tabs".
        HeldPage.IsgPage =>
        [
            new("next page", p => p.GetByTestId("isg-root-causes").Locator(".rz-pager-next").ClickAsync(), p => ActivePage(p.GetByTestId("isg-root-causes"), 2)),
            new("open a root cause", p => p.GetByTestId("isg-root-causes").Locator(RootCauseLink).First.ClickAsync(), p => Visible(p.GetByTestId("rc-reference"))),
            new("back", p => p.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit }), p => Visible(p.GetByTestId("isg-root-causes"))),
            new("awaiting assurance tab", p => FilterItem(p, "Awaiting assurance").ClickAsync(), p => Visible(FilterItem(p, "Awaiting assurance", active: true))),
            new("all tab", p => FilterItem(p, "All").ClickAsync(), p => Visible(FilterItem(p, "All", active: true))),
        ],
        // The PMO: the next page of the register, one root cause and back.
        _ =>
        [
            new("next page", p => p.GetByTestId("register-grid").Locator(".rz-pager-next").ClickAsync(), p => ActivePage(p.GetByTestId("register-grid"), 2)),
            new("open a root cause", p => p.GetByTestId("register-grid").Locator(RootCauseLink).First.ClickAsync(), p => Visible(p.GetByTestId("rc-reference"))),
            new("back", p => p.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit }), p => Visible(p.GetByTestId("register-grid").Locator(RootCauseLink).First)),
        ],
    };

    private static Task Visible(ILocator locator) => locator.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = TimeoutMs });

    private static Task ActivePage(ILocator grid, int number) => Visible(grid.Locator($".rz-pager-page.rz-state-active:text-is('{number}')"));

    // An item of the ISG page's RAG filter (a select bar: its items are its children), by the start of its label.
    private static ILocator FilterItem(IPage page, string label, bool active = false) =>
        page.GetByTestId("rag-filter").Locator(active ? ":scope > .rz-state-active" : ":scope > *", new() { HasTextRegex = new($"^\\s*{label}") });
}
