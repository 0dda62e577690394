using Microsoft.Playwright;

namespace QipTracker.EndToEnd.Tests.Support;

/// <summary>With QIP_E2E_SCREENSHOTS=folder set, browser tests leave PNGs of what a person saw, for review.</summary>
public static class Screenshots
{
    public static async Task TakeAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("QIP_E2E_SCREENSHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
