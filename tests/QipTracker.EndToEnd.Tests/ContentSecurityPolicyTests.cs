using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>
/// The app under its Content-Security-Policy in Chromium: each demo role opens every page it may (every @page route,
/// with real ids for the parameterised ones) and the browser refuses nothing; charts, dialogs, the plan import's
/// own fetch, the jobs page, the Hangfire dashboard and the API reference still work.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ContentSecurityPolicyTests(EndToEndFixture e2e)
{
    [Theory]
    [MemberData(nameof(AppPages.DemoLogins), MemberType = typeof(AppPages))]
    public async Task Every_page_a_role_opens_runs_without_a_policy_violation(string email, string role)
    {
        var (page, violations) = await SignInWatchedAsync(email);
        var pages = AppPages.OpenedBy(role);
        // The platform's system administrator belongs to no trust: pages about a trust's plan refuse them (403), and the
        // refusal must break no policy either.
        var refusalsExpected = role == "SystemAdmin";
        Assert.NotEmpty(pages);
        foreach (var path in await AppPages.PathsAsync(page, pages))
            await OpenAsync(page, path, interactive: true, refusalsExpected);
        violations.AssertNone($"{role} on {string.Join(", ", pages)}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_account_pages_run_without_a_policy_violation_before_sign_in()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.App.BaseUrl);
        var violations = await PolicyViolations.WatchAsync(page);
        var anonymous = AppPages.Anonymous();
        Assert.Contains("/account/login", anonymous);
        foreach (var path in anonymous) await OpenAsync(page, path, interactive: false);
        violations.AssertNone(string.Join(", ", anonymous));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_injected_inline_script_is_refused_and_seen()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.App.BaseUrl);
        var violations = await PolicyViolations.WatchAsync(page);
        await OpenAsync(page, "/account/login", interactive: false);
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.appendChild(s); }");
        await page.EvaluateAsync("() => document.body.setAttribute('onclick', 'window.injected = true')"); // an inline handler, also refused when run
        await page.Locator("body").ClickAsync();
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.injected"));
        await page.WaitForFunctionAsync("() => window.qipPolicyViolations.length >= 2");
        Assert.Contains(violations.Seen, v => v.Contains("script-src"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_pmo_sees_a_chart_opens_a_dialog_and_checks_a_plan_file_through_the_api()
    {
        var (pmo, violations) = await SignInWatchedAsync("pmo@northbridge.example");
        var ids = await AppPages.IdsAsync(pmo);

        await OpenAsync(pmo, ids["/kpis/{Id:guid}"], interactive: true);
        await Assertions.Expect(pmo.GetByTestId("kpi-chart").Locator("svg .rz-line-series path").First).ToBeAttachedAsync();

        await OpenAsync(pmo, "/kpis", interactive: true);
        await pmo.GetByTestId("new-kpi").ClickAsync();
        await Assertions.Expect(pmo.Locator(".rz-dialog")).ToBeVisibleAsync();
        await Assertions.Expect(pmo.Locator(".rz-dialog-titlebar")).ToContainTextAsync("New KPI");

        // The import panel posts the file from the browser (ImportPanel.razor.js) with the cookie and the page's antiforgery token.
        await OpenAsync(pmo, "/register", interactive: true);
        await pmo.GetByTestId("import-toggle").ClickAsync();
        await pmo.GetByTestId("import-file").SetInputFilesAsync(Path.Combine(RepositoryRoot(), "docs", "samples", "plan-import-sample.csv"));
        await pmo.GetByTestId("import-check").ClickAsync();
        var result = pmo.GetByTestId("import-result");
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Assertions.Expect(result).Not.ToContainTextAsync("Only the PMO");
        await Assertions.Expect(result).Not.ToContainTextAsync("HTTP 403");
        await Screenshots.TakeAsync(pmo, "csp-import-check");

        violations.AssertNone("the PMO's chart, dialog and import");
        await pmo.Context.CloseAsync();
    }

    [Fact]
    public async Task A_trust_admin_runs_their_trusts_ecib_pack_from_the_jobs_page()
    {
        var (admin, violations) = await SignInWatchedAsync("admin@northbridge.example");
        await Assertions.Expect(admin.GetByTestId("nav-jobs")).ToBeVisibleAsync();
        await OpenAsync(admin, "/admin/jobs", interactive: true);
        await Assertions.Expect(admin.GetByTestId("run-email-outbox")).ToHaveCountAsync(0);
        await admin.GetByTestId("run-ecib-pack").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("result-ecib-pack")).ToContainTextAsync("across 1 trusts");
        var dashboard = await admin.APIRequest.GetAsync("/hangfire", new() { MaxRedirects = 0 });
        Assert.Equal(302, dashboard.Status); // to the access-denied page
        violations.AssertNone("the trust admin's jobs page");
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task The_system_admin_opens_the_hangfire_dashboard_and_the_api_reference()
    {
        var (sysadmin, violations) = await SignInWatchedAsync("sysadmin@qiptracker.example");
        await OpenAsync(sysadmin, "/hangfire/recurring", interactive: false);
        await Assertions.Expect(sysadmin.Locator("body")).ToContainTextAsync("ecib-pack");
        await OpenAsync(sysadmin, "/scalar/", interactive: false);
        await Assertions.Expect(sysadmin.Locator("body")).ToContainTextAsync("API tokens"); // a tag of the OpenAPI document, rendered
        // Scalar's bundle (zod) probes whether it may compile validators with `Function('')` and falls back when the
        // policy refuses: the reference renders (above). The policy keeps refusing eval there as everywhere.
        violations.AssertNone("the Hangfire dashboard and the API reference",
            expected: v => v.Contains("/scalar/") && v.Contains("eval") && !v.Contains("/hangfire"));
        await sysadmin.Context.CloseAsync();
    }

    private async Task<(IPage Page, PolicyViolations Violations)> SignInWatchedAsync(string email)
    {
        var page = await e2e.Browser.NewPageAsync(e2e.App.BaseUrl);
        var violations = await PolicyViolations.WatchAsync(page);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(RunningApp.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("welcome")).ToBeVisibleAsync();
        return (page, violations);
    }

    /// <summary>Opens a page and waits until it has finished loading (and, for app pages, until its circuit is up).</summary>
    private static async Task OpenAsync(IPage page, string path, bool interactive, bool refusalsExpected = false)
    {
        var response = await page.GotoAsync(path);
        var refused = refusalsExpected && response is { Status: 403 };
        Assert.True(response is { Ok: true } || refused, $"{path}: {response?.Status}");
        Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy") ?? "(no policy)");
        if (interactive && !refused) await Assertions.Expect(page.Locator("[data-interactive='true']")).ToBeAttachedAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "QipTracker.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find QipTracker.sln above the test output folder.");
    }
}
