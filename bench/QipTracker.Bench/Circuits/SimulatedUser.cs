using System.Diagnostics;
using Microsoft.Playwright;
using QipTracker.Bench.Data;

namespace QipTracker.Bench.Circuits;

/// <summary>
/// One person in their own browser context (their own cookies, their own circuit), signed in through the login form,
/// holding a page open and clicking at a steady pace. Records each click's round trip — from the click to the element
/// the answer renders being visible — and each failure: a click whose answer never came, an error page, a dropped circuit.
/// </summary>
public sealed class SimulatedUser : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly IPage _page;

    private SimulatedUser(IBrowserContext context, IPage page, CircuitUser user)
    {
        _context = context;
        _page = page;
        User = user;
    }

    public CircuitUser User { get; }
    public List<double> ClickMs { get; } = [];
    public List<string> Failures { get; } = [];

    /// <summary>Signs in, lands on the held page (the login's return address) and waits for its circuit.</summary>
    public static async Task<SimulatedUser> SignInAsync(IBrowser browser, string baseUrl, CircuitUser user)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "en-GB", TimezoneId = "Europe/London" });
        context.SetDefaultTimeout(HeldPages.TimeoutMs * 2);
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/account/login?returnUrl=" + Uri.EscapeDataString(user.Path));
            await page.GetByLabel("Email").FillAsync(user.Email);
            await page.GetByLabel("Password").FillAsync(Seeder.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await HeldPages.ReadyAsync(page, user.Page);
            return new SimulatedUser(context, page, user);
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Clicks through the page's cycle, one click every <paramref name="every"/> (the first after <paramref name="first"/>,
    /// so users do not click in step) until <paramref name="until"/>. After a failure it reloads the held page and goes on;
    /// if even that fails, the user is lost and stops.
    /// </summary>
    public async Task ClickAsync(TimeSpan every, TimeSpan first, DateTime until)
    {
        var cycle = HeldPages.Cycle(User.Page);
        var next = DateTime.UtcNow + first;
        for (var i = 0; ; i = (i + 1) % cycle.Count)
        {
            var wait = next - DateTime.UtcNow;
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            if (DateTime.UtcNow >= until) return;
            var click = cycle[i];
            var watch = Stopwatch.StartNew();
            try
            {
                await click.Act(_page);
                await click.Arrived(_page);
                ClickMs.Add(watch.Elapsed.TotalMilliseconds);
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                Failures.Add($"{User.Page}, {click.Name}: {await WhatWentWrongAsync() ?? FirstLine(e.Message)}");
                if (!await ReloadAsync()) return;
                i = cycle.Count - 1; // the cycle starts again on the held page
            }
            // A steady pace: a slow answer delays the next click, it does not bring on a burst to catch up.
            next = DateTime.UtcNow > next + every ? DateTime.UtcNow : next + every;
        }
    }

    /// <summary>A failure shown on the page now (the held page's last look), or null when it looks fine.</summary>
    public async Task<string?> WhatWentWrongAsync()
    {
        try
        {
            if (await _page.Locator("#blazor-error-ui").IsVisibleAsync()) return "circuit dropped (connection lost)";
            if (await _page.Locator("#components-reconnect-modal").IsVisibleAsync()) return "circuit dropped (reconnecting)";
            if (await _page.GetByTestId("page-error").IsVisibleAsync()) return "error page";
            return null;
        }
        catch (PlaywrightException e)
        {
            return $"page lost: {FirstLine(e.Message)}";
        }
    }

    private async Task<bool> ReloadAsync()
    {
        try
        {
            await _page.GotoAsync(User.Path);
            await HeldPages.ReadyAsync(_page, User.Page);
            return true;
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            Failures.Add($"{User.Page}: lost, reloading failed: {FirstLine(e.Message)}");
            return false;
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    /// <summary>Closes the user's browser context, as closing the window would: the circuit is left to the server to end.</summary>
    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
