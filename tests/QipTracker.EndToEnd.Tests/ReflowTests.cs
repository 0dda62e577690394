using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>
/// Reflow (WCAG 1.4.10): the owner's pages and the chair's main page at 320 px wide (a phone, or 1280 px at 400% zoom)
/// and at 1400 px. Nothing makes the page scroll sideways (a wide table scrolls inside its own labelled region), the
/// header stays a thin strip with Sign out on screen, and tabs wrap. With QIP_E2E_SCREENSHOTS set each page is saved as
/// a PNG (docs/screenshots holds the owner's and the chair's).
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ReflowTests(EndToEndFixture e2e)
{
    public static TheoryData<int> Widths => new() { 320, 1400 };

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_owners_pages_reflow_without_sideways_scrolling(int width)
    {
        var owner = await e2e.SignInAsync("owner@northbridge.example");
        await owner.SetViewportSizeAsync(width, 800);
        var rootCause = (await AppPages.PathsAsync(owner, ["/root-causes/{Id:guid}"]))[0];
        foreach (var (path, name) in new[] { ("/", "owner-home"), ("/my-work", "owner-my-work"), ("/sprint-update", "owner-sprint-update"), (rootCause, "owner-root-cause") })
            await CheckAsync(owner, path, $"{name}-{width}");
        await owner.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_chairs_pages_reflow_without_sideways_scrolling(int width)
    {
        var chair = await e2e.SignInAsync("chair@northbridge.example");
        await chair.SetViewportSizeAsync(width, 800);
        var isg = await chair.GetByTestId("nav-my-isg").GetAttributeAsync("href");
        foreach (var (path, name) in new[] { ("/", "chair-home"), (isg!, "chair-isg") })
            await CheckAsync(chair, path, $"{name}-{width}");
        await chair.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_pmos_and_executives_pages_reflow_without_sideways_scrolling(int width)
    {
        var pmo = await e2e.SignInAsync("pmo@northbridge.example");
        await pmo.SetViewportSizeAsync(width, 800);
        foreach (var (path, name) in new[] { ("/register", "pmo-register"), ("/trajectory", "pmo-trajectory"), ("/findings", "pmo-findings"),
                     ("/overview", "pmo-overview"), ("/kpis", "pmo-kpis") })
            await CheckAsync(pmo, path, $"{name}-{width}");
        await pmo.Context.CloseAsync();

        var executive = await e2e.SignInAsync("exec@northbridge.example");
        await executive.SetViewportSizeAsync(width, 800);
        await CheckAsync(executive, "/ecib", $"exec-ecib-{width}");
        await executive.Context.CloseAsync();
    }

    private static async Task CheckAsync(IPage page, string path, string name)
    {
        await page.GotoAsync(path);
        await page.WaitUntilInteractiveAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var viewport = page.ViewportSize!;

        // The layout scrolls inside its body: neither the document nor that body may be wider than the screen.
        var overflow = await page.EvaluateAsync<string[]>("""
            () => ['html', '.rz-body', '#main-content']
                .map(s => document.querySelector(s)).filter(e => e)
                .filter(e => e.scrollWidth > e.clientWidth + 1)
                .map(e => `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).split(' ')[0] : ''}: ${e.scrollWidth} > ${e.clientWidth}`)
            """);
        Assert.True(overflow.Length == 0, $"{path} at {viewport.Width} px scrolls sideways: {string.Join("; ", overflow)}");

        // A grid that becomes cards on a narrow screen (below 700 px) shows every card line whole: nothing clipped at its right edge.
        var clipped = viewport.Width >= 700 ? [] : await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.qip-stack-grid .rz-data-grid-data')]
                .filter(e => e.scrollWidth > e.clientWidth + 1)
                .map(e => `${e.closest('[data-testid]')?.dataset.testid ?? 'a grid'}: ${e.scrollWidth} > ${e.clientWidth}`)
            """);
        Assert.True(clipped.Length == 0, $"{path} at {viewport.Width} px clips a grid: {string.Join("; ", clipped)}");

        var header = await page.Locator(".rz-header").BoundingBoxAsync();
        Assert.True(header!.Height <= viewport.Height * 0.15, $"{path} at {viewport.Width} px: the header is {header.Height} px of {viewport.Height}");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeInViewportAsync(new() { Ratio = 1 });

        foreach (var tabs in await page.Locator(".rz-tabview-nav").AllAsync())
            Assert.True(await tabs.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth + 1"), $"{path} at {viewport.Width} px: tabs run off the screen");

        await Screenshots.TakeAsync(page, name);
    }
}
