using Microsoft.Playwright;

namespace QipTracker.EndToEnd.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (its own browser download cannot work here). The path
/// comes from QIP_CHROMIUM or `which chromium`.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    public IBrowser Chromium { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("QIP_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(executable))
            throw new InvalidOperationException($"Chromium not found at {executable}: run the tests with ./scripts/test.sh, which installs Debian's chromium.");
        // Pages load over a live circuit on a shared, sometimes busy, CI machine: give assertions time.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--no-first-run", "--disable-sync", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync(string baseUrl)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "en-GB", TimezoneId = "Europe/London" });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null) await Chromium.DisposeAsync();
        _playwright?.Dispose();
    }
}
