using Microsoft.Playwright;

namespace QipTracker.EndToEnd.Tests.Support;

/// <summary>
/// Moving through a page as a keyboard user does: Tab (or Shift+Tab) from one focusable element to the next, never the
/// mouse, checking at every stop that the focus can be seen.
/// </summary>
public static class Keyboard
{
    /// <summary>
    /// Whether the focused element shows a focus indicator: an outline or a ring on it, or, for a control whose focusable
    /// part is a tiny hidden input inside a visible widget (Radzen's drop-downs), on that widget. Empty when it does;
    /// else a description of the element.
    /// </summary>
    private const string FocusProblem = """
        () => {
            const e = document.activeElement;
            // Tabbing past the last element leaves the page for the browser's own controls: no stop on the page.
            if (!e || e === document.body) return '';
            const ring = el => { const s = getComputedStyle(el);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) || (s.boxShadow && s.boxShadow !== 'none'); };
            let shown = e;
            for (let i = 0; i < 4 && shown.parentElement; i++) {
                const r = shown.getBoundingClientRect();
                if (r.width >= 8 && r.height >= 8) break;
                shown = shown.parentElement;
            }
            const r = shown.getBoundingClientRect();
            if (r.width < 1 || r.height < 1) return `focused but not shown: ${e.outerHTML.slice(0, 160)}`;
            return ring(e) || ring(shown) ? '' : `no visible focus on ${e.outerHTML.slice(0, 160)}`;
        }
        """;

    public static async Task AssertFocusVisibleAsync(this IPage page)
    {
        var problem = await page.EvaluateAsync<string>(FocusProblem);
        Assert.True(problem == "", problem);
    }

    /// <summary>
    /// After a page change the app moves focus to the page's heading (FocusOnNavigate), so a screen reader announces it:
    /// a person starts tabbing from there, so wait for it rather than race it.
    /// </summary>
    public static Task WaitForHeadingFocusAsync(this IPage page) =>
        Assertions.Expect(page.Locator("h1").First).ToBeFocusedAsync();

    /// <summary>Presses Tab until <paramref name="target"/> (or something inside it) has the focus, checking the focus is visible at each stop.</summary>
    public static async Task TabToAsync(this IPage page, ILocator target, bool backwards = false, int limit = 250)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            await page.AssertFocusVisibleAsync();
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement || e.contains(document.activeElement)")) return;
        }
        Assert.Fail($"{limit} presses of Tab did not reach {target}.");
    }
}
