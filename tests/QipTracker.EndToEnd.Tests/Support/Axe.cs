using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace QipTracker.EndToEnd.Tests.Support;

/// <summary>
/// axe-core (bundled in Deque.AxeCore.Playwright, injected into the page) checks what the page shows now against
/// WCAG 2.2 level A and AA. Each violation is returned as one line naming the page, the role, the rule and the element.
/// </summary>
public static class Axe
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static async Task<List<string>> ViolationsAsync(this IPage page, string where, string who)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags.ToList() },
        });
        return result.Violations
            .SelectMany(rule => rule.Nodes.Select(node =>
                $"{where} as {who}: {rule.Id} ({rule.Impact}) {rule.Help} — {node.Target} {Shorten(node.Html)}"))
            .ToList();
    }

    /// <summary>Fails with every violation seen, one per line.</summary>
    public static void AssertNone(IReadOnlyCollection<string> violations, string context) =>
        Assert.True(violations.Count == 0, $"{context}: {violations.Count} accessibility violations:\n{string.Join("\n", violations)}");

    private static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 160 ? html : html[..160] + "…";
}
