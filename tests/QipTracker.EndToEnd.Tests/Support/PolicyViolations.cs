using Microsoft.Playwright;

namespace QipTracker.EndToEnd.Tests.Support;

/// <summary>
/// Everything the browser refused under the Content-Security-Policy while a test drove a page: each
/// `securitypolicyviolation` event, each console error about the policy, and each uncaught script error (a
/// refused eval surfaces as one).
/// </summary>
public sealed class PolicyViolations
{
    private readonly List<string> _seen = [];

    public IReadOnlyList<string> Seen { get { lock (_seen) return _seen.ToList(); } }

    /// <summary>Watches every page of the page's context, from its next navigation on.</summary>
    public static async Task<PolicyViolations> WatchAsync(IPage page)
    {
        var violations = new PolicyViolations();
        await page.Context.ExposeFunctionAsync<string>("qipPolicyViolation", violations.Add);
        await page.Context.AddInitScriptAsync("""
            window.qipPolicyViolations = [];
            document.addEventListener('securitypolicyviolation', e => {
                const seen = `${location.pathname}: ${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile || ''}:${e.lineNumber})`;
                window.qipPolicyViolations.push(seen);
                window.qipPolicyViolation(seen);
            });
            """);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && (message.Text.Contains("Content Security Policy") || message.Text.Contains("Content-Security-Policy")))
                violations.Add($"{page.Url}: console: {message.Text}");
        };
        page.PageError += (_, error) => violations.Add($"{page.Url}: uncaught: {error}");
        return violations;
    }

    private void Add(string violation)
    {
        lock (_seen) _seen.Add(violation);
    }

    /// <param name="expected">Violations that are known and harmless (say why where you pass one).</param>
    public void AssertNone(string context, Func<string, bool>? expected = null)
    {
        var seen = Seen.Where(v => expected?.Invoke(v) != true).ToList();
        Assert.True(seen.Count == 0, $"{context}: {seen.Count} policy violations:\n{string.Join("\n", seen.Distinct())}");
    }
}
