using Microsoft.Playwright;

namespace QipTracker.EndToEnd.Tests.Support;

/// <summary>With QIP_E2E_SCREENSHOTS=folder set, browser tests leave PNGs of what a person saw, for review.</summary>
public static class Screenshots
{
    public static async Task TakeAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("QIP_E2E_SCREENSHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        // When the circuit connects, the interactive theme component re-renders its stylesheet: wait until the page is styled again.
        try { await page.WaitForFunctionAsync("() => getComputedStyle(document.documentElement).getPropertyValue('--rz-primary').trim() !== ''", null, new() { Timeout = 5000 }); }
        catch (TimeoutException) { }
        // The layout scrolls inside its body, not the window: grow the window to the content for the picture, then put it back.
        var size = page.ViewportSize;
        var height = await page.EvaluateAsync<int>("() => Math.max(...[...document.querySelectorAll('.rz-body, body')].map(e => e.scrollHeight + e.getBoundingClientRect().top))");
        if (size is not null && height > size.Height) await page.SetViewportSizeAsync(size.Width, Math.Min(height + 16, 4000));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        if (size is not null && height > size.Height) await page.SetViewportSizeAsync(size.Width, size.Height);
    }
}
