using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using QipTracker.Domain.Common;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>
/// People read words and UK dates, never codes (issue 11 item 9): every page in each demo person's menu, and a root
/// cause's timeline, is read as they see it and must show no enum member name that is not also a word ("WellLed",
/// "ReportedOffTrack", "Ecib") and no ISO date ("2026-11-02").
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class WordsOnEveryPageTests(EndToEndFixture e2e)
{
    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^[A-Z][a-z]+[A-Z0-9]")]
    private static partial Regex Compound();

    // Members that are one word but not one people write: acronyms in code casing.
    private static readonly string[] CodeCased = ["Ecib", "Pmo", "Csv", "Xlsx", "Docx", "Pdf", "Json", "Api", "Isg", "Kpi", "Sbar"];

    /// <summary>Every enum member name of the app's own types that people would see as a code.</summary>
    private static readonly Regex RawCode = new(@"\b(" + string.Join('|', new[] { typeof(Words).Assembly, typeof(Program).Assembly }
        .SelectMany(a => a.GetTypes()).Where(t => t.IsEnum && t.Namespace?.StartsWith("QipTracker", StringComparison.Ordinal) == true)
        .SelectMany(Enum.GetNames).Where(n => Compound().IsMatch(n) || CodeCased.Contains(n)).Distinct()
        .OrderByDescending(n => n.Length).Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("pmo@northbridge.example")]
    [InlineData("owner@northbridge.example")]
    [InlineData("chair@northbridge.example")]
    [InlineData("exec@northbridge.example")]
    [InlineData("board@northbridge.example")]
    [InlineData("admin@northbridge.example")]
    public async Task Every_page_in_a_persons_menu_reads_as_words_and_UK_dates(string email)
    {
        var page = await e2e.SignInAsync(email);
        var paths = await page.EvaluateAsync<string[]>(
            "() => [...new Set([...document.querySelectorAll('nav a[href], .rz-panel-menu a[href]')].map(a => new URL(a.href).pathname))]");
        var problems = new List<string>();
        foreach (var path in paths.Where(p => !p.StartsWith("/hangfire", StringComparison.Ordinal) && !p.StartsWith("/account/logout", StringComparison.Ordinal)))
        {
            await page.GotoAsync(path);
            // Account pages and the accessibility statement are rendered on the server without a circuit: there is no
            // marker to wait for. Judge by where the browser landed, since a refused page redirects to /account/denied.
            var landed = new Uri(page.Url).AbsolutePath;
            if (!landed.StartsWith("/account/", StringComparison.Ordinal) && landed != "/accessibility") await page.WaitUntilInteractiveAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            problems.AddRange(await ReadAsync(page, path));
        }
        Assert.True(problems.Count == 0, $"{email} saw codes or ISO dates:\n" + string.Join('\n', problems.Distinct()));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_root_cause_timeline_reads_as_sentences_with_UK_dates()
    {
        var page = await e2e.SignInAsync("pmo@northbridge.example");
        await page.GotoAsync("/register");
        await page.WaitUntilInteractiveAsync();
        var problems = new List<string>();
        // The first few root causes of the register, whose demo history has forecasts, statuses and off-track reports.
        var links = await page.Locator("a[href^='/root-causes/']").EvaluateAllAsync<string[]>("els => els.slice(0, 4).map(e => e.getAttribute('href'))");
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            await page.GotoAsync(link);
            await page.WaitUntilInteractiveAsync();
            await page.GetByRole(AriaRole.Tab, new() { Name = "Timeline" }).ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            problems.AddRange(await ReadAsync(page, link + " (timeline)"));
        }
        await Screenshots.TakeAsync(page, "root-cause-timeline");
        Assert.True(problems.Count == 0, string.Join('\n', problems.Distinct()));
        await page.Context.CloseAsync();
    }

    private static async Task<IEnumerable<string>> ReadAsync(IPage page, string path)
    {
        var text = await page.Locator("body").InnerTextAsync();
        return RawCode.Matches(text).Concat(IsoDate().Matches(text))
            .Select(m => $"{path}: \"{m.Value}\" in \"{Around(text, m.Index)}\"");
    }

    private static string Around(string text, int at)
    {
        var start = Math.Max(0, at - 40);
        return text.Substring(start, Math.Min(text.Length - start, 90)).ReplaceLineEndings(" ");
    }
}
